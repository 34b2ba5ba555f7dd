import { copyRegister, locationLabel, parseLocation } from '../../services/copy-register.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { UsageError, requireOption, type Command } from '../command.ts';

/**
 * `ropa copy --from A --to B`: a register moved between a `.ropa` file and a
 * team register on PostgreSQL (`postgres://user@host/db?register=name`),
 * either way, with its whole history (services/copy-register.ts). B must not
 * exist; A is only read. The password comes from PGPASSWORD or ~/.pgpass
 * (or the URL). Exit 0 when the copy's export and chain equal the source's,
 * 1 when they do not, 2 for bad input (nothing written).
 */
export const copyCommand: Command = {
  words: ['copy'],
  usage: 'ropa copy --from FILE.ropa|postgres://… --to FILE.ropa|postgres://…?register=NAME',
  summary: 'cliCommands:copy',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const from = parseLocation(requireOption(values, 'from'), io.cwd);
    const to = parseLocation(requireOption(values, 'to'), io.cwd);
    if (locationLabel(from) === locationLabel(to)) throw new UsageError('--to must not be --from itself');
    const outcome = await copyRegister(from, to, io.now);
    const t = translator(io.lang);
    const lines = [
      t('team:copied', { from: locationLabel(from), to: locationLabel(to), rows: outcome.rows, entries: outcome.entries }),
      t(outcome.exportsEqual ? 'team:exportsEqual' : 'team:exportsDiffer'),
      t(outcome.chainEqual ? 'team:chainEqual' : 'team:chainDiffers', { hash: outcome.headHash }),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return outcome.exportsEqual && outcome.chainEqual ? 0 : 1;
  },
};
