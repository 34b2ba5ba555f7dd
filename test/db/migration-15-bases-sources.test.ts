/**
 * Issue 15's last two model points through the register: migrations
 * 2026-12-06-15-activity-legal-basis and -named-sources on a register of the
 * previous version that holds data (per-purpose bases kept as they were, no
 * source invented), and saving through the contract: an activity's own basis
 * and named sources are stored, read back, written to history and refused
 * with a clear message when inconsistent, leaving the register unchanged.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ROPA_APPLICATION_ID, migrate, openRegisterFile } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../main/db/migrations/index.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { translator } from '../../shared/i18n/index.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { fieldLabel } from '../../shared/versions/describe-diff.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { activityRow, organisationRow } from '../helpers/old-schema-rows.ts';
import { fullActivity, processorInput, ruleInput } from '../helpers/registers.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

const BEFORE = migrations.findIndex((m) => m.name === '2026-12-06-15-activity-legal-basis');
const at = '2026-11-21T10:00:00.000Z';

/** A register stopped just before the two migrations, with an activity whose purposes carry their own bases. */
async function previousVersionRegister(): Promise<string> {
  const path = join(tempDir(), 'previous.ropa');
  const sqlite = new Database(path);
  sqlite.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
  sqlite.pragma('foreign_keys = ON');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of an old schema, which today's DB type does not describe
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, 0, BEFORE);
  await db.insertInto('organisation').values(organisationRow('org-1', 'SIA Vecais', at)).execute();
  await db.insertInto('activity').values({ ...activityRow('a-1', 'org-1', 'PD-1', at), source_notes: 'no kredītbiroja' }).execute();
  await db
    .insertInto('activity_purpose')
    .values([
      { id: 'p-1', activity_id: 'a-1', position: 0, description: 'Līguma izpilde', legitimate_interest: '', legitimate_interest_assessment: '', legitimate_interest_assessed_on: null },
      { id: 'p-2', activity_id: 'a-1', position: 1, description: 'Nodokļu uzskaite', legitimate_interest: '', legitimate_interest_assessment: '', legitimate_interest_assessed_on: null },
    ])
    .execute();
  await db
    .insertInto('activity_purpose_legal_basis')
    .values([
      { purpose_id: 'p-1', legal_basis_id: 'lb-b', position: 0 },
      { purpose_id: 'p-2', legal_basis_id: 'lb-c', position: 0 },
    ])
    .execute();
  await db
    .insertInto('activity_source')
    .values([
      { activity_id: 'a-1', source_type: 'data_subject', position: 0 },
      { activity_id: 'a-1', source_type: 'third_party', position: 1 },
    ])
    .execute();
  await db.destroy();
  return path;
}

