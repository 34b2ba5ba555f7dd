import { describe, expect, it } from 'vitest';
import {
  deleteActivity,
  getActivity,
  listActivitySummaries,
  loadActivities,
  saveActivity,
} from '../../main/db/repositories/activity-repository.ts';
import { deleteCatalogueEntry, listCatalogue, saveCatalogueEntry } from '../../main/db/repositories/catalogue-repository.ts';
import { listHistory, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { deleteOrganisation, listOrganisations, saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { deleteProcessor, getProcessor, loadProcessors, saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { deleteRetentionRule, listRetentionRules, saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { AppError } from '../../main/errors.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { ActivityInput } from '../../shared/domain/activity.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';
import { FOREIGN_KEY_ERROR, tamperHistory, useBackends } from '../helpers/backends.ts';
import { fullActivity, processorInput, ruleInput, smallRegisterOn } from '../helpers/registers.ts';

/** Every suite below runs on a `.ropa` file and on a team register (PostgreSQL). */
const backends = useBackends();

async function errorCode(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return error instanceof AppError ? error.code : `not AppError: ${String(error)}`;
  }
  return 'no error';
}

describe.each(backends)('on $name', (backend) => {
  describe('organisations', () => {
    it('are created, updated with the revision they were loaded at, listed and deleted, each change in the history', async () => {
      const { connection, ctx } = await smallRegisterOn(backend.create);
      const db = connection.db;
      const created = await db.transaction().execute((trx) => saveOrganisation(trx, { ...emptyOrganisation('SIA Otrā'), dpoName: 'Jānis' }, ctx));
      expect(created.revision).toBe(1);
      const updated = await db.transaction().execute((trx) =>
        saveOrganisation(trx, { ...created, dpoEmail: 'das@otra.lv', revision: created.revision }, ctx),
      );
      expect(updated.revision).toBe(2);
      expect(updated.dpoEmail).toBe('das@otra.lv');
      expect(await errorCode(() => db.transaction().execute((trx) => saveOrganisation(trx, { ...created, name: 'stale', revision: 1 }, ctx)))).toBe('CONFLICT');
      expect((await listOrganisations(db)).map((o) => o.name)).toEqual(['SIA Otrā', 'SIA Tests']);
      await db.transaction().execute((trx) => deleteOrganisation(trx, created.id, ctx));
      const history = await listHistory(db, { entityType: 'organisation', entityId: created.id });
      expect(history.map((h) => h.action)).toEqual(['delete', 'update', 'create']);
      expect((history[1]?.before as { dpoEmail: string }).dpoEmail).toBe('');
      expect((history[1]?.after as { dpoEmail: string }).dpoEmail).toBe('das@otra.lv');
      await connection.close();
    });

    it('with activities cannot be deleted: IN_USE names them and nothing changes', async () => {
      const { connection, ctx, organisation } = await smallRegisterOn(backend.create);
      let caught: unknown;
      try {
        await connection.db.transaction().execute((trx) => deleteOrganisation(trx, organisation.id, ctx));
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('IN_USE');
      expect((caught as AppError).usedBy?.map((a) => a.number)).toEqual(['PD-01']);
      expect(await listOrganisations(connection.db)).toHaveLength(1);
      await connection.close();
    });
  });

  describe('activities', () => {
    it('round-trip every field, in order, through save and load', async () => {
      const { connection, organisation, processor, rule, activity } = await smallRegisterOn(backend.create);
      const expected = ActivityInput.parse(fullActivity(organisation.id, processor.id, rule.id));
      const { id: _id, revision: _revision, ...fields } = expected;
      const stripIds = <T extends { id?: string }>(rows: T[]) => rows.map(({ id: _rowId, ...rest }) => rest);
      const loaded = await getActivity(connection.db, activity.id);
      expect({ ...loaded, purposes: stripIds(loaded.purposes), transfers: stripIds(loaded.transfers), controllers: stripIds(loaded.controllers) }).toMatchObject({
        ...fields,
        purposes: stripIds(fields.purposes),
        transfers: stripIds(fields.transfers),
        controllers: [],
      });
      expect(loaded.purposes.every((p) => typeof p.id === 'string')).toBe(true);
      expect(loaded.revision).toBe(1);
      await connection.close();
    });

    it('the activity a save answers and records in the history is exactly what a fresh load reads', async () => {
      const { connection, ctx, activity } = await smallRegisterOn(backend.create);
      expect(activity).toEqual(await getActivity(connection.db, activity.id));
      const { id: _p, ...newPurpose } = activity.purposes[0]!;
      const updated = await connection.db.transaction().execute((trx) =>
        saveActivity(trx, { ...activity, name: 'Darba samaksa', purposes: [...activity.purposes, { ...newPurpose, description: 'Jauns nolūks' }] }, ctx),
      );
      const loaded = await getActivity(connection.db, activity.id);
      expect(updated).toEqual(loaded);
      const [entry] = await listHistory(connection.db, { entityType: 'activity', entityId: activity.id, limit: 1 });
      expect(entry?.after).toEqual(JSON.parse(JSON.stringify(loaded)));
      await connection.close();
    });

    it('keep child ids across an update and bump the revision', async () => {
      const { connection, ctx, activity } = await smallRegisterOn(backend.create);
      const purposeIds = activity.purposes.map((p) => p.id);
      const updated = await connection.db.transaction().execute((trx) =>
        saveActivity(trx, { ...activity, name: 'Darba samaksa', revision: activity.revision }, ctx),
      );
      expect(updated.revision).toBe(2);
      expect(updated.purposes.map((p) => p.id)).toEqual(purposeIds);
      await connection.close();
    });

    it('refuse a number already used in the same organisation, and a stale revision', async () => {
      const { connection, ctx, activity } = await smallRegisterOn(backend.create);
      const { id: _id, revision: _revision, createdAt: _c, updatedAt: _u, ...copy } = activity;
      expect(await errorCode(() => connection.db.transaction().execute((trx) => saveActivity(trx, { ...copy, purposes: [], transfers: [] }, ctx)))).toBe('DUPLICATE_NUMBER');
      await connection.db.transaction().execute((trx) => saveActivity(trx, { ...activity, notes: 'first' }, ctx));
      expect(await errorCode(() => connection.db.transaction().execute((trx) => saveActivity(trx, { ...activity, notes: 'second' }, ctx)))).toBe('CONFLICT');
      expect((await getActivity(connection.db, activity.id)).notes).toBe('first');
      await connection.close();
    });

    it('a failed save inside a transaction leaves nothing behind (no half-written activity)', async () => {
      const { connection, ctx, organisation } = await smallRegisterOn(backend.create);
      const draft = ActivityInput.parse({
        ...fullActivity(organisation.id, 'no-such-processor', 'no-such-rule'),
        number: 'PD-99',
      });
      await expect(connection.db.transaction().execute((trx) => saveActivity(trx, draft, ctx))).rejects.toThrow(FOREIGN_KEY_ERROR);
      expect((await listActivitySummaries(connection.db)).map((a) => a.number)).toEqual(['PD-01']);
      const orphans = await connection.db.selectFrom('activity_purpose').select('id').execute();
      expect(orphans).toHaveLength(2);
      await connection.close();
    });

    it('list as summaries with bases, special data and third-country transfers', async () => {
      const { connection } = await smallRegisterOn(backend.create);
      const [summary] = await listActivitySummaries(connection.db);
      expect(summary).toMatchObject({
        number: 'PD-01',
        legalBasisPoints: ['b', 'c', 'f'],
        hasSpecialData: true,
        hasCriminalData: false,
        transferCountryIds: ['US'],
      });
      await connection.close();
    });

    it('are deleted with their link rows; the history keeps what they were', async () => {
      const { connection, ctx, activity } = await smallRegisterOn(backend.create);
      await connection.db.transaction().execute((trx) => deleteActivity(trx, activity.id, ctx));
      expect(await loadActivities(connection.db)).toEqual([]);
      for (const table of ['activity_purpose', 'activity_data_category', 'activity_transfer', 'activity_processor'] as const) {
        expect(await connection.db.selectFrom(table).selectAll().execute()).toEqual([]);
      }
      const [deleted] = await listHistory(connection.db, { entityType: 'activity', entityId: activity.id, limit: 1 });
      expect(deleted?.action).toBe('delete');
      expect((deleted?.before as { name: string }).name).toBe('Algu aprēķins');
      expect(deleted?.after).toBeNull();
      await connection.close();
    });
  });

  describe('processors and retention rules', () => {
    it('keep sub-processors as links and refuse to delete one still linked by the database itself', async () => {
      const { connection, ctx, processor } = await smallRegisterOn(backend.create);
      const db = connection.db;
      const hosting = await db.transaction().execute((trx) =>
        saveProcessor(trx, ProcessorInput.parse(processorInput({ name: 'Hetzner Online GmbH', countryId: 'DE', role: 'sub_processor' })), ctx),
      );
      await db.transaction().execute((trx) => saveProcessor(trx, { ...processor, subProcessorIds: [hosting.id] }, ctx));
      expect((await getProcessor(db, processor.id)).subProcessorIds).toEqual([hosting.id]);
      await expect(db.transaction().execute((trx) => deleteProcessor(trx, hosting.id, ctx))).rejects.toThrow(FOREIGN_KEY_ERROR);
      await expect(db.transaction().execute((trx) => deleteProcessor(trx, processor.id, ctx))).rejects.toThrow(FOREIGN_KEY_ERROR);
      expect(await loadProcessors(db)).toHaveLength(2);
      await connection.close();
    });

    it('rules are saved, listed and deleted when unused', async () => {
      const { connection, ctx } = await smallRegisterOn(backend.create);
      const cctv = await connection.db.transaction().execute((trx) =>
        saveRetentionRule(trx, RetentionRuleInput.parse(ruleInput({ name: 'Videoieraksti', dataCategoryId: 'dc-image', periodValue: 30, periodUnit: 'days', legalSource: '' })), ctx),
      );
      expect((await listRetentionRules(connection.db)).map((r) => r.name)).toContain('Videoieraksti');
      await connection.db.transaction().execute((trx) => deleteRetentionRule(trx, cctv.id, ctx));
      expect((await listRetentionRules(connection.db)).map((r) => r.name)).not.toContain('Videoieraksti');
      await connection.close();
    });
  });

  describe('catalogues', () => {
    it('take user entries next to the built-in ones and record them in the history', async () => {
      const { connection, ctx } = await smallRegisterOn(backend.create);
      const entry = await connection.db.transaction().execute((trx) =>
        saveCatalogueEntry(trx, 'dataCategories', { nameLv: 'Lojalitātes kartes numurs', nameEn: 'Loyalty card number', description: '', kind: 'ordinary' }, ctx),
      );
      expect(entry.builtin).toBe(false);
      const all = await listCatalogue(connection.db, 'dataCategories');
      expect(all.find((e) => e.id === entry.id)?.nameLv).toBe('Lojalitātes kartes numurs');
      expect(all.filter((e) => e.builtin).length).toBeGreaterThan(20);
      await connection.db.transaction().execute((trx) => deleteCatalogueEntry(trx, 'dataCategories', entry.id as string, ctx));
      const history = await listHistory(connection.db, { entityType: 'dataCategories', entityId: entry.id as string });
      expect(history.map((h) => h.action)).toEqual(['delete', 'create']);
      await connection.close();
    });
  });

  describe('history', () => {
    it('is a hash chain that verifies, and names the first entry someone rewrote', async () => {
      const { connection } = await smallRegisterOn(backend.create);
      const verdict = await verifyHistory(connection.db);
      expect(verdict.intact).toBe(true);
      // The register's facts (written when it was made), the organisation, processor, rule and activity.
      expect(verdict.entries).toBe(5);
      await tamperHistory(connection.db, 'relabel', 2);
      const broken = await verifyHistory(connection.db);
      expect(broken.intact).toBe(false);
      expect(broken.firstBroken).toMatchObject({ seq: 2, reason: 'hash', label: 'rewritten' });
      await connection.close();
    });

    it('notices a deleted entry', async () => {
      const { connection } = await smallRegisterOn(backend.create);
      await tamperHistory(connection.db, 'delete', 3);
      const verdict = await verifyHistory(connection.db);
      expect(verdict.intact).toBe(false);
      expect(verdict.firstBroken?.seq).toBe(4);
      await connection.close();
    });
  });
});
