import { resolve } from 'node:path';
import { createRegisterFile } from '../../db/connection.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Command } from '../command.ts';

export const demoCommand: Command = {
  words: ['demo'],
  usage: 'ropa demo FILE',
  summary: 'cliCommands:demo',
  options: {},
  positionals: [1, 1],
  async run({ positionals }, io) {
    const path = resolve(io.cwd, positionals[0] as string);
    // Loaded here, not at start: the demo data is large and most commands never need it.
    const { DEMO_ORGANISATION_NAME, seedDemo } = await import('../../demo/demo-register.ts');
    const ctx = { now: io.now };
    const connection = await createRegisterFile(path, {
      now: io.now,
      title: DEMO_ORGANISATION_NAME,
      initialise: (trx) => seedDemo(trx, ctx),
    });
    await connection.close();
    io.stdout(`${translator(io.lang)('cli:created', { file: path })}\n`);
    return 0;
  },
};