describe('migrations 2026-12-06-15 (activity legal basis, named sources)', () => {
  it('keeps every purpose’s own bases and the source notes, invents no source, and `ropa check` lists the unnamed third party', async () => {
    const opened = await openRegisterFile(await previousVersionRegister(), { beforeMigrate: () => undefined });
    try {
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const document = await exportRegister(opened.db);
      const activity = document.activities[0]!;
      expect(activity.legalBasisIds).toEqual([]);
      expect(activity.purposes.map((p) => p.legalBasisIds)).toEqual([['lb-b'], ['lb-c']]);
      expect([activity.sourceTypes, activity.sourceNotes, activity.namedSources]).toEqual([['data_subject', 'third_party'], 'no kredītbiroja', []]);
      const findings = runChecks(document, '2026-12-06');
      expect(findings.filter((f) => f.ruleId === 'sources.unnamed').map((f) => f.entity.id)).toEqual(['a-1']);
      expect(findings.filter((f) => f.ruleId === 'legal-basis.missing')).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

async function appWithRegister(language: 'lv' | 'en') {
  const { app, dialogs } = testApp(language);
  const path = join(tempDir(), 'firma.ropa');
  dialogs.answer(path);
  await value(app, 'files:new', { organisationName: 'SIA Firma' });
  const [organisation] = await value(app, 'organisations:list', {});
  const processor = await value(app, 'processors:save', processorInput());
  const rule = await value(app, 'retentionRules:save', ruleInput());
  return { app, path, draft: fullActivity(organisation!.id, processor.id, rule.id) };
}

describe('saving an activity’s own basis and its named sources', () => {
  it('stores them, reads them back, records them in history, and the list shows the inherited basis', async () => {
    const { app, draft } = await appWithRegister('lv');
    const category = draft.dataCategories[0]!.dataCategoryId;
    const saved = await value(app, 'activities:save', {
      ...draft,
      legalBasisIds: ['lb-c'],
      purposes: [{ ...draft.purposes[0]!, legalBasisIds: [] }],
      namedSources: [
        { sourceType: 'public_register', name: 'Uzņēmumu reģistrs', dataCategoryId: null },
        { sourceType: 'other_controller', name: 'VID', dataCategoryId: category },
      ],
    });
    const loaded = await value(app, 'activities:get', { id: saved.id });
    expect(loaded.legalBasisIds).toEqual(['lb-c']);
    expect(loaded.purposes.map((p) => p.legalBasisIds)).toEqual([[]]);
    expect(loaded.namedSources).toEqual([
      { sourceType: 'public_register', name: 'Uzņēmumu reģistrs', dataCategoryId: null },
      { sourceType: 'other_controller', name: 'VID', dataCategoryId: category },
    ]);
    const [row] = await value(app, 'activities:list', {});
    expect(row!.legalBasisPoints).toEqual(['c']);
    const history = await value(app, 'history:list', { entityType: 'activity', entityId: saved.id });
    expect(JSON.stringify(history)).toContain('Uzņēmumu reģistrs');
    // The history names the changed field as the editor does.
    expect(fieldLabel(translator('lv'), 'activity', 'namedSources')).toBe('Nosauktie datu avoti (14. panta 2. punkta f) apakšpunkts)');
    expect(fieldLabel(translator('en'), 'activity', 'namedSources')).toBe('Named sources of the data (Art. 14(2)(f))');
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
  });

  it('an activity saved as a template gives each purpose the basis it inherits (a template has no activity-level basis)', async () => {
    const { app, draft } = await appWithRegister('lv');
    const saved = await value(app, 'activities:save', { ...draft, legalBasisIds: ['lb-c'], purposes: [{ ...draft.purposes[0]!, legalBasisIds: [] }, draft.purposes[1]!] });
    const summary = await value(app, 'templates:saveActivity', { activityId: saved.id });
    const template = await value(app, 'templates:get', { id: summary.id });
    expect(template.purposes.map((p) => p.legalBasisIds)).toEqual([['lb-c'], draft.purposes[1]!.legalBasisIds]);
  });

  for (const language of ['lv', 'en'] as const) {
    it(`refuses a source of a data category the activity does not hold, in ${language}, and saves nothing`, async () => {
      const { app, path, draft } = await appWithRegister(language);
      const before = fileHash(path);
      const result = await invoke(app, 'activities:save', {
        ...draft,
        namedSources: [{ sourceType: 'other_controller', name: 'VID', dataCategoryId: 'dc-location' }],
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const byPath = Object.fromEntries((result.error.issues ?? []).map((issue) => [issue.path, issue.message]));
      expect(byPath.namedSources).toContain(language === 'lv' ? 'Avota datu kategorija nav starp šīs darbības datu kategorijām' : 'is not among this activity’s data categories');
      expect(fileHash(path)).toBe(before);
      expect(await value(app, 'activities:list', {})).toEqual([]);
    });
  }

  it('refuses an activity basis that is not in the catalogue, naming the field', async () => {
    const { app, path, draft } = await appWithRegister('en');
    const before = fileHash(path);
    const result = await invoke(app, 'activities:save', { ...draft, legalBasisIds: ['lb-z'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REFERENCE', message: 'Field legalBasisIds.0 refers to a record that does not exist: lb-z.' } });
    expect(fileHash(path)).toBe(before);
  });
});
