import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRegister, serialiseRegister } from '../../../main/services/json-exchange.ts';
import { rebuildRegisterAsOf, rebuildRegistersAsOf, registerFingerprint } from '../../../main/services/versions/as-of.ts';
import { applyRegisterDiff, diffRegisterBetween } from '../../../main/services/versions/register-diff.ts';
import type { RegisterDocument } from '../../../shared/domain/register.ts';
import { useBackends } from '../../helpers/backends.ts';
import { steppingClock } from '../../helpers/temp.ts';
import { runStep, stepArbitrary } from './register-steps.ts';

interface Snapshot {
  seq: number;
  at: string | null;
  document: RegisterDocument;
}

/** On a `.ropa` file and on a team register (PostgreSQL): the chain is read and checked the same way on both. */
const backends = useBackends();

describe.each(backends)('the register as of any moment on $name (property)', (backend) => {
  it('rebuilt as of each step equals what was exported then; diff(t1, t2) applied to state(t1) gives state(t2)', async () => {
    // Which kinds of step the runs actually wrote (a refused step writes nothing).
    const written = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 18 }), fc.nat(), fc.nat(), async (steps, first, second) => {
        const ctx = { now: steppingClock('2026-03-01T08:00:00.000Z') };
        const connection = await backend.create({ now: ctx.now, title: 'Reģistrs' });
        const db = connection.db;
        try {
          const head = async () => db.selectFrom('history').select(['seq', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
          // The new register as made: its facts are its first entry (main/db/register-meta.ts).
          const snapshots: Snapshot[] = [{ seq: (await head())?.seq ?? 0, at: null, document: await exportRegister(db) }];
          for (const step of steps) {
            if (!(await runStep(db, step, ctx, 'Ilze Ozola'))) continue;
            const kind = 'action' in step ? `${step.op}:${step.action}` : step.op;
            written.set(kind, (written.get(kind) ?? 0) + 1);
            const last = await head();
            snapshots.push({ seq: last?.seq ?? 0, at: last?.at ?? null, document: await exportRegister(db) });
          }
          for (const snapshot of snapshots) {
            const bySeq = await rebuildRegisterAsOf(db, { seq: snapshot.seq });
            // Exactly: the same export text, key order included.
            expect(serialiseRegister(bySeq.document)).toBe(serialiseRegister(snapshot.document));
            expect(bySeq.fingerprint).toBe(registerFingerprint(snapshot.document));
            if (snapshot.at) expect((await rebuildRegisterAsOf(db, snapshot.at)).document).toEqual(snapshot.document);
          }
          const a = snapshots[first % snapshots.length] as Snapshot;
          const b = snapshots[second % snapshots.length] as Snapshot;
          const diff = await diffRegisterBetween(db, { seq: a.seq }, { seq: b.seq });
          expect(applyRegisterDiff(a.document, diff.changes)).toEqual(b.document);
          const [fromState] = await rebuildRegistersAsOf(db, [{ seq: a.seq }]);
          expect(registerFingerprint(applyRegisterDiff(fromState!.document, diff.changes))).toBe(registerFingerprint(b.document));
        } finally {
          await connection.close();
        }
      }),
      { numRuns: 40 },
    );
    const kinds = ['organisation', 'processor', 'rule', 'activity', 'catalogue'].flatMap((op) => ['create', 'update', 'delete'].map((a) => `${op}:${a}`));
    for (const kind of [...kinds, 'title', 'restore']) expect(written.get(kind) ?? 0, kind).toBeGreaterThan(0);
  }, 400_000);
});
