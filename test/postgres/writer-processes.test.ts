/**
 * Concurrency over time with several processes (issue 20): four writer
 * processes, each one person's app on the same team register through the
 * app's own session (test/postgres/fixtures/session-writer.ts), save for
 * ten seconds: each its own activity, and three activities they all save.
 * Every save names the revision its load read and writes a marker of its own.
 *
 * Afterwards, read from the register itself:
 * - every save the app acknowledged is there: its revision stepped the
 *   record by one, its marker is in the history with the revision it read
 *   and the one it made, under its writer's name,
 *   and the newest acknowledged save is the record's content;
 * - every CONFLICT was a save whose revision someone else's acknowledged
 *   save had moved on, and nothing of it was written (no lost update);
 * - the history verifies as one chain: consecutive seqs, each entry linked
 *   to the one before, no two entries on the same predecessor (no fork).
 *
 * PostgreSQL only: a `.ropa` file has one writer process at a time by its
 * file lock (a second app opens it read-only); test/handlers/two-writers
 * covers a file's stale saves.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPostgresRegister, openPostgresRegister, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { historySeq, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { teamAddress } from '../../main/services/team-session.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { usePostgres } from '../helpers/postgres.ts';
import type { Attempt, WriterReport, WriterSetup } from './fixtures/session-writer.ts';

const server = usePostgres();
const WRITER = fileURLToPath(new URL('./fixtures/session-writer.ts', import.meta.url));
const WRITERS = 4;
const SECONDS = 10;

/** Starts a writer; resolves when it has opened the register, with the promise of its report. */
function startWriter(setup: WriterSetup): Promise<{ go(until: number): void; report: Promise<WriterReport> }> {
  const child = fork(WRITER, [], { env: { ...process.env, ROPA_WRITER: JSON.stringify(setup) }, execArgv: [], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const report = new Promise<WriterReport>((resolve, reject) => {
    child.on('message', (message) => typeof message === 'object' && resolve(message as WriterReport));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`writer ${setup.index} exited ${code}: ${errors}`))));
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => (message === 'ready' ? resolve({ go: (until) => child.send({ go: until }), report }) : undefined));
    report.catch(reject);
  });
}

describe('four writer processes on one team register for ten seconds', () => {
  it('keep every acknowledged save, refuse every stale one with nothing written, and leave one unforked chain', async () => {
    const { host, port, user, password, database } = server();
    const target: PostgresTarget = { host, port, user, password, database, register: 'rakstitaji' };
    const ctx = { now: () => new Date() };
    const ids: string[] = [];
    const made = await createPostgresRegister(target, {
      now: ctx.now,
      title: 'SIA Kopīgā',
      initialise: async (trx) => {
        const organisation = await saveOrganisation(trx, emptyOrganisation('SIA Kopīgā'), ctx);
        for (let index = 0; index < 3 + WRITERS; index += 1) {
          const input = ActivityInput.parse({ ...emptyActivity(organisation.id, '2026-12-05'), number: `PD-${index + 1}`, name: `Darbība ${index + 1}` });
          ids.push((await saveActivity(trx, input, ctx)).id);
        }
      },
    });
    const baseline = await historySeq(made.db);
    const initial = new Map((await made.db.selectFrom('activity').select(['id', 'revision']).execute()).map((row) => [row.id, Number(row.revision)]));
    await made.close();

    const shared = ids.slice(0, 3);
    const address = teamAddress(target);
    const writers = await Promise.all(Array.from({ length: WRITERS }, (_, index) => startWriter({ address, password, index, own: ids[3 + index] as string, shared })));
    const until = Date.now() + SECONDS * 1000;
    for (const writer of writers) writer.go(until);
    const reports = await Promise.all(writers.map((writer) => writer.report));

    expect(reports.flatMap((report) => report.unexpected)).toEqual([]);
    const attempts = reports.flatMap((report) => report.attempts.map((attempt) => ({ ...attempt, author: report.author })));
    const saved = attempts.filter((attempt) => attempt.outcome === 'saved');
    const refused = attempts.filter((attempt) => attempt.outcome === 'conflict');
    // Every writer got saves through, and the shared activities were contended.
    for (const report of reports) expect(report.attempts.filter((attempt) => attempt.outcome === 'saved').length).toBeGreaterThan(3);
    expect(refused.length).toBeGreaterThan(0);

    const check = await openPostgresRegister(target, { readOnly: true });
    try {
      const rows = await check.db.selectFrom('activity').select(['id', 'revision', 'notes']).execute();
      for (const id of ids) {
        const acknowledged = saved.filter((attempt) => attempt.id === id).sort((a, b) => a.readRevision - b.readRevision);
        const start = initial.get(id) as number;
        // Each acknowledged save moved the record one revision on from the one it read; no two from the same one.
        expect(acknowledged.map((attempt) => [attempt.readRevision, attempt.savedRevision])).toEqual(acknowledged.map((_, step) => [start + step, start + step + 1]));
        const row = rows.find((candidate) => candidate.id === id);
        expect(Number(row?.revision)).toBe(start + acknowledged.length);
        expect(row?.notes).toBe(acknowledged.at(-1)?.marker ?? '');
      }
      // Every refused save read a revision someone else's acknowledged save had moved on.
      for (const conflict of refused) expect(saved.some((attempt) => attempt.id === conflict.id && attempt.readRevision === conflict.readRevision)).toBe(true);

      // The history holds every acknowledged save under its writer's name, and nothing of a refused one.
      const updates = await check.db.selectFrom('history').select(['before_json', 'after_json', 'author']).where('entity_type', '=', 'activity').where('action', '=', 'update').execute();
      // Each entry: the marker written, the revision it was read at and the one it made, and who.
      const written = updates.map((entry) => {
        const before = JSON.parse(entry.before_json ?? '{}') as { revision?: number };
        const after = JSON.parse(entry.after_json ?? '{}') as { notes?: string; revision?: number };
        return `${after.notes} ${before.revision}→${after.revision} ${entry.author}`;
      });
      expect(written.sort()).toEqual(saved.map((attempt: Attempt & { author: string }) => `${attempt.marker} ${attempt.readRevision}→${attempt.savedRevision} ${attempt.author}`).sort());

      const chain = await verifyHistory(check.db);
      expect(chain.intact).toBe(true);
      expect(chain.entries).toBe(baseline + saved.length);
      const links = await check.db.selectFrom('history').select(['seq', 'prev_hash']).orderBy('seq').execute();
      expect(links.map((link) => Number(link.seq))).toEqual(links.map((_, index) => index + 1));
      expect(new Set(links.map((link) => link.prev_hash)).size).toBe(links.length);
    } finally {
      await check.close();
    }
  }, 90_000);
});
