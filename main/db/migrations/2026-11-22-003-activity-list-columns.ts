/**
 * What the activities list filters on, kept on the activity row: the Art.
 * 6(1) points of its purposes, whether it holds special-category or
 * criminal-offence data, and its destinations outside the EEA. Deriving them
 * for every list meant reading four link tables whole; at 10,000 activities
 * that was most of the time to show the list. The repositories keep them
 * current on every write (activity-repository.ts, listColumns).
 *
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const COLUMNS = [
  "ALTER TABLE activity ADD COLUMN list_legal_bases TEXT NOT NULL DEFAULT ''",
  'ALTER TABLE activity ADD COLUMN list_special INTEGER NOT NULL DEFAULT 0 CHECK (list_special IN (0, 1))',
  'ALTER TABLE activity ADD COLUMN list_criminal INTEGER NOT NULL DEFAULT 0 CHECK (list_criminal IN (0, 1))',
  "ALTER TABLE activity ADD COLUMN list_transfer_countries TEXT NOT NULL DEFAULT ''",
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of COLUMNS) await sql.raw(statement).execute(db);

  const pointOf = new Map<string, string>((await db.selectFrom('legal_basis').select(['id', 'gdpr_point']).execute()).map((r) => [r.id, r.gdpr_point]));
  const kindOf = new Map<string, string>((await db.selectFrom('data_category').select(['id', 'kind']).execute()).map((r) => [r.id, r.kind]));
  const outsideEea = new Set<string>((await db.selectFrom('country').select('id').where('eea', '=', 0).execute()).map((r) => r.id));
  const activityOfPurpose = new Map<string, string>((await db.selectFrom('activity_purpose').select(['id', 'activity_id']).execute()).map((r) => [r.id, r.activity_id]));

  const points = new Map<string, Set<string>>();
  for (const row of await db.selectFrom('activity_purpose_legal_basis').select(['purpose_id', 'legal_basis_id']).execute()) {
    const activity = activityOfPurpose.get(row.purpose_id);
    const point = pointOf.get(row.legal_basis_id);
    if (!activity || !point) continue;
    points.set(activity, (points.get(activity) ?? new Set()).add(point));
  }
  const kinds = new Map<string, Set<string>>();
  for (const row of await db.selectFrom('activity_data_category').select(['activity_id', 'data_category_id']).execute()) {
    const kind = kindOf.get(row.data_category_id);
    if (kind) kinds.set(row.activity_id, (kinds.get(row.activity_id) ?? new Set()).add(kind));
  }
  const countries = new Map<string, string[]>();
  for (const row of await db.selectFrom('activity_transfer').select(['activity_id', 'country_id']).orderBy('activity_id').orderBy('position').execute()) {
    if (!outsideEea.has(row.country_id)) continue;
    const list = countries.get(row.activity_id) ?? [];
    if (!list.includes(row.country_id)) list.push(row.country_id);
    countries.set(row.activity_id, list);
  }
  for (const { id } of await db.selectFrom('activity').select('id').execute()) {
    await db
      .updateTable('activity')
      .set({
        list_legal_bases: [...(points.get(id) ?? [])].sort().join(','),
        list_special: kinds.get(id)?.has('special') ? 1 : 0,
        list_criminal: kinds.get(id)?.has('criminal') ? 1 : 0,
        list_transfer_countries: (countries.get(id) ?? []).join(','),
      })
      .where('id', '=', id)
      .execute();
  }
}
