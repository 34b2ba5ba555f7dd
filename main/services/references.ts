/**
 * Links between records: checking that what an input points at exists (so
 * the user gets "field X refers to a record that does not exist" rather than
 * a constraint error), finding who uses a record, and moving or removing
 * those links when a record is deleted, so no link ever dangles.
 */
import { sql, type Kysely } from 'kysely';
import type { Activity, ActivityDraft } from '../../shared/domain/activity.ts';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { AppError, type UsedBy } from '../errors.ts';
import { compiledRows } from '../db/compiled-queries.ts';
import type { DB } from '../db/schema.ts';
import { existingCatalogueIds } from '../db/repositories/catalogue-repository.ts';
import { loadActivities, saveActivity } from '../db/repositories/activity-repository.ts';
import { loadProcessors, saveProcessor } from '../db/repositories/processor-repository.ts';
import { listRetentionRules, saveRetentionRule } from '../db/repositories/retention-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';

/** What can be the target of links: a processor, a retention rule or a catalogue entry. */
export type LinkTarget = { type: 'processor' | 'retentionRule' | CatalogueName; id: string };

type Reference = { field: string; id: string };

async function existing(db: Kysely<DB>, table: 'organisation' | 'processor' | 'retention_rule' | 'activity', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const unique = [...new Set(ids)];
  // Compiled once per connection, table and number of ids: a save checks a dozen such lists (compiled-queries.ts).
  const rows = await compiledRows(db, `${table} ids ${unique.length}`, () => db.selectFrom(table).select('id').where('id', 'in', unique), unique);
  return new Set(rows.map((row) => row.id));
}

function firstMissing(references: Reference[], found: Set<string>): void {
  const missing = references.find((reference) => !found.has(reference.id));
  if (missing) throw new AppError('UNKNOWN_REFERENCE', { field: missing.field, id: missing.id });
}

async function checkCatalogue(db: Kysely<DB>, name: CatalogueName, references: Reference[]): Promise<void> {
  firstMissing(references, await existingCatalogueIds(db, name, references.map((r) => r.id)));
}

async function checkTable(db: Kysely<DB>, table: 'organisation' | 'processor' | 'retention_rule' | 'activity', references: Reference[]): Promise<void> {
  firstMissing(references, await existing(db, table, references.map((r) => r.id)));
}

const refs = (field: string, ids: readonly (string | null | undefined)[]): Reference[] =>
  ids.flatMap((id, index) => (id ? [{ field: field.replace('#', String(index)), id }] : []));

/** Throws UNKNOWN_REFERENCE naming the first field of `draft` that points at nothing. */
export async function assertActivityReferences(db: Kysely<DB>, draft: ActivityDraft): Promise<void> {
  await checkTable(db, 'organisation', refs('organisationId', [draft.organisationId]));
  if (draft.replacedById === draft.id && draft.id !== undefined) {
    throw new AppError('UNKNOWN_REFERENCE', { field: 'replacedById', id: draft.replacedById });
  }
  await checkTable(db, 'activity', refs('replacedById', [draft.replacedById]));
  await checkCatalogue(
    db,
    'legalBases',
    [...refs('legalBasisIds.#', draft.legalBasisIds ?? []), ...draft.purposes.flatMap((purpose, p) => refs(`purposes.${p}.legalBasisIds.#`, purpose.legalBasisIds))],
  );
  await checkCatalogue(db, 'art9Conditions', refs('art9ConditionIds.#', draft.art9ConditionIds));
  await checkCatalogue(db, 'dataSubjectCategories', refs('dataSubjectCategoryIds.#', draft.dataSubjectCategoryIds));
  await checkCatalogue(db, 'dataCategories', [
    ...refs('dataCategories.#.dataCategoryId', draft.dataCategories.map((r) => r.dataCategoryId)),
    ...refs('namedSources.#.dataCategoryId', (draft.namedSources ?? []).map((s) => s.dataCategoryId)),
  ]);
  await checkTable(db, 'retention_rule', refs('dataCategories.#.retentionRuleId', draft.dataCategories.map((r) => r.retentionRuleId)));
  await checkCatalogue(db, 'recipientCategories', refs('recipients.#.recipientCategoryId', draft.recipients.map((r) => r.recipientCategoryId)));
  await checkTable(db, 'processor', [
    ...refs('processors.#.processorId', draft.processors.map((r) => r.processorId)),
    ...refs('transfers.#.processorId', draft.transfers.map((r) => r.processorId)),
  ]);
  await checkCatalogue(db, 'countries', refs('transfers.#.countryId', draft.transfers.map((r) => r.countryId)));
  await checkCatalogue(db, 'transferMechanisms', refs('transfers.#.transferMechanismId', draft.transfers.map((r) => r.transferMechanismId)));
  await checkCatalogue(db, 'securityMeasures', refs('securityMeasureIds.#', draft.securityMeasureIds));
}

