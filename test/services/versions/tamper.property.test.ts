import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../../main/db/connection.ts';
import { AppError } from '../../../main/errors.ts';
import { rebuildRegisterAsOf } from '../../../main/services/versions/as-of.ts';
import { steppingClock, tempDir } from '../../helpers/temp.ts';
import { runStep, stepArbitrary } from './register-steps.ts';

/** A change to one column of a stored entry that leaves it a valid row. */
const TAMPERS: Record<string, string> = {
  at: "at = replace(at, '2026', '2025')",
  author: "author = coalesce(author || 'x', 'Kāds')",
  entity_type: "entity_type = entity_type || 'x'",
  entity_id: "entity_id = entity_id || 'x'",
  action: "action = CASE action WHEN 'update' THEN 'create' ELSE 'update' END",
  label: "label = label || ' '",
  before_json: "before_json = CASE WHEN before_json IS NULL THEN '{}' ELSE replace(before_json, '}', ',\"x\":1}') END",
  after_json: "after_json = CASE WHEN after_json IS NULL THEN '{}' ELSE replace(after_json, '}', ',\"x\":1}') END",
  prev_hash: "prev_hash = replace(prev_hash, substr(prev_hash, 1, 1), CASE substr(prev_hash, 1, 1) WHEN 'a' THEN 'b' ELSE 'a' END)",
  hash: "hash = replace(hash, substr(hash, 1, 1), CASE substr(hash, 1, 1) WHEN 'a' THEN 'b' ELSE 'a' END)",
};

describe('a tampered history (property)', () => {
  it('any change to any column of any entry makes the rebuild refuse, naming that entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 2, maxLength: 10 }), fc.nat(), fc.constantFrom(...Object.keys(TAMPERS)), fc.nat(), async (steps, pick, column, moment) => {
        const ctx = { now: steppingClock('2026-03-01T08:00:00.000Z') };
        const connection = await createRegisterFile(join(tempDir(), 'r.ropa'), { now: ctx.now, title: 'Reģistrs' });
        try {
          for (const step of steps) await runStep(connection.db, step, ctx, pick % 2 ? 'Ilze Ozola' : undefined);
          const entries = connection.sqlite.prepare('SELECT count(*) FROM history').pluck().get() as number;
          if (entries === 0) return;
          const seq = 1 + (pick % entries);
          connection.sqlite.prepare(`UPDATE history SET ${TAMPERS[column]} WHERE seq = ?`).run(seq);
          // Whatever moment is asked for: the whole chain vouches for every state.
          const error = await rebuildRegisterAsOf(connection.db, { seq: moment % (entries + 1) }).catch((e: unknown) => e);
          expect(error, `${column} of entry ${seq}`).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('HISTORY_BROKEN');
          expect((error as AppError).params.seq).toBe(seq);
        } finally {
          await connection.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});
