// `node scripts/bench/history-generator.ts SIZE ENTRIES OUT.ropa`
//
// A register of SIZE activities whose history holds ENTRIES entries spread
// over a year: the generated register (register-generator.ts) imported on
// 21.11.2026, then activity updates, a hundred to a moment, until the
// history is ENTRIES long, the last on 21.11.2027. The updates are written
// as the repositories write them (chained, hashed, canonical before/after),
// in big batches: through the editor's save path 100,000 changes would take
// longer than the measurement. The activity rows are then set to each
// activity's last `after`, so the register is what its history says (the
// as-of rebuild of the head must equal it: checked before the file is kept).
import Database from 'better-sqlite3';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegisterFile } from '../../main/db/connection.ts';
import { loadActivities } from '../../main/db/repositories/activity-repository.ts';
import { appendHistoryBatch, historySeq, type Change } from '../../main/db/repositories/history-repository.ts';
import { serialiseRegister } from '../../main/services/json-exchange.ts';
import { currentRegister, rebuildRegisterAsOf } from '../../main/services/versions/as-of.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { writeGeneratedRegister } from './register-generator.ts';

export const HISTORY_START = Date.parse('2026-11-22T08:00:00.000Z');
const YEAR_MS = 365 * 86_400_000;
const PER_MOMENT = 100;

export async function writeHistoryRegister(size: number, entries: number, out: string): Promise<void> {
  const made = await writeGeneratedRegister(mkdtempSync(join(tmpdir(), 'ropa-bench-history-')), size, { edits: 0 });
  const connection = await openRegisterFile(made);
  const db = connection.db;
  const activities = new Map((await loadActivities(db)).map((activity) => [activity.id, activity]));
  const ids = [...activities.keys()];
  const updates = Math.max(0, entries - (await historySeq(db)));
  const moments = Math.ceil(updates / PER_MOMENT);
  let written = 0;
  await db.transaction().execute(async (trx) => {
    for (let moment = 0; moment < moments; moment += 1) {
      const at = new Date(HISTORY_START + Math.floor((moment * YEAR_MS) / Math.max(1, moments))).toISOString();
      const changes: Change[] = [];
      for (let n = 0; n < PER_MOMENT && written < updates; n += 1, written += 1) {
        const id = ids[(written * 7919) % ids.length] as string;
        const before = activities.get(id) as Activity;
        const after: Activity = { ...before, notes: `Pārskatīts ${at.slice(0, 10)} (${written}).`, revision: before.revision + 1, updatedAt: at };
        activities.set(id, after);
        changes.push({ entityType: 'activity', entityId: id, action: 'update', label: `${after.number} ${after.name}`, before, after });
      }
      await appendHistoryBatch(trx, changes, at);
    }
  });
  const raw = new Database(made);
  const update = raw.prepare('UPDATE activity SET notes = ?, revision = ?, updated_at = ? WHERE id = ?');
  raw.transaction(() => {
    for (const activity of activities.values()) update.run(activity.notes, activity.revision, activity.updatedAt, activity.id);
  })();
  raw.close();
  const rebuilt = await rebuildRegisterAsOf(db, { seq: Number.MAX_SAFE_INTEGER });
  const current = await currentRegister(db);
  await connection.close();
  if (serialiseRegister(rebuilt.document) !== serialiseRegister(current.document)) throw new Error('the generated history does not rebuild the register');
  renameSync(made, out);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  await writeHistoryRegister(Number(process.argv[2]), Number(process.argv[3]), process.argv[4] as string);
}
