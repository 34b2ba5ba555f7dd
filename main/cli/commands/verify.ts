import { resolve } from 'node:path';
import { verifyHistory } from '../../db/repositories/history-repository.ts';
import { openRegister } from '../../services/register-files.ts';
import { formatTimestamp } from '../../../shared/format.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { requireOption, type Command } from '../command.ts';

/**
 * `ropa verify`: recomputes the history's hash chain. Exit 0 when intact
 * (entries and head hash printed: the hash on the PDF cover and the Excel
 * first sheet), 1 when broken (the first entry that breaks it), 2 when the
 * file cannot be read as a register. Opens read-only: never takes the lock,
 * never writes.
 */
export const verifyCommand: Command = {
  words: ['verify'],
  usage: 'ropa verify --db FILE [--json]',
  summary: {
    lv: 'pārbauda, vai izmaiņu vēstures jaucējkodu ķēde ir nebojāta (0 — jā, 1 — nē)',
    en: 'check that the change history’s hash chain is intact (0 yes, 1 no)',
  },
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const session = await openRegister(resolve(io.cwd, requireOption(values, 'db')), { now: io.now, readOnly: true });
    try {
      const verdict = await verifyHistory(session.db);
      if (values.json) {
        io.stdout(`${JSON.stringify(verdict, null, 2)}\n`);
        return verdict.intact ? 0 : 1;
      }
      const t = translator(io.lang);
      if (verdict.intact) {
        io.stdout(`${t('safety:verifyIntact', { entries: verdict.entries })}\n${t('safety:verifyHead', { hash: verdict.headHash })}\n`);
        return 0;
      }
      const broken = verdict.firstBroken!;
      io.stdout(
        `${t('safety:verifyBroken', {
          seq: broken.seq,
          at: formatTimestamp(broken.at) || broken.at,
          entity: broken.entityType,
          entityId: broken.entityId,
          label: broken.label,
          reason: t(`safety:verifyReasons.${broken.reason}`),
        })}\n`,
      );
      return 1;
    } finally {
      await session.close();
    }
  },
};
