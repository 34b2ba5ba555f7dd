/**
 * The activity list's rows, read from the activity rows alone (the list
 * columns hold what the filters need), and the first rows in a column's
 * order for the list's first paint.
 */
import type { Kysely } from 'kysely';
import type { ActivitySummary } from '../../../shared/domain/activity.ts';
import { firstInOrder, type FirstRowsSortKey } from '../../../shared/domain/activity-order.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { DB } from '../schema.ts';

const split = (text: string): string[] => (text === '' ? [] : text.split(','));

/**
 * The first rows of the list in a column's order (`firstInOrder`: the list
 * table's collation and ties), and how many there are: the sort column of
 * every activity is read, the whole rows only of those that come first.
 */
export async function firstActivitySummaries(
  db: Kysely<DB>,
  { count, sortBy, desc, language }: { count: number; sortBy: FirstRowsSortKey; desc: boolean; language: Language },
): Promise<{ rows: ActivitySummary[]; total: number }> {
  const keys = await db.selectFrom('activity').select(['id', sortBy]).orderBy('organisation_id').orderBy('number').execute();
  const ids = firstInOrder(keys, (row) => row[sortBy], desc, language, count).map((row) => row.id);
  const rows = ids.length === 0 ? [] : await listActivitySummaries(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: ids.map((id) => byId.get(id) as ActivitySummary), total: keys.length };
}

/**
 * The list rows: one SELECT of the activity rows, filters included (migration
 * 003), in the list's order; only those of `ids` when given, in no particular
 * order (the caller has its own).
 */
export async function listActivitySummaries(db: Kysely<DB>, ids?: readonly string[]): Promise<ActivitySummary[]> {
  let query = db
    .selectFrom('activity')
    .select([
      'id',
      'organisation_id',
      'kind',
      'number',
      'name',
      'owner_unit',
      'status',
      'last_reviewed_on',
      'next_review_on',
      'updated_at',
      'list_legal_bases',
      'list_special',
      'list_criminal',
      'list_transfer_countries',
    ]);
  query = ids ? query.where('id', 'in', ids) : query.orderBy('organisation_id').orderBy('number');
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    number: row.number,
    name: row.name,
    ownerUnit: row.owner_unit,
    status: row.status,
    legalBasisPoints: split(row.list_legal_bases),
    hasSpecialData: row.list_special === 1,
    hasCriminalData: row.list_criminal === 1,
    transferCountryIds: split(row.list_transfer_countries),
    lastReviewedOn: row.last_reviewed_on,
    nextReviewOn: row.next_review_on,
    updatedAt: row.updated_at,
  }));
}