/** Throws UNKNOWN_REFERENCE for a processor input pointing at nothing (or at itself as sub-processor). */
export async function assertProcessorReferences(
  db: Kysely<DB>,
  input: Pick<Processor, 'countryId' | 'transferMechanismId' | 'subProcessorIds'>,
  selfId?: string,
): Promise<void> {
  await checkCatalogue(db, 'countries', refs('countryId', [input.countryId]));
  await checkCatalogue(db, 'transferMechanisms', refs('transferMechanismId', [input.transferMechanismId]));
  const self = input.subProcessorIds.indexOf(selfId ?? '');
  if (selfId && self >= 0) throw new AppError('UNKNOWN_REFERENCE', { field: `subProcessorIds.${self}`, id: selfId });
  await checkTable(db, 'processor', refs('subProcessorIds.#', input.subProcessorIds));
}

export async function assertRetentionReferences(db: Kysely<DB>, input: Pick<RetentionRule, 'dataCategoryId'>): Promise<void> {
  await checkCatalogue(db, 'dataCategories', refs('dataCategoryId', [input.dataCategoryId]));
}

/** Replaces `from` by `to` in a list of ids (or drops it when `to` is null), without duplicates. */
function swap(ids: readonly string[], from: string, to: string | null): string[] {
  const result: string[] = [];
  for (const id of ids) {
    const next = id === from ? to : id;
    if (next !== null && !result.includes(next)) result.push(next);
  }
  return result;
}

function swapRows<T>(rows: readonly T[], key: (row: T) => string, set: (row: T, id: string) => T, from: string, to: string | null): T[] {
  const result: T[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const id = key(row) === from ? to : key(row);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    result.push(id === key(row) ? row : set(row, id));
  }
  return result;
}

/** The activity with its links to `target` moved to `to` (or removed when `to` is null). */
export function relinkActivity(activity: Activity, target: LinkTarget, to: string | null): Activity {
  const from = target.id;
  switch (target.type) {
    case 'processor':
      return {
        ...activity,
        processors: swapRows(activity.processors, (r) => r.processorId, (r, id) => ({ ...r, processorId: id }), from, to),
        transfers: activity.transfers.map((t) => (t.processorId === from ? { ...t, processorId: to } : t)),
      };
    case 'retentionRule':
      return {
        ...activity,
        dataCategories: activity.dataCategories.map((r) => (r.retentionRuleId === from ? { ...r, retentionRuleId: to } : r)),
      };
    case 'dataCategories':
      return {
        ...activity,
        dataCategories: swapRows(activity.dataCategories, (r) => r.dataCategoryId, (r, id) => ({ ...r, dataCategoryId: id }), from, to),
        // A named source of a category that goes becomes a source of the whole activity: the source itself stays known.
        namedSources: activity.namedSources.map((s) => (s.dataCategoryId === from ? { ...s, dataCategoryId: to } : s)),
      };
    case 'dataSubjectCategories':
      return { ...activity, dataSubjectCategoryIds: swap(activity.dataSubjectCategoryIds, from, to) };
    case 'recipientCategories':
      return {
        ...activity,
        recipients: swapRows(activity.recipients, (r) => r.recipientCategoryId, (r, id) => ({ ...r, recipientCategoryId: id }), from, to),
      };
    case 'legalBases':
      return {
        ...activity,
        legalBasisIds: swap(activity.legalBasisIds, from, to),
        purposes: activity.purposes.map((p) => ({ ...p, legalBasisIds: swap(p.legalBasisIds, from, to) })),
      };
    case 'art9Conditions':
      return { ...activity, art9ConditionIds: swap(activity.art9ConditionIds, from, to) };
    case 'countries':
      return {
        ...activity,
        transfers: activity.transfers.flatMap((t) => (t.countryId !== from ? [t] : to === null ? [] : [{ ...t, countryId: to }])),
      };
    case 'transferMechanisms':
      return {
        ...activity,
        transfers: activity.transfers.map((t) => (t.transferMechanismId === from ? { ...t, transferMechanismId: to } : t)),
      };
    case 'securityMeasures':
      return { ...activity, securityMeasureIds: swap(activity.securityMeasureIds, from, to) };
  }
}

