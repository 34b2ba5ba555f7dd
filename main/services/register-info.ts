/** The register's own facts, kept in the `meta` table. */
import type { Kysely } from 'kysely';
import type { RegisterInfo } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';

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
