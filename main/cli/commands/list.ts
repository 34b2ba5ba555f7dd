import { listActivitySummaries } from '../../db/repositories/activity-repository.ts';
import { listOrganisations } from '../../db/repositories/organisation-repository.ts';
import { openRegister } from '../../services/register-files.ts';
import { collator } from '../../../shared/format.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { type Command, registerOption } from '../command.ts';

export const listCommand: Command = {
  words: ['list'],
  usage: 'ropa list --db FILE [--json]',
  summary: 'cliCommands:list',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const session = await openRegister(registerOption(values, io), { now: io.now, readOnly: true });
    try {
      const organisations = new Map((await listOrganisations(session.db)).map((o) => [o.id, o.name]));
      const compare = collator(io.lang).compare;
      const rows = (await listActivitySummaries(session.db))
        .map((a) => ({ ...a, organisationName: organisations.get(a.organisationId) ?? '' }))
        .sort((a, b) => compare(a.organisationName, b.organisationName) || compare(a.number, b.number));
      if (values.json) {
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      const t = translator(io.lang);
      const table = [
        [t('fields:activity.number'), t('fields:activity.name'), t('fields:activity.status'), t('fields:activity.kind'), t('fields:organisation._')],
        ...rows.map((a) => [
          a.number,
          a.name,
          t(`fields:enums.status.${a.status}`),
          t(`fields:enums.kind.${a.kind}`),
          a.organisationName,
        ]),
      ];
      const widths = table[0]!.map((_, column) => Math.min(60, Math.max(...table.map((row) => row[column]!.length))));
      for (const row of table) {
        io.stdout(`${row.map((cell, column) => (cell.length > 60 ? `${cell.slice(0, 59)}…` : cell).padEnd(widths[column]!)).join('  ').trimEnd()}\n`);
      }
      return 0;
    } finally {
      await session.close();
    }
  },
};
