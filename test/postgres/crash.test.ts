/**
 * A writer killed with SIGKILL in the middle of its transaction: nothing it
 * wrote is there, the chain is intact, and the register's lock is free (the
 * next writer saves at once).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createPostgresRegister, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { listOrganisations, saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { usePostgres } from '../helpers/postgres.ts';

const server = usePostgres();
const WRITER = fileURLToPath(new URL('./fixtures/slow-writer.ts', import.meta.url));

/** Starts the writer and resolves once it is inside its transaction, with some rows written. */
function startWriter(target: PostgresTarget): Promise<ReturnType<typeof spawn>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER], { env: { ...process.env, ROPA_TEST_TARGET: JSON.stringify(target) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('writing')) setTimeout(() => resolve(child), 300);
    });
    child.once('exit', (code) => reject(new Error(`the writer ended before it was killed (${code}): ${errors}`)));
  });
}

describe('a team register writer killed mid-transaction', () => {
  it('leaves nothing half-written, the chain intact and the register free for the next writer', async () => {
    const { host, port, user, password, database } = server();
    const target: PostgresTarget = { host, port, user, password, database, register: 'avarija' };
    const ctx = { now: () => new Date() };
    const register = await createPostgresRegister(target, ctx);
    await register.db.transaction().execute((trx) => saveOrganisation(trx, emptyOrganisation('SIA Pirms'), ctx));
    const before = await verifyHistory(register.db);

    const writer = await startWriter(target);
    // It is inside its transaction: it holds the register's lock, with rows written and not committed.
    const held = await sql<{ n: number }>`select count(*) as n from pg_locks where locktype = 'advisory' and granted`.execute(register.db);
    expect(held.rows[0]?.n).toBe(1);
    writer.removeAllListeners('exit');
    const exited = new Promise((resolve) => writer.once('exit', (_code, signal) => resolve(signal)));
    writer.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect((await listOrganisations(register.db)).map((organisation) => organisation.name)).toEqual(['SIA Pirms']);
    expect(await verifyHistory(register.db)).toEqual(before);
    const started = Date.now();
    await register.db.transaction().execute((trx) => saveOrganisation(trx, emptyOrganisation('SIA Pēc'), ctx));
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await verifyHistory(register.db);
    expect(after.intact).toBe(true);
    expect(after.entries).toBe(before.entries + 1);
    await register.close();
  });
});
