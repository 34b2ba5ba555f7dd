/**
 * The activity list's columns (migration 003): what the list filters on (an
 * activity's Art. 6(1) points, special and criminal data, countries outside
 * the EEA) is stored on the activity's row, derived from the catalogue
 * entries it links to, and refreshed when those entries change.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { CatalogueName } from '../../../shared/domain/catalogues.ts';
import { withEffectiveBases } from '../../../shared/domain/legal-basis-inheritance.ts';
import { compiledRows } from '../compiled-queries.ts';
import type { DB } from '../schema.ts';
import { loadActivities } from './activity-reading.ts';
import type { ActivityFields } from './activity-rows.ts';
import { toBool } from './write-context.ts';

/** The catalogue facts the list columns are derived from. */
export interface ListFacts {
  pointOf: Map<string, string>;
  kindOf: Map<string, string>;
  outsideEea: Set<string>;
}

/** The facts for the entries `activities` link to (all of them when omitted). */
export async function listFacts(db: Kysely<DB>, activities?: ReadonlyArray<Pick<ActivityFields, 'legalBasisIds' | 'purposes' | 'dataCategories' | 'transfers'>>): Promise<ListFacts> {
  const bases = activities && [...new Set(activities.flatMap((a) => [...a.legalBasisIds, ...a.purposes.flatMap((p) => p.legalBasisIds)]))];
  const categories = activities && [...new Set(activities.flatMap((a) => a.dataCategories.map((c) => c.dataCategoryId)))];
  const countries = activities && [...new Set(activities.flatMap((a) => a.transfers.map((t) => t.countryId)))];
  // A few activities' facts (a save's) through queries compiled once per connection and number of ids (compiled-queries.ts).
  type Query<T> = { where(column: 'id', op: 'in', ids: string[]): { compile(): CompiledQuery<T> }; execute(): Promise<T[]> };
  const some = <T>(ids: string[] | undefined, name: string, query: () => Query<T>, fixed: unknown[] = []) =>
    ids === undefined ? query().execute() : ids.length === 0 ? Promise.resolve([] as T[]) : compiledRows(db, `${name} ${ids.length}`, () => query().where('id', 'in', ids), [...fixed, ...ids]);
  const pointRows = await some(bases, 'list facts: points', () => db.selectFrom('legal_basis').select(['id', 'gdpr_point']));
  const kindRows = await some(categories, 'list facts: kinds', () => db.selectFrom('data_category').select(['id', 'kind']));
  const countryRows = await some(countries, 'list facts: outside the EEA', () => db.selectFrom('country').select('id').where('eea', '=', 0), [0]);
  return {
    pointOf: new Map(pointRows.map((r) => [r.id, r.gdpr_point])),
    kindOf: new Map(kindRows.map((r) => [r.id, r.kind])),
    outsideEea: new Set(countryRows.map((r) => r.id)),
  };
}

/** The activity's list columns (see migration 003). */
export function listColumns(activity: Pick<ActivityFields, 'legalBasisIds' | 'purposes' | 'dataCategories' | 'transfers'>, facts: ListFacts) {
  const points = new Set(withEffectiveBases(activity).purposes.flatMap((p) => p.legalBasisIds.flatMap((id) => facts.pointOf.get(id) ?? [])));
  const kinds = new Set(activity.dataCategories.map((c) => facts.kindOf.get(c.dataCategoryId)));
  const countries: string[] = [];
  for (const transfer of activity.transfers) {
    if (facts.outsideEea.has(transfer.countryId) && !countries.includes(transfer.countryId)) countries.push(transfer.countryId);
  }
  return {
    list_legal_bases: [...points].sort().join(','),
    list_special: toBool(kinds.has('special')),
    list_criminal: toBool(kinds.has('criminal')),
    list_transfer_countries: countries.join(','),
  };
}

/**
 * Recomputes the list columns of the activities linking to changed catalogue
 * entries (a legal basis's point, a data category's kind, a country's EEA
 * membership): what the list filters on follows the catalogue.
 */
export async function refreshListColumns(trx: Kysely<DB>, activityIds: readonly string[]): Promise<void> {
  if (activityIds.length === 0) return;
  const activities = await loadActivities(trx, activityIds);
  const facts = await listFacts(trx, activities);
  for (const activity of activities) {
    await trx.updateTable('activity').set(listColumns(activity, facts)).where('id', '=', activity.id).execute();
  }
}

type CatalogueRecord = Record<string, unknown>;

/**
 * The catalogues the list columns are derived from: the field each column
 * follows (a basis's Art. 6(1) point, a category's kind, a country's EEA
 * membership) and the activities that link to an entry.
 */
const LIST_SOURCES: Partial<Record<CatalogueName, { fact: string; linkedActivities: (db: Kysely<DB>, id: string) => Promise<Array<{ id: string }>> }>> = {
  legalBases: {
    fact: 'gdprPoint',
    // A purpose's own basis, or the activity's that its purposes inherit.
    linkedActivities: async (db, id) => [
      ...(await db
        .selectFrom('activity_purpose_legal_basis')
        .innerJoin('activity_purpose', 'activity_purpose.id', 'activity_purpose_legal_basis.purpose_id')
        .select('activity_purpose.activity_id as id')
        .where('activity_purpose_legal_basis.legal_basis_id', '=', id)
        .execute()),
      ...(await db.selectFrom('activity_legal_basis').select('activity_id as id').where('legal_basis_id', '=', id).execute()),
    ],
  },
  dataCategories: {
    fact: 'kind',
    linkedActivities: (db, id) => db.selectFrom('activity_data_category').select('activity_id as id').where('data_category_id', '=', id).execute(),
  },
  countries: {
    fact: 'eea',
    linkedActivities: (db, id) => db.selectFrom('activity_transfer').select('activity_id as id').where('country_id', '=', id).execute(),
  },
};

/**
 * After a catalogue entry is saved (`before` is undefined for a new one):
 * when the field a list column follows changed, the list columns of the
 * activities linking to the entry are recomputed in the same transaction.
 */
export async function refreshCatalogueListColumns(trx: Kysely<DB>, catalogue: CatalogueName, before: CatalogueRecord | undefined, after: CatalogueRecord): Promise<void> {
  const source = LIST_SOURCES[catalogue];
  if (!before || !source || before[source.fact] === after[source.fact]) return;
  const linked = await source.linkedActivities(trx, String(after.id));
  await refreshListColumns(trx, [...new Set(linked.map((row) => row.id))]);
}
