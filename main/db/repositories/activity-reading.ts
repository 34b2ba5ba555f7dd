/**
 * Reading processing activities whole. An activity is stored across one row
 * in `activity` and link rows in a dozen tables; it is always read whole.
 *
 * Reading many activities costs one query per table, whatever their number
 * (no query per activity), so listing, checking and exporting 10,000
 * activities stays linear.
 */
import { sql, type CompiledQuery, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { compiledRows } from '../compiled-queries.ts';
import type { Activity, DpiaCriterion } from '../../../shared/domain/activity.ts';
import { AppError } from '../../errors.ts';
import type { ActivityTable, DB } from '../schema.ts';
import { fromRow } from './activity-rows.ts';
import { appendInOrder } from './rows-in-order.ts';
import { chunks } from './write-context.ts';

/** The activity tables a partial read can take fewer columns of. */
type PartialTables = 'activity' | 'activity_purpose' | 'activity_data_category' | 'activity_recipient' | 'activity_transfer' | 'activity_controller';

/**
 * A partial read (the checks' own, main/services/checks-document.ts): for
 * each table named, the only columns read; the others read as empty ('',
 * null, false, 0). With `firstSecurityMeasure`, an activity's security
 * measures are one id (its smallest) or none: whoever reads such a document
 * asks only whether there are any. Tables not named are read whole.
 */
export interface ActivityColumns {
  columns: { [T in PartialTables]?: ReadonlyArray<keyof DB[T] & string> };
  firstSecurityMeasure?: boolean;
}

/** An activity row's columns left out of a partial read, as empty values. */
const EMPTY_ACTIVITY_ROW: Partial<Record<keyof ActivityTable, string | number | null>> = {
  description: '', owner_unit: '', owner_person: '', created_on: '', last_reviewed_on: null, reviewed_by: '', next_review_on: null,
  ended_on: null, replaced_by_id: null, art9_notes: '', art10_basis: '', source_notes: '', joint_controller_arrangement: '',
  recipients_none: 0, transfers_none: 0, processors_none: 0, security_notes: '', systems: '', data_location: '', automated_decision: 0,
  automated_decision_legal_effect: 0, profiling: 0, automated_decision_logic: '', art22_basis: null, dpia_reference: '', dpia_completed_on: null,
  dpia_notes: '', notes: '', approx_subjects: null, approx_records: null, automated_decision_no_effect_reason: '', profiling_information: '',
  revision: 0, created_at: '', updated_at: '',
};

/**
 * Up to this many activities (one in the editor, a save's or a search's
 * catch-up) are read with queries compiled once per connection: building
 * fifteen kysely queries cost about a third of reading one activity (issue
 * 19: `activities:get` was 2.1–2.9× its floor of raw statements prepared once).
 * Kept per connection, so a save's read of the activity inside its
 * transaction reuses them too (compiled-queries.ts).
 */
const FEW = 4;

/**
 * Loads activities whole: all of them when `ids` is omitted (ordered by
 * organisation and number), otherwise the ones asked for, in that order.
 * `partial` reads only some columns (see ActivityColumns).
 */
export async function loadActivities(db: Kysely<DB>, ids?: readonly string[], partial?: ActivityColumns): Promise<Activity[]> {
  const groups: Array<string[] | undefined> = ids === undefined ? [undefined] : chunks([...new Set(ids)]);
  const activities = new Map<string, Activity>();
  const ordered: Activity[] = [];
  for (const group of groups) {
    if (group && group.length === 0) continue;
    const kept = partial?.columns.activity;
    const build = () => {
      const query = db.selectFrom('activity').selectAll().orderBy('organisation_id').orderBy('number');
      // A partial read selects its columns instead of all (the query's row type stays the whole row's: the rest are filled in below).
      return kept ? (query.clearSelect().select(['id', 'organisation_id', 'number', ...kept]) as unknown as typeof query) : query;
    };
    const rows =
      group && group.length <= FEW && !partial
        ? await compiledRows(db, `activity ${group.length}`, () => build().where('id', 'in', group), group)
        : await (group ? build().where('id', 'in', group) : build()).execute();
    for (const row of rows) {
      const activity = fromRow(kept ? ({ ...EMPTY_ACTIVITY_ROW, ...row } as typeof row) : row);
      activities.set(activity.id, activity);
      ordered.push(activity);
    }
    await loadChildren(db, activities, group, partial);
  }
  if (ids === undefined) return ordered;
  return ids.map((id) => activities.get(id)).filter((a): a is Activity => a !== undefined);
}

async function loadChildren(db: Kysely<DB>, activities: Map<string, Activity>, group: string[] | undefined, partial?: ActivityColumns): Promise<void> {
  const of = (id: string): Activity => activities.get(id) as Activity;
  // A query of any of the child tables: kysely's `where` overloads cannot be named generically.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's where() overloads
  const filter = <Q extends { where: (...args: any[]) => Q }>(query: Q, column: string): Q =>
    group ? query.where(column, 'in', group) : query;
  /** The rows of a child table's query (built by `build`) for the group; a few activities' whole rows through queries compiled once per connection. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's where() overloads
  const rowsOf = <Q extends { where: (...args: any[]) => Q; compile(): CompiledQuery<unknown>; execute(): Promise<unknown[]> }>(
    table: string,
    build: () => Q,
    column: string,
  ): Promise<Awaited<ReturnType<Q['execute']>>> =>
    (group && group.length <= FEW && !partial
      ? compiledRows(db, `${table} ${group.length}`, () => filter(build(), column), group)
      : filter(build(), column).execute()) as Promise<Awaited<ReturnType<Q['execute']>>>;
  /** All of a link table's columns, or a partial read's (with the owner and position), typed as all: the mappers read the rest as empty. */
  const from = <T extends Exclude<PartialTables, 'activity'>, K extends keyof Selectable<DB[T]> & string>(table: T, keys: readonly K[]) => {
    type Row = Pick<Selectable<DB[T]>, K> & Partial<Selectable<DB[T]>>;
    const query = db.selectFrom(table as 'activity_purpose').selectAll();
    const kept = partial?.columns[table] as ReadonlyArray<keyof DB['activity_purpose'] & string> | undefined;
    const keys_ = keys as ReadonlyArray<keyof DB['activity_purpose'] & string>;
    return (kept ? query.clearSelect().select([...keys_, ...kept]) : query) as unknown as SelectQueryBuilder<DB, T, Row>;
  };

  // Each table's rows appended to their activity's list (the column and the list named per table).
  type Owned = { activity_id: string; position: number };
  const fill = <R extends Owned, V>(rows: R[], list: (activity: Activity) => V[], value: (row: R) => V): void =>
    appendInOrder(rows, (row) => row.activity_id, (row) => row.position, (id) => list(of(id)), value);

  const names = new Map<string, string>();
  const same = (text: string): string => {
    const known = names.get(text);
    if (known !== undefined) return known;
    names.set(text, text);
    return text;
  };
  const basesByPurpose = new Map<string, string[]>();
  appendInOrder(
    await rowsOf(
      'activity_purpose_legal_basis',
      () =>
        db
          .selectFrom('activity_purpose_legal_basis as b')
          .innerJoin('activity_purpose as p', 'p.id', 'b.purpose_id')
          .select(['b.purpose_id', 'b.legal_basis_id', 'b.position']),
      'p.activity_id',
    ),
    (row) => row.purpose_id,
    (row) => row.position,
    (id) => {
      const list = basesByPurpose.get(id);
      if (list) return list;
      const fresh: string[] = [];
      basesByPurpose.set(id, fresh);
      return fresh;
    },
    (row) => same(row.legal_basis_id),
  );
  fill(await rowsOf('activity_purpose', () => from('activity_purpose', ['id', 'activity_id', 'position']), 'activity_id'), (a) => a.purposes, (row) => ({
    id: row.id,
    description: row.description ?? '',
    legalBasisIds: basesByPurpose.get(row.id) ?? [],
    legitimateInterest: row.legitimate_interest ?? '',
    legitimateInterestAssessment: row.legitimate_interest_assessment ?? '',
    legitimateInterestAssessedOn: row.legitimate_interest_assessed_on ?? null,
  }));
  fill(await rowsOf('activity_art9_condition', () => db.selectFrom('activity_art9_condition').selectAll(), 'activity_id'), (a) => a.art9ConditionIds, (row) => same(row.art9_condition_id));
  fill(await rowsOf('activity_data_subject', () => db.selectFrom('activity_data_subject').selectAll(), 'activity_id'), (a) => a.dataSubjectCategoryIds, (row) => same(row.data_subject_category_id));
  fill(await rowsOf('activity_data_category', () => from('activity_data_category', ['activity_id', 'position', 'data_category_id']), 'activity_id'), (a) => a.dataCategories, (row) => ({
    dataCategoryId: same(row.data_category_id),
    retentionRuleId: row.retention_rule_id ? same(row.retention_rule_id) : null,
    notes: row.notes ?? '',
  }));
  fill(await rowsOf('activity_legal_basis', () => db.selectFrom('activity_legal_basis').selectAll(), 'activity_id'), (a) => a.legalBasisIds, (row) => same(row.legal_basis_id));
  fill(await rowsOf('activity_named_source', () => db.selectFrom('activity_named_source').selectAll(), 'activity_id'), (a) => a.namedSources, (row) => ({
    sourceType: row.source_type,
    name: row.name,
    dataCategoryId: row.data_category_id,
  }));
  fill(await rowsOf('activity_source', () => db.selectFrom('activity_source').selectAll(), 'activity_id'), (a) => a.sourceTypes, (row) => same(row.source_type));
  fill(await rowsOf('activity_recipient', () => from('activity_recipient', ['activity_id', 'position', 'recipient_category_id']), 'activity_id'), (a) => a.recipients, (row) => ({
    recipientCategoryId: same(row.recipient_category_id),
    notes: row.notes ?? '',
  }));
  fill(await rowsOf('activity_processor', () => db.selectFrom('activity_processor').selectAll(), 'activity_id'), (a) => a.processors, (row) => ({ processorId: same(row.processor_id), notes: row.notes }));
  fill(await rowsOf('activity_transfer', () => from('activity_transfer', ['id', 'activity_id', 'position', 'country_id']), 'activity_id'), (a) => a.transfers, (row) => ({
    id: row.id,
    countryId: row.country_id,
    processorId: row.processor_id ?? null,
    transferMechanismId: row.transfer_mechanism_id ?? null,
    safeguardDocuments: row.safeguard_documents ?? '',
    derogationJustification: row.derogation_justification ?? '',
    notes: row.notes ?? '',
  }));
  const measures = partial?.firstSecurityMeasure
    ? db
        .selectFrom('activity_security_measure')
        .select(['activity_id', (eb) => eb.fn.min('security_measure_id').as('security_measure_id'), sql<number>`0`.as('position')])
        .groupBy('activity_id')
    : db.selectFrom('activity_security_measure').selectAll();
  fill(await rowsOf('activity_security_measure', () => measures, 'activity_id'), (a) => a.securityMeasureIds, (row) => same(row.security_measure_id));
  fill(await rowsOf('activity_dpia_criterion', () => db.selectFrom('activity_dpia_criterion').selectAll(), 'activity_id'), (a) => a.dpiaCriteria, (row) => same(row.criterion) as DpiaCriterion);
  fill(await rowsOf('activity_controller', () => from('activity_controller', ['id', 'activity_id', 'position', 'name']), 'activity_id'), (a) => a.controllers, (row) => ({
    id: row.id,
    name: row.name,
    regNo: row.reg_no ?? '',
    contact: row.contact ?? '',
    representative: row.representative ?? '',
    dpoContact: row.dpo_contact ?? '',
    processingCategories: row.processing_categories ?? '',
    contractReference: row.contract_reference ?? '',
  }));
}

export async function findActivity(db: Kysely<DB>, id: string): Promise<Activity | undefined> {
  return (await loadActivities(db, [id]))[0];
}

export async function getActivity(db: Kysely<DB>, id: string): Promise<Activity> {
  const found = await findActivity(db, id);
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}
