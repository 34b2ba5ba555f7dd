import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../../main/db/connection.ts';
import { exportRegister, serialiseRegister } from '../../../main/services/json-exchange.ts';
import { rebuildRegisterAsOf, rebuildRegistersAsOf, type MomentQuery, type RegisterAsOf } from '../../../main/services/versions/as-of.ts';
import { steppingClock, tempDir } from '../../helpers/temp.ts';
import { runStep, stepArbitrary } from './register-steps.ts';

const asText = (state: RegisterAsOf) => ({ text: serialiseRegister(state.document), moment: state.moment, fingerprint: state.fingerprint });

describe('the rebuild from checkpoints (property)', () => {
  it('gives exactly what checking and replaying the whole history gives, at every step and at random times', async () => {
    let checkpointed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(stepArbitrary, fc.boolean()), { minLength: 1, maxLength: 16 }),
        fc.array(fc.integer({ min: -90_000, max: 30 * 60_000 }), { maxLength: 4 }),
        async (steps, offsets) => {
          const ctx = { now: steppingClock('2026-03-01T08:00:00.000Z') };
          const connection = await createRegisterFile(join(tempDir(), 'r.ropa'), { now: ctx.now, title: 'Reģistrs' });
          const { db, sqlite } = connection;
          try {
            // The new register as made: its facts are its first entry (main/db/register-meta.ts).
            const made = sqlite.prepare('SELECT coalesce(max(seq), 0) FROM history').pluck().get() as number;
            const exported: Array<{ seq: number; text: string }> = [{ seq: made, text: serialiseRegister(await exportRegister(db)) }];
            for (const [step, check] of steps) {
              await runStep(db, step, ctx, 'Ilze Ozola');
              // A rebuild now checks the chain to the head and records it as a checkpoint.
              if (check) await rebuildRegisterAsOf(db, { seq: Number.MAX_SAFE_INTEGER });
              const seq = sqlite.prepare('SELECT coalesce(max(seq), 0) FROM history').pluck().get() as number;
              exported.push({ seq, text: serialiseRegister(await exportRegister(db)) });
            }
            const checkpoints = sqlite.prepare('SELECT count(*) FROM history_checkpoint').pluck().get() as number;
            if (checkpoints > 0) checkpointed += 1;
            const start = Date.parse('2026-03-01T08:00:00.000Z');
            const moments: MomentQuery[] = [
              ...exported.map(({ seq }) => ({ seq })),
              ...offsets.map((offset) => new Date(start + offset).toISOString()),
              { seq: Number.MAX_SAFE_INTEGER },
            ];
            const fromCheckpoints: ReturnType<typeof asText>[] = [];
            for (const moment of moments) fromCheckpoints.push(asText(await rebuildRegisterAsOf(db, moment)));
            // The same moments with no checkpoint: the whole chain checked, every state from the first entry.
            sqlite.prepare('DELETE FROM history_checkpoint').run();
            const whole = (await rebuildRegistersAsOf(db, moments)).map(asText);
            expect(fromCheckpoints).toEqual(whole);
            exported.forEach(({ text }, index) => expect(fromCheckpoints[index]!.text).toBe(text));
            // A time gives the register after the last change written by then: what was exported after that step.
            for (const state of fromCheckpoints.slice(exported.length, exported.length + offsets.length)) {
              const then = exported.findLast(({ seq }) => seq === state.moment.seq);
              if (then) expect(state.text).toBe(then.text);
            }
          } finally {
            await connection.close();
          }
        },
      ),
      { numRuns: 40 },
    );
    // The runs did rebuild from checkpoints, not only from the first entry.
    expect(checkpointed).toBeGreaterThan(10);
  }, 240_000);
});