function processorLinks(processor: Processor, target: LinkTarget, to: string | null): Processor {
  switch (target.type) {
    case 'processor':
      return { ...processor, subProcessorIds: swap(processor.subProcessorIds, target.id, to === processor.id ? null : to) };
    case 'countries':
      return processor.countryId === target.id ? { ...processor, countryId: to } : processor;
    case 'transferMechanisms':
      return processor.transferMechanismId === target.id ? { ...processor, transferMechanismId: to } : processor;
    default:
      return processor;
  }
}

const changed = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);

/** Link rows from activities to each kind of target: [table, column]. */
const ACTIVITY_LINKS: Record<LinkTarget['type'], Array<[table: keyof DB, column: string]>> = {
  processor: [
    ['activity_processor', 'processor_id'],
    ['activity_transfer', 'processor_id'],
  ],
  retentionRule: [['activity_data_category', 'retention_rule_id']],
  dataCategories: [
    ['activity_data_category', 'data_category_id'],
    ['activity_named_source', 'data_category_id'],
  ],
  dataSubjectCategories: [['activity_data_subject', 'data_subject_category_id']],
  recipientCategories: [['activity_recipient', 'recipient_category_id']],
  legalBases: [['activity_legal_basis', 'legal_basis_id']],
  art9Conditions: [['activity_art9_condition', 'art9_condition_id']],
  countries: [['activity_transfer', 'country_id']],
  transferMechanisms: [['activity_transfer', 'transfer_mechanism_id']],
  securityMeasures: [['activity_security_measure', 'security_measure_id']],
};

// The link tables are picked at run time from ACTIVITY_LINKS.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is chosen at run time (table-driven), so no single schema type fits
type AnyDb = Kysely<any>;

/** The activities linking to one record, each once. */
async function linkingActivityIds(db: Kysely<DB>, target: LinkTarget): Promise<string[]> {
  const ids = new Set<string>();
  if (target.type === 'legalBases') {
    const rows = await db
      .selectFrom('activity_purpose_legal_basis as b')
      .innerJoin('activity_purpose as p', 'p.id', 'b.purpose_id')
      .select('p.activity_id as activity')
      .where('b.legal_basis_id', '=', target.id)
      .execute();
    for (const row of rows) ids.add(row.activity);
  }
  for (const [table, column] of ACTIVITY_LINKS[target.type]) {
    const rows = (await (db as AnyDb).selectFrom(table).select('activity_id as activity').where(column, '=', target.id).execute()) as Array<{ activity: string }>;
    for (const row of rows) ids.add(row.activity);
  }
  return [...ids];
}

/**
 * For every record of a kind: how many distinct activities link to it,
 * counted by SQLite (a GROUP BY over the link tables: at 10,000 activities
 * the links are hundreds of thousands of rows, not to be carried into JS).
 */
export async function usageCounts(db: Kysely<DB>, type: LinkTarget['type']): Promise<Map<string, number>> {
  const links = ACTIVITY_LINKS[type];
  let query;
  if (type === 'legalBases') {
    // A purpose's own bases and the activity's (inherited by its purposes, issue 15). The derived table is named, as below.
    query = sql<Count>`select target, count(distinct activity) as n from (
      select b.legal_basis_id as target, p.activity_id as activity from activity_purpose_legal_basis b join activity_purpose p on p.id = b.purpose_id
      union all select legal_basis_id, activity_id from activity_legal_basis) as links group by target`;
  } else if (links.length === 1) {
    const [table, column] = links[0]!;
    // A table keyed by (activity, target) holds each pair once: its rows are the count.
    const counted = PAIR_KEYED.has(`${table}.${column}`) ? sql`count(*)` : sql`count(distinct activity_id)`;
    query = sql<Count>`select ${sql.ref(column)} as target, ${counted} as n from ${sql.table(table)} where ${sql.ref(column)} is not null group by ${sql.ref(column)}`;
  } else {
    const parts = links.map(([table, column]) => sql`select ${sql.ref(column)} as target, activity_id as activity from ${sql.table(table)} where ${sql.ref(column)} is not null`);
    // The derived table is named: PostgreSQL (before 16) requires it, SQLite accepts it.
    query = sql<Count>`select target, count(distinct activity) as n from (${sql.join(parts, sql` union all `)}) as links group by target`;
  }
  const { rows } = await query.execute(db);
  return new Map(rows.map((row) => [row.target, row.n]));
}

