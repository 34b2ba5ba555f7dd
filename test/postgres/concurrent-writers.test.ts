/**
 * Several clients writing one team register at once (each its own
 * connection pool, as separate machines would be): every acknowledged save
 * is there, every save that named a revision someone else had moved on was
 * refused with CONFLICT (no lost update), and the history is one chain that
 * verifies, one entry per acknowledged save.
 */
import { describe, expect, it } from 'vitest';
import { createPostgresRegister, openPostgresRegister, type PostgresRegister, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { historyHead, listHistory, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { getOrganisation, listOrganisations, saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { AppError } from '../../main/errors.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { usePostgres } from '../helpers/postgres.ts';

const server = usePostgres();
const CLIENTS = 4;
const ROUNDS = 6;

describe('several writers on one team register', () => {
  it('keep every acknowledged save, refuse every stale one, and append to one unforked chain', async () => {
    const { host, port, user, password, database } = server();
    const target: PostgresTarget = { host, port, user, password, database, register: 'kopejs' };
    const ctx = { now: () => new Date() };
    const made = await createPostgresRegister(target, ctx);
    const shared = await made.db.transaction().execute((trx) => saveOrganisation(trx, emptyOrganisation('SIA Kopīgā'), ctx));
    const baseline = (await historyHead(made.db)).seq;
    await made.close();

    const clients: PostgresRegister[] = [];
    for (let index = 0; index < CLIENTS; index += 1) clients.push(await openPostgresRegister(target));
    try {
      await writeAtOnce(clients, shared.id, baseline, ctx);
    } finally {
      for (const client of clients) await client.close();
    }
  });
});

async function writeAtOnce(clients: PostgresRegister[], sharedId: string, baseline: number, ctx: { now: () => Date }): Promise<void> {
    const acknowledged: string[] = [];
    let sharedSaves = 0;
    let conflicts = 0;
    const unexpected: unknown[] = [];
    await Promise.all(
      clients.map(async (client, index) => {
        for (let round = 0; round < ROUNDS; round += 1) {
          // Its own record: always saved.
          const own = await client.db.transaction().execute((trx) => saveOrganisation(trx, emptyOrganisation(`SIA Klients ${index}-${round}`), ctx));
          acknowledged.push(own.id);
          // The shared record, saved with the revision this client read: one client per revision wins.
          const read = await getOrganisation(client.db, sharedId);
          try {
            await client.db.transaction().execute((trx) => saveOrganisation(trx, { ...read, notes: `${index}-${round}`, revision: read.revision }, ctx));
            sharedSaves += 1;
          } catch (error) {
            if (error instanceof AppError && error.code === 'CONFLICT') conflicts += 1;
            else unexpected.push(error);
          }
        }
      }),
    );
    const check = clients[0] as PostgresRegister;
    expect(unexpected).toEqual([]);
    const names = (await listOrganisations(check.db)).map((organisation) => organisation.id);
    for (const id of acknowledged) expect(names).toContain(id);
    expect(sharedSaves + conflicts).toBe(CLIENTS * ROUNDS);
    // No lost update: the shared record moved once per acknowledged save.
    expect((await getOrganisation(check.db, sharedId)).revision).toBe(1 + sharedSaves);
    const verdict = await verifyHistory(check.db);
    expect(verdict.intact).toBe(true);
    expect(verdict.entries).toBe(baseline + acknowledged.length + sharedSaves);
    const sharedHistory = await listHistory(check.db, { entityId: sharedId, limit: 500 });
    expect(sharedHistory.filter((entry) => entry.action === 'update')).toHaveLength(sharedSaves);
}
