/**
 * Migration 2026-12-05-15-model on a register of the previous version that
 * holds data: free-text periods move into the structure where they parse,
 * the rest is marked "not parsed" with its text kept, and activities answer
 * "none" only when someone says so.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ROPA_APPLICATION_ID, migrate, openRegisterFile } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../main/db/migrations/index.ts';
import { listRetentionRules } from '../../main/db/repositories/retention-repository.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { ADEQUACY_LIST } from '../../shared/reference/adequacy-decisions.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { activityRow, organisationRow } from '../helpers/old-schema-rows.ts';
import { tempDir } from '../helpers/temp.ts';

const MODEL = migrations.findIndex((m) => m.name === '2026-12-05-15-model') + 1;
const at = '2026-11-21T10:00:00.000Z';

/** A register stopped just before the model migration, with rules as an older import left them. */
async function previousVersionRegister(): Promise<string> {
  const path = join(tempDir(), 'previous.ropa');
  const sqlite = new Database(path);
  sqlite.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
  sqlite.pragma('foreign_keys = ON');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of an old schema, which today's DB type does not describe
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, 0, MODEL - 1);
  await db
    .insertInto('organisation')
    .values(organisationRow('org-1', 'SIA Vecais', at))
    .execute();
  const rule = (id: string, fields: Record<string, unknown>) => ({
    id, name: id, data_category_id: null, period_value: null, period_unit: null, criterion: '', start_event: '', legal_source: '', legal_article: '',
    action_at_expiry: 'delete', backups_covered: 0, owner: '', last_reviewed_on: null, notes: '', revision: 1, created_at: at, updated_at: at, ...fields,
  });
  await db
    .insertInto('retention_rule')
    .values([
      rule('contract', { criterion: '5 gadi pēc līguma beigām' }),
      rule('months', { criterion: '6 mēneši', start_event: 'no ieraksta' }),
      rule('range', { criterion: '3-5 gadi' }),
      rule('consent', { criterion: 'līdz piekrišanas atsaukšanai' }),
      rule('silent', { criterion: 'nav norādīts' }),
      rule('numbered', { period_value: 10, period_unit: 'years', start_event: 'no pārskata gada beigām' }),
    ])
    .execute();
  await db.insertInto('activity').values(activityRow('a-1', 'org-1', 'PD-1', at)).execute();
  await db.destroy();
  return path;
}

describe('migration 2026-12-05-15-model', () => {
  it('moves free-text periods into number, unit and event where they parse, keeps the text, and marks the rest not parsed', async () => {
    const opened = await openRegisterFile(await previousVersionRegister(), { beforeMigrate: () => undefined });
    try {
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const rules = new Map((await listRetentionRules(opened.db)).map((r) => [r.id, r]));
      const period = (id: string) => {
        const r = rules.get(id)!;
        return [r.periodValue, r.periodUnit, r.startEvent, r.criterion, r.periodState, r.periodText];
      };
      expect(period('contract')).toEqual([5, 'years', 'pēc līguma beigām', '', 'structured', '5 gadi pēc līguma beigām']);
      // An event already recorded is not overwritten.
      expect(period('months')).toEqual([6, 'months', 'no ieraksta', '', 'structured', '6 mēneši']);
      expect(period('range')).toEqual([null, null, '', '3-5 gadi', 'not_parsed', '3-5 gadi']);
      expect(period('consent')).toEqual([null, null, '', 'līdz piekrišanas atsaukšanai', 'structured', '']);
      expect(period('silent')).toEqual([null, null, '', '', 'not_stated', 'nav norādīts']);
      expect(period('numbered')).toEqual([10, 'years', 'no pārskata gada beigām', '', 'structured', '']);

      const document = await exportRegister(opened.db);
      // The organisation keeps a controller record, so it is a controller; nothing more is assumed.
      expect(document.organisations[0]!.roles).toEqual(['controller']);
      const activity = document.activities[0]!;
      expect([activity.recipientsNone, activity.transfersNone, activity.processorsNone]).toEqual([false, false, false]);
      // `ropa check` lists the rule left unparsed, and only it.
      const findings = runChecks(document, "2026-12-05").filter((f) => f.ruleId === 'retention-period.not-parsed');
      expect(findings.map((f) => f.entity.id)).toEqual(['range']);
      expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await opened.close();
    }
  });

  it('brings the built-in adequacy list to the dated reference list (UK renewal, EPO, Brazil) and moves the register\'s check date', async () => {
    const opened = await openRegisterFile(await previousVersionRegister(), { beforeMigrate: () => undefined });
    try {
      const document = await exportRegister(opened.db);
      expect(document.register.adequacyListCheckedOn).toBe(ADEQUACY_LIST.checkedOn);
      const country = (id: string) => document.catalogues.countries.find((c) => c.id === id)!;
      expect(country('GB')).toMatchObject({ adequacy: 'adequate', adequacyDecision: expect.stringContaining('27.12.2031'), checkedOn: ADEQUACY_LIST.checkedOn });
      expect(country('IO-EPO').adequacyDecision).toContain('2025. gada 15. jūlija');
      expect(country('BR')).toMatchObject({ adequacy: 'adequate', adequacyDecision: expect.stringContaining('2026. gada 26. janvāra') });
      expect(country('US')).toMatchObject({ adequacy: 'partial', adequacyDecision: '(ES) 2023/1795' });
      expect(country('IN')).toMatchObject({ adequacy: 'none', checkedOn: ADEQUACY_LIST.checkedOn });
    } finally {
      await opened.close();
    }
  });
});
