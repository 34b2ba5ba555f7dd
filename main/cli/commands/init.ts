import { resolve } from 'node:path';
import { ensureDailyBackup } from '../../services/backups.ts';
import { createRegister } from '../../services/register-files.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Command } from '../command.ts';

export const initCommand: Command = {
  words: ['init'],
  usage: 'ropa init FILE [--org NAME] [--title TITLE]',
  summary: 'cliCommands:init',
  options: { org: { type: 'string' }, title: { type: 'string' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const path = resolve(io.cwd, positionals[0] as string);
    const session = await createRegister(path, {
      now: io.now,
      author: io.author,
      organisationName: typeof values.org === 'string' ? values.org : undefined,
      title: typeof values.title === 'string' ? values.title : undefined,
    });
    // The first backup, as the app makes on creating a register (the day's, so opening it today makes none).
    try {
      await ensureDailyBackup(session);
    } finally {
      await session.close();
    }
    io.stdout(`${translator(io.lang)('cli:created', { file: path })}\n`);
    return 0;
  },
};