type Count = { target: string; n: number };

/** Link columns whose table's primary key is (activity_id, that column). */
const PAIR_KEYED = new Set([
  'activity_data_category.data_category_id',
  'activity_data_subject.data_subject_category_id',
  'activity_recipient.recipient_category_id',
  'activity_security_measure.security_measure_id',
  'activity_art9_condition.art9_condition_id',
  'activity_processor.processor_id',
]);

async function linkingProcessorIds(db: Kysely<DB>, target: LinkTarget): Promise<string[]> {
  if (target.type === 'processor') {
    const rows = await db.selectFrom('processor_sub_processor').select('processor_id').where('sub_processor_id', '=', target.id).execute();
    return rows.map((r) => r.processor_id);
  }
  const column = target.type === 'countries' ? 'country_id' : target.type === 'transferMechanisms' ? 'transfer_mechanism_id' : null;
  if (!column) return [];
  const rows = await db.selectFrom('processor').select('id').where(column, '=', target.id).execute();
  return rows.map((r) => r.id);
}

/** The activities (and other records) that link to `target`. */
export async function usageOf(db: Kysely<DB>, target: LinkTarget): Promise<{ activities: UsedBy[]; processors: UsedBy[]; retentionRules: UsedBy[] }> {
  const activityIds = await linkingActivityIds(db, target);
  const activities = activityIds.length
    ? await db.selectFrom('activity').select(['id', 'number', 'name']).where('id', 'in', activityIds).orderBy('number').execute()
    : [];
  const processorIds = await linkingProcessorIds(db, target);
  const processors = processorIds.length
    ? await db.selectFrom('processor').select(['id', 'name']).where('id', 'in', processorIds).orderBy('name').execute()
    : [];
  const rules =
    target.type === 'dataCategories'
      ? await db.selectFrom('retention_rule').select(['id', 'name']).where('data_category_id', '=', target.id).orderBy('name').execute()
      : [];
  return {
    activities,
    processors: processors.map((p) => ({ id: p.id, number: '', name: p.name })),
    retentionRules: rules.map((r) => ({ id: r.id, number: '', name: r.name })),
  };
}

/**
 * Moves every link to `target` onto `to`, or removes them when `to` is null.
 * Each changed record is saved through its repository, so the history shows
 * it changed and why.
 */
export async function relinkAll(trx: Kysely<DB>, target: LinkTarget, to: string | null, ctx: WriteContext): Promise<number> {
  const usage = await usageOf(trx, target);
  let count = 0;
  for (const activity of await loadActivities(trx, usage.activities.map((a) => a.id))) {
    const next = relinkActivity(activity, target, to);
    if (changed(activity, next)) {
      await saveActivity(trx, next, ctx);
      count += 1;
    }
  }
  for (const processor of await loadProcessors(trx, usage.processors.map((p) => p.id))) {
    const next = processorLinks(processor, target, to);
    if (changed(processor, next)) {
      await saveProcessor(trx, next, ctx);
      count += 1;
    }
  }
  for (const rule of await listRetentionRules(trx)) {
    if (target.type === 'dataCategories' && rule.dataCategoryId === target.id) {
      await saveRetentionRule(trx, { ...rule, dataCategoryId: to }, ctx);
      count += 1;
    }
  }
  return count;
}

/**
 * Moves every activity of organisation `from` to organisation `to` (when an
 * organisation is deleted with its activities handed over). Each activity is
 * saved through its repository with the revision read here, with its history
 * entry. Returns how many moved.
 */
export async function moveActivitiesToOrganisation(trx: Kysely<DB>, from: string, to: string, ctx: WriteContext): Promise<number> {
  const rows = await trx.selectFrom('activity').select('id').where('organisation_id', '=', from).execute();
  const activities = await loadActivities(trx, rows.map((row) => row.id));
  for (const activity of activities) await saveActivity(trx, { ...activity, organisationId: to }, ctx);
  return activities.length;
}

/** How many activities each organisation has (the organisations list's "used by"). */
export async function activitiesPerOrganisation(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('activity').select('organisation_id').execute();
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.organisation_id, (counts.get(row.organisation_id) ?? 0) + 1);
  return counts;
}
