/**
 * The register's own facts (the `meta` table: id, title, creation time,
 * adequacy-list date) and their history.
 *
 * A register starts with its facts recorded: `writeNewRegisterMeta` writes
 * the meta rows and the register's first history entry (entity `register`,
 * action `create`, `after` = the facts as `readRegisterInfo` gives them) in
 * the creating transaction, so `ropa verify` can name a fact changed outside
 * the app from the first moment on (verify-own-records.ts). Every later
 * change to the facts goes through `changeRegisterInfo`, with its entry.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RegisterInfo } from '../../shared/domain/register.ts';
import { appendHistory } from './repositories/history-repository.ts';
import type { DB } from './schema.ts';

export async function readMeta(db: Kysely<DB>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('meta').select(['key', 'value']).execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

export async function readRegisterInfo(db: Kysely<DB>): Promise<RegisterInfo> {
  const meta = await readMeta(db);
  return {
    registerId: meta.get('register_id') ?? '',
    title: meta.get('title') ?? '',
    createdAt: meta.get('created_at') ?? '',
    adequacyListCheckedOn: meta.get('adequacy_list_checked_on') || null,
  };
}

async function put(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function writeRegisterInfo(db: Kysely<DB>, info: RegisterInfo): Promise<void> {
  await put(db, 'register_id', info.registerId);
  await put(db, 'title', info.title);
  await put(db, 'created_at', info.createdAt);
  await put(db, 'adequacy_list_checked_on', info.adequacyListCheckedOn ?? '');
}

/**
 * A new register's facts and its first history entry. Call in the creating
 * transaction, after the migrations (which set the adequacy-list date), and
 * before any content is written, so the entry is the first of the history.
 */
export async function writeNewRegisterMeta(trx: Kysely<DB>, options: { title: string; createdAt: string; recorded?: boolean }): Promise<RegisterInfo> {
  await trx
    .insertInto('meta')
    .values([
      { key: 'register_id', value: randomUUID() },
      { key: 'title', value: options.title },
      { key: 'created_at', value: options.createdAt },
    ])
    .execute();
  const info = await readRegisterInfo(trx);
  // `recorded: false` only makes a register as versions before this one did (tests of older schemas).
  if (options.recorded === false) return info;
  await appendHistory(trx, { entityType: 'register', entityId: info.registerId, action: 'create', label: info.title, before: null, after: info }, options.createdAt);
  return info;
}

/** Changes the register's facts with their history entry (call inside the writing transaction). */
export async function changeRegisterInfo(trx: Kysely<DB>, change: Partial<Omit<RegisterInfo, 'registerId'>>, at: string): Promise<RegisterInfo> {
  const before = await readRegisterInfo(trx);
  const after = { ...before, ...change };
  await writeRegisterInfo(trx, after);
  await appendHistory(trx, { entityType: 'register', entityId: before.registerId, action: 'update', label: after.title, before, after }, at);
  return after;
}
