import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile, type RegisterConnection } from '../../../main/db/connection.ts';
import { storedEntryHash, verifyHistory } from '../../../main/db/repositories/history-repository.ts';
import { AppError } from '../../../main/errors.ts';
import { exportRegister, serialiseRegister } from '../../../main/services/json-exchange.ts';
import { rebuildRegisterAsOf } from '../../../main/services/versions/as-of.ts';
import { steppingClock, tempDir } from '../../helpers/temp.ts';
import { runStep, type Step } from './register-steps.ts';

const HEAD = { seq: Number.MAX_SAFE_INTEGER };

interface Entry {
  seq: number;
  entity_type: string;
  entity_id: string;
  action: string;
}

interface Checked {
  connection: RegisterConnection;
  /** The checkpoint the first rebuild recorded (the head then). */
  checkpoint: number;
  entries: Entry[];
  /** The register exported at the checkpoint. */
  atCheckpoint: string;
}

const update = (text: string): Step => ({ op: 'activity', action: 'update', pick: 0, text, link: 1 });

/** An organisation and an activity changed three times, checked by a rebuild; then two more changes. */
async function checkedRegister(): Promise<Checked> {
  const ctx = { now: steppingClock('2026-03-01T08:00:00.000Z') };
  const connection = await createRegisterFile(join(tempDir(), 'r.ropa'), { now: ctx.now, title: 'Reģistrs' });
  const steps: Step[] = [{ op: 'organisation', action: 'create', pick: 0, text: 'SIA Ābols' }, { op: 'activity', action: 'create', pick: 0, text: 'Algas', link: 1 }, update('Algas 2'), update('Algas 3')];
  for (const step of steps) expect(await runStep(connection.db, step, ctx)).toBe(true);
  await rebuildRegisterAsOf(connection.db, HEAD);
  const atCheckpoint = serialiseRegister(await exportRegister(connection.db));
  for (const step of [update('Algas 4'), update('Algas 5')]) expect(await runStep(connection.db, step, ctx)).toBe(true);
  const checkpoint = connection.sqlite.prepare('SELECT max(seq) FROM history_checkpoint').pluck().get() as number;
  const entries = connection.sqlite.prepare('SELECT seq, entity_type, entity_id, action FROM history ORDER BY seq').all() as Entry[];
  return { connection, checkpoint, entries, atCheckpoint };
}

const tamper = (connection: RegisterConnection, seq: number) =>
  connection.sqlite.prepare(`UPDATE history SET after_json = replace(after_json, '}', ',"x":1}') WHERE seq = ?`).run(seq);
const untamper = (connection: RegisterConnection, seq: number) =>
  connection.sqlite.prepare(`UPDATE history SET after_json = replace(after_json, ',"x":1}', '}') WHERE seq = ?`).run(seq);

async function refusal(connection: RegisterConnection, moment: { seq: number }): Promise<AppError> {
  const error = await rebuildRegisterAsOf(connection.db, moment).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('HISTORY_BROKEN');
  return error as AppError;
}

/** The activity's updates, oldest first. */
const activityUpdates = (entries: Entry[]) => entries.filter((e) => e.entity_type === 'activity' && e.action === 'update').map((e) => e.seq);

