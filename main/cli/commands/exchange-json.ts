import { resolve } from 'node:path';
import { exportJsonFile, importJsonDocument, importJsonIntoNewRegister, readJsonFile, registerJsonText } from '../../features/json-exchange.ts';
import { openRegister } from '../../services/register-files.ts';
import { parseMoment } from '../../services/versions/moment.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { type Command, registerOption, isNewRegisterFile } from '../command.ts';

export const exportJsonCommand: Command = {
  words: ['export', 'json'],
  usage: 'ropa export json --db FILE [--out OUT.json] [--as-of T]',
  summary: 'cliCommands:exportJson',
  options: { db: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const asOf = typeof values['as-of'] === 'string' ? parseMoment(values['as-of']) : undefined;
    const session = await openRegister(registerOption(values, io), { now: io.now, readOnly: true });
    try {
      // As of a moment: the register rebuilt from the history (checked against its chain).
      if (typeof values.out === 'string') await exportJsonFile(session.db, resolve(io.cwd, values.out), asOf);
      else io.stdout(await registerJsonText(session.db, asOf));
      return 0;
    } finally {
      await session.close();
    }
  },
};

export const importJsonCommand: Command = {
  words: ['import', 'json'],
  usage: 'ropa import json IN.json --db FILE [--replace]',
  summary: 'cliCommands:importJson',
  options: { db: { type: 'string' }, replace: { type: 'boolean' } },
  positionals: [1, 1],
  async run({ positionals, values }, io) {
    const input = resolve(io.cwd, positionals[0] as string);
    const target = registerOption(values, io);
    const document = readJsonFile(input);
    if (isNewRegisterFile(target)) await importJsonIntoNewRegister(target, document, io.now);
    else {
      const session = await openRegister(target, { now: io.now, whenLocked: 'fail', language: io.lang, author: io.author });
      try {
        await importJsonDocument(session, document, values.replace === true);
      } finally {
        await session.close();
      }
    }
    const t = translator(io.lang);
    io.stderr(`${t('cli:imported', { activities: document.activities.length, processors: document.processors.length, rules: document.retentionRules.length })}\n`);
    return 0;
  },
};
