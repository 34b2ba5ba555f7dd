import { resolve } from 'node:path';
import { inspectRegisterFile } from '../../db/connection.ts';
import { backupFile, restoreRegister } from '../../services/backups.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { type Command, registerOption, requireRegisterFile } from '../command.ts';

/**
 * `ropa backup`: a consistent copy through SQLite's online backup API, into
 * the register's backups folder (kept to the newest 20, never the newest good
 * one) or into `--out DIR` (nothing there is ever deleted). Only reads the
 * register, so it works while the app has it open.
 */
export const backupCommand: Command = {
  words: ['backup'],
  usage: 'ropa backup --db FILE [--out DIR]',
  summary: 'cliCommands:backup',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const db = requireRegisterFile(registerOption(values, io));
    await inspectRegisterFile(db);
    const made = await backupFile(db, 'manual', { now: io.now, folder: typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined });
    io.stdout(`${translator(io.lang)('safety:backupCreated', { file: made.path })}\n`);
    return 0;
  },
};

/**
 * `ropa restore`: replaces the register with a backup. The backup must be a
 * good register; the current file is backed up first (`before-restore`);
 * the swap is a rename, so a crash leaves the old or the new register, never
 * a mix; refused (exit 2, LOCKED) while the register is open elsewhere.
 */
export const restoreCommand: Command = {
  words: ['restore'],
  usage: 'ropa restore BACKUP --db FILE',
  summary: 'cliCommands:restore',
  options: { db: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const db = requireRegisterFile(registerOption(values, io));
    const backup = resolve(io.cwd, positionals[0] as string);
    const outcome = await restoreRegister(db, backup, { now: io.now });
    io.stdout(
      `${translator(io.lang)('safety:restored', { register: db, backup: outcome.restored.path, safety: outcome.safetyCopy?.path ?? '—' })}\n`,
    );
    return 0;
  },
};