describe('checkpoints of the history check', () => {
  it('a rebuild records the head it checked; a later one checks only what came after, and the entries it shows', async () => {
    const { connection, checkpoint, entries } = await checkedRegister();
    try {
      expect(checkpoint).toBeGreaterThan(0);
      const updates = activityUpdates(entries);
      const [superseded, shownAtCheckpoint, afterCheckpoint] = [updates[0]!, updates[1]!, updates.at(-1)!];
      expect(superseded).toBeLessThan(shownAtCheckpoint);
      expect(shownAtCheckpoint).toBeLessThanOrEqual(checkpoint);
      expect(afterCheckpoint).toBeGreaterThan(checkpoint);

      // An entry after the checkpoint: every rebuild refuses, whatever moment it is asked for.
      tamper(connection, afterCheckpoint);
      expect((await refusal(connection, { seq: 1 })).params.seq).toBe(afterCheckpoint);
      untamper(connection, afterCheckpoint);

      // An entry before the checkpoint whose text the state shows: refused, named.
      tamper(connection, shownAtCheckpoint);
      expect((await refusal(connection, { seq: checkpoint })).params.seq).toBe(shownAtCheckpoint);
      untamper(connection, shownAtCheckpoint);

      // An entry before the checkpoint that a state no longer shows: the checkpoint vouches for it until
      // `ropa verify` recomputes the chain; a rebuild of a moment that shows it refuses.
      tamper(connection, superseded);
      await expect(rebuildRegisterAsOf(connection.db, HEAD)).resolves.toBeDefined();
      expect((await refusal(connection, { seq: superseded })).params.seq).toBe(superseded);
      expect((await verifyHistory(connection.db)).firstBroken).toMatchObject({ seq: superseded, reason: 'hash' });
    } finally {
      await connection.close();
    }
  });

  it('a forged checkpoint is named by verify, and the rebuild does not trust it', async () => {
    const { connection, checkpoint, atCheckpoint } = await checkedRegister();
    try {
      const forged = createHash('sha256').update('forged').digest('hex');
      connection.sqlite.prepare('UPDATE history_checkpoint SET hash = ? WHERE seq = ?').run(forged, checkpoint);
      expect((await verifyHistory(connection.db)).firstBroken).toMatchObject({ seq: checkpoint, reason: 'checkpoint' });
      // Not trusted: the whole chain is checked again, and the state is the true one.
      tamper(connection, 1);
      expect((await refusal(connection, HEAD)).params.seq).toBe(1);
      untamper(connection, 1);
      expect(serialiseRegister((await rebuildRegisterAsOf(connection.db, { seq: checkpoint })).document)).toBe(atCheckpoint);
    } finally {
      await connection.close();
    }
  });

  it('a history rewritten and re-hashed after a check breaks at the checkpoint in verify', async () => {
    const { connection, checkpoint, entries } = await checkedRegister();
    try {
      const first = activityUpdates(entries)[0]!;
      connection.sqlite.prepare(`UPDATE history SET after_json = replace(after_json, 'Algas 2', 'Citas') WHERE seq = ?`).run(first);
      // Re-hash every entry from the altered one on, so that every link and hash agrees again.
      type Row = { seq: number; at: string; author: string | null; entity_type: string; entity_id: string; action: string; label: string; before_json: string | null; after_json: string | null };
      let prevHash = connection.sqlite.prepare('SELECT hash FROM history WHERE seq = ?').pluck().get(first - 1) as string;
      for (const row of connection.sqlite.prepare('SELECT * FROM history WHERE seq >= ? ORDER BY seq').all(first) as Row[]) {
        const fields = { seq: row.seq, at: row.at, author: row.author, entityType: row.entity_type, entityId: row.entity_id, action: row.action, label: row.label };
        const hash = storedEntryHash(prevHash, fields, row.before_json, row.after_json);
        connection.sqlite.prepare('UPDATE history SET prev_hash = ?, hash = ? WHERE seq = ?').run(prevHash, hash, row.seq);
        prevHash = hash;
      }
      expect((await verifyHistory(connection.db)).firstBroken).toMatchObject({ seq: checkpoint, reason: 'checkpoint' });
    } finally {
      await connection.close();
    }
  });

  it('a history cut short after a check (its newest entries removed) is named by verify at the checkpoint', async () => {
    const { connection, checkpoint } = await checkedRegister();
    try {
      await rebuildRegisterAsOf(connection.db, HEAD);
      const head = connection.sqlite.prepare('SELECT max(seq) FROM history_checkpoint').pluck().get() as number;
      expect(head).toBeGreaterThan(checkpoint);
      // What a chain alone cannot show: the entries left still link and hash correctly.
      connection.sqlite.prepare('DELETE FROM history WHERE seq > ?').run(checkpoint);
      expect((await verifyHistory(connection.db)).firstBroken).toMatchObject({ seq: head, reason: 'checkpoint' });
    } finally {
      await connection.close();
    }
  });
});
