import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openRegisterFile } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../main/db/migrations/index.ts';
import { activityRow, organisationRow, registerFileAtVersion } from '../helpers/old-schema-rows.ts';
import { steppingClock, TEST_START } from '../helpers/temp.ts';

const registerAtVersion = registerFileAtVersion;

describe('migrations', () => {
  it('are a non-empty, uniquely named, ordered list', () => {
    expect(migrations.length).toBe(LATEST_SCHEMA_VERSION);
    const names = migrations.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it('build an empty file up to the latest version with the built-in catalogues', async () => {
    const { db, sqlite } = await registerAtVersion(LATEST_SCHEMA_VERSION);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const bases = await db.selectFrom('legal_basis').select(['id', 'gdpr_point']).orderBy('gdpr_point').execute();
    expect(bases.map((b) => b.gdpr_point)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const us = await db.selectFrom('country').selectAll().where('id', '=', 'US').executeTakeFirstOrThrow();
    expect(us.adequacy).toBe('partial');
    expect(us.name_lv).toBe('Amerikas Savienotās Valstis');
    const latvia = await db.selectFrom('country').selectAll().where('id', '=', 'LV').executeTakeFirstOrThrow();
    expect(latvia.eea).toBe(1);
    await db.destroy();
  });

  it.each(migrations.map((m, index) => [index + 1, m.name] as const))(
    'migration %i (%s) applies to a file of the previous version that holds data, and keeps the data',
    async (version) => {
      const { path, db } = await registerAtVersion(version - 1);
      const at = '2026-11-21T10:00:00.000Z';
      if (version - 1 >= 1) {
        await db
          .insertInto('organisation')
          .values({
            id: 'org-1', name: 'SIA Vecais', reg_no: '40000000009', address: '', email: '', phone: '', website: '', contact_person: '',
            dpo_name: '', dpo_email: '', dpo_phone: '', representative_name: '', representative_contact: '', notes: '', created_at: at, updated_at: at,
          })
          .execute();
        await db
          .insertInto('data_category')
          .values({ id: 'user-cat', name_lv: 'Klientu kartes', name_en: '', kind: 'ordinary', created_at: at, updated_at: at })
          .execute();
      }
      await db.destroy();
      // Opening with the current build migrates the file forward.
      const opened = await openRegisterFile(path, { beforeMigrate: () => undefined });
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      if (version - 1 >= 1) {
        const organisation = await opened.db.selectFrom('organisation').select('name').where('id', '=', 'org-1').executeTakeFirst();
        expect(organisation?.name).toBe('SIA Vecais');
        const category = await opened.db.selectFrom('data_category').select('name_lv').where('id', '=', 'user-cat').executeTakeFirst();
        expect(category?.name_lv).toBe('Klientu kartes');
      }
      expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      await opened.close();
    },
  );

  it('migration 3 derives the list columns of the activities a version-2 file already holds', async () => {
    const { path, db } = await registerAtVersion(2);
    const at = '2026-11-21T10:00:00.000Z';
    await db
      .insertInto('organisation')
      .values(organisationRow('org-1', 'SIA Vecais', at))
      .execute();
    const activity = (id: string, number: string) => activityRow(id, 'org-1', number, at);
    // Inserted the way a version-2 build did: these columns did not exist yet.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of an old schema, which today's DB type does not describe
    const insert = (row: ReturnType<typeof activity>) => (db as unknown as Kysely<any>).insertInto('activity').values(row).execute();
    await insert(activity('a-1', 'PD-1'));
    await insert(activity('a-2', 'PD-2'));
    await db.insertInto('activity_purpose').values({ id: 'p-1', activity_id: 'a-1', position: 0, description: 'Algas', legitimate_interest: '', legitimate_interest_assessment: '', legitimate_interest_assessed_on: null }).execute();
    await db.insertInto('activity_purpose_legal_basis').values([{ purpose_id: 'p-1', legal_basis_id: 'lb-f', position: 0 }, { purpose_id: 'p-1', legal_basis_id: 'lb-c', position: 1 }]).execute();
    await db.insertInto('activity_data_category').values({ activity_id: 'a-1', data_category_id: 'dc-health', retention_rule_id: null, position: 0, notes: '' }).execute();
    await db.insertInto('activity_transfer').values([
      { id: 't-1', activity_id: 'a-1', position: 0, country_id: 'DE', processor_id: null, transfer_mechanism_id: null, safeguard_documents: '', derogation_justification: '', notes: '' },
      { id: 't-2', activity_id: 'a-1', position: 1, country_id: 'US', processor_id: null, transfer_mechanism_id: 'tm-dpf', safeguard_documents: '', derogation_justification: '', notes: '' },
    ]).execute();
    await db.destroy();
    const opened = await openRegisterFile(path, { beforeMigrate: () => undefined });
    const { listActivitySummaries } = await import('../../main/db/repositories/activity-repository.ts');
    const summaries = await listActivitySummaries(opened.db);
    expect(summaries.map((a) => [a.number, a.legalBasisPoints, a.hasSpecialData, a.hasCriminalData, a.transferCountryIds])).toEqual([
      ['PD-1', ['c', 'f'], true, false, ['US']],
      ['PD-2', [], false, false, []],
    ]);
    await opened.close();
  });

  it('migration 2026-12-05-15r gives existing activities empty inspector fields and existing organisations the default threshold', async () => {
    const before = migrations.findIndex((m) => m.name === '2026-12-05-15r-inspector-fields');
    expect(before).toBeGreaterThan(0);
    const { path, db } = await registerAtVersion(before);
    const at = '2026-11-21T10:00:00.000Z';
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of an old schema, which today's DB type does not describe
    const old = db as unknown as Kysely<any>;
    await old.insertInto('organisation').values({
      id: 'org-1', name: 'SIA Vecais', reg_no: '', address: '', email: '', phone: '', website: '', contact_person: '', dpo_name: '', dpo_email: '',
      dpo_phone: '', representative_name: '', representative_contact: '', notes: '', created_at: at, updated_at: at,
    }).execute();
    await old.insertInto('activity').values({
      id: 'a-1', organisation_id: 'org-1', kind: 'controller', number: 'PD-1', name: 'Videonovērošana', description: '', owner_unit: '', owner_person: '',
      status: 'active', created_on: '2026-01-01', last_reviewed_on: null, reviewed_by: '', next_review_on: null, ended_on: null, replaced_by_id: null,
      art9_notes: '', art10_basis: '', source_notes: '', joint_controller_arrangement: '', security_notes: '', systems: '', data_location: '',
      automated_decision: 1, automated_decision_legal_effect: 0, profiling: 1, automated_decision_logic: 'Punkti', art22_basis: null,
      dpia_status: 'not_assessed', dpia_reference: '', dpia_completed_on: null, dpia_notes: '', notes: '', created_at: at, updated_at: at,
    }).execute();
    await db.destroy();
    const opened = await openRegisterFile(path, { beforeMigrate: () => undefined });
    const { loadActivities } = await import('../../main/db/repositories/activity-repository.ts');
    const { listOrganisations } = await import('../../main/db/repositories/organisation-repository.ts');
    const [activity] = await loadActivities(opened.db);
    expect(activity).toMatchObject({ name: 'Videonovērošana', automatedDecision: true, automatedDecisionLogic: 'Punkti', approxSubjects: null, approxRecords: null, automatedDecisionNoEffectReason: '', profilingInformation: '' });
    const [organisation] = await listOrganisations(opened.db);
    expect(organisation).toMatchObject({ name: 'SIA Vecais', largeScaleThreshold: 10_000 });
    // The new columns refuse what the domain refuses, whatever route a value takes.
    expect(() => opened.sqlite.prepare("UPDATE activity SET approx_subjects = -1 WHERE id = 'a-1'").run()).toThrow(/CHECK/);
    expect(() => opened.sqlite.prepare("UPDATE organisation SET large_scale_threshold = 0 WHERE id = 'org-1'").run()).toThrow(/CHECK/);
    await opened.close();
  });

  it('calls beforeMigrate (the backup hook) before changing an older file, and a failing hook leaves it alone', async () => {
    const { path, db } = await registerAtVersion(1);
    await db.destroy();
    const seen: number[] = [];
    await expect(
      openRegisterFile(path, {
        beforeMigrate: (_path, from) => {
          seen.push(from);
          throw new Error('backup failed');
        },
      }),
    ).rejects.toThrow('backup failed');
    expect(seen).toEqual([1]);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });

  it('opens an older file read-only through a migrated copy, without changing it', async () => {
    const { path, db } = await registerAtVersion(1);
    await db.destroy();
    const opened = await openRegisterFile(path, { readOnly: true });
    expect(opened.readOnly).toBe(true);
    const count = await opened.db.selectFrom('legal_basis').select('id').execute();
    expect(count.length).toBe(6);
    await opened.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });

  it('keeps a schema that the clock does not affect', () => {
    expect(steppingClock()().getTime()).toBe(TEST_START.getTime());
  });
});
