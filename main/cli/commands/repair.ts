import { resolve } from 'node:path';
import { TYPE_NAMES } from '../../db/schema-check.ts';
import { underDeadlineWherePossible } from '../../services/file-deadline.ts';
import { repairRegister, type RepairOutcome } from '../../services/repair-register.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { UsageError, requireOption, type Command } from '../command.ts';

const REPAIR = new URL('../../services/repair-register.ts', import.meta.url);

/**
 * `ropa repair IN --out OUT`: copies the data of a register that open
 * refuses for objects ROPA did not create into a new register OUT, made by
 * the app's own schema (services/repair-register.ts), printing everything it
 * left out. IN is never written. Exit 0 when OUT was written, 2 when IN is
 * not a register this version can read, OUT exists, or the work passed the
 * statement-time deadline (services/file-deadline.ts, TOO_LONG_ON_FILE).
 */
export const repairCommand: Command = {
  words: ['repair'],
  usage: 'ropa repair IN --out OUT',
  summary: 'cliCommands:repair',
  options: { out: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const input = resolve(io.cwd, positionals[0] as string);
    const output = resolve(io.cwd, requireOption(values, 'out'));
    if (input === output) throw new UsageError('--out must not be IN itself');
    const t = translator(io.lang);
    // Reads a hostile file's tables: in a child process that a deadline can kill (services/file-deadline.ts).
    const outcome = await underDeadlineWherePossible<RepairOutcome>({ module: REPAIR, name: 'repairRegister', args: [input, output] }, input, () => repairRegister(input, output));
    const lines: string[] = [];
    for (const difference of outcome.differences) {
      const names = TYPE_NAMES[difference.type] ?? { lv: difference.type, en: difference.type };
      lines.push(t('repair:dropped', { typeLv: names.lv, typeEn: names.en, name: difference.name, kind: t(`repair:kinds.${difference.kind}`) }));
    }
    if (lines.length === 0) lines.push(t('repair:nothingDropped'));
    for (const table of outcome.tables.filter((entry) => entry.refused > 0)) lines.push(t('repair:refused', { table: table.name, refused: table.refused, copied: table.copied }));
    const rows = outcome.tables.reduce((sum, table) => sum + table.copied, 0);
    lines.push(t('repair:written', { file: output, rows }));
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
