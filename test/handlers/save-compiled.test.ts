/**
 * A save runs its queries (the link rows' deletes, the activity's update, the
 * number and reference checks, the list columns' facts, the history's head)
 * compiled once per connection and reused by every later save, each in its
 * own transaction (main/db/compiled-queries.ts, issue 19). Each save must
 * still write its own activity with its own values and refuse its own bad
 * input: saves of different activities one after another, with lists of
 * the same lengths (the same compiled query), each end as saved, and the
 * history chain verifies.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/domain/activity.ts';
import { listColumns, listFacts } from '../../main/db/repositories/activity-repository.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { invoke, testAppOn, value } from '../helpers/app.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

describe('saves one after another through compiled queries', () => {
  it('each save writes its own activity, refuses its own bad input, and the history verifies', async () => {
    const now = steppingClock();
    const app = await testAppOn(await demoRegisterFile(join(tempDir(), 'saves.ropa')), now);
    const db = app.requireSession().db;
    try {
      const summaries = await value(app, 'activities:list', {});
      const [first, second] = await Promise.all(summaries.slice(0, 2).map((s) => value(app, 'activities:get', { id: s.id })));
      const bases = await db.selectFrom('legal_basis').select(['id', 'gdpr_point']).orderBy('gdpr_point').execute();
      const basisOf = (point: string) => bases.find((b) => b.gdpr_point === point)!.id;
      const withBasis = (activity: Activity, point: string, notes: string): Activity => ({
        ...activity,
        legalBasisIds: [basisOf(point)],
        purposes: activity.purposes.map((p) => ({ ...p, legalBasisIds: [] })),
        notes,
      });

      // The first save compiles; the second (another activity, lists of the same lengths) reuses what it compiled.
      const savedFirst = await value(app, 'activities:save', withBasis(first!, 'f', 'pirmā'));
      const savedSecond = await value(app, 'activities:save', withBasis(second!, 'c', 'otrā'));
      expect(await value(app, 'activities:get', { id: first!.id })).toEqual(savedFirst);
      expect(await value(app, 'activities:get', { id: second!.id })).toEqual(savedSecond);
      expect(savedSecond.legalBasisIds).toEqual([basisOf('c')]);
      expect(savedSecond.dataCategories).toEqual(second!.dataCategories);
      expect(savedFirst.dataCategories).toEqual(first!.dataCategories);

      // The list columns follow each activity's own links (compared with the facts read without compiled queries).
      const facts = await listFacts(db);
      const rows = await db.selectFrom('activity').select(['id', 'list_legal_bases', 'list_special', 'list_criminal', 'list_transfer_countries']).where('id', 'in', [first!.id, second!.id]).execute();
      for (const saved of [savedFirst, savedSecond]) {
        const { id: _id, ...stored } = rows.find((row) => row.id === saved.id)!;
        expect(stored).toEqual(listColumns(saved, facts));
      }
      expect((await value(app, 'activities:list', {})).find((s) => s.id === second!.id)?.legalBasisPoints).toEqual(['c']);

      // Bad input after good: each refusal names its own field and leaves the register unchanged.
      const head = await db.selectFrom('history').select(({ fn }) => fn.max('seq').as('seq')).executeTakeFirstOrThrow();
      const missing = await invoke(app, 'activities:save', { ...withBasis(savedSecond, 'e', 'x'), legalBasisIds: [randomUUID()] });
      expect(missing.ok ? null : missing.error.code).toBe('UNKNOWN_REFERENCE');
      const taken = await invoke(app, 'activities:save', { ...savedSecond, number: savedFirst.number });
      expect(taken.ok ? null : taken.error.code).toBe('DUPLICATE_NUMBER');
      const stale = await invoke(app, 'activities:save', { ...savedSecond, revision: savedSecond.revision - 1 });
      expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
      expect(await value(app, 'activities:get', { id: second!.id })).toEqual(savedSecond);
      expect(await db.selectFrom('history').select(({ fn }) => fn.max('seq').as('seq')).executeTakeFirstOrThrow()).toEqual(head);

      // Each history entry holds its own activity before and after, and the chain verifies.
      const [entry] = await value(app, 'history:list', { entityType: 'activity', entityId: second!.id, limit: 1 });
      expect(entry?.before).toEqual(second);
      expect(entry?.after).toEqual(savedSecond);
      expect((await value(app, 'history:verify', {})).intact).toBe(true);
    } finally {
      await app.requireSession().close();
    }
  });
});
