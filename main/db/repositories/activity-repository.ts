/**
 * Processing activities with everything that hangs off them. An activity is
 * stored across one row in `activity` and link rows in a dozen tables; it is
 * always read and written whole.
 *
 * Reading many activities costs one query per table, whatever their number
 * (no query per activity), so listing, checking and exporting 10,000
 * activities stays linear.
 */
import type { Kysely, Selectable } from 'kysely';
import { Activity as ActivityShape, type Activity, type ActivityDraft, type ActivitySummary, type DpiaCriterion } from '../../../shared/domain/activity.ts';
import { firstInOrder, type FirstRowsSortKey } from '../../../shared/domain/activity-order.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { AppError } from '../../errors.ts';
import type { ActivityTable, DB } from '../schema.ts';
import { appendHistory, appendHistoryBatch } from './history-repository.ts';
import { chunks, fromBool, insertRows, newId, timestamp, toBool, type WriteContext } from './write-context.ts';
import { assertRevisionRead } from './revision.ts';

type ActivityFields = Omit<Activity, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

/** The label history and messages use for an activity. */
export function activityLabel(activity: { number: string; name: string }): string {
  return `${activity.number} ${activity.name}`.trim();
}

function toColumns(input: ActivityFields) {
  return {
    organisation_id: input.organisationId,
    kind: input.kind,
    number: input.number,
    name: input.name,
    description: input.description,
    owner_unit: input.ownerUnit,
    owner_person: input.ownerPerson,
    status: input.status,
    created_on: input.createdOn,
    last_reviewed_on: input.lastReviewedOn,
    reviewed_by: input.reviewedBy,
    next_review_on: input.nextReviewOn,
    ended_on: input.endedOn,
    replaced_by_id: input.replacedById,
    art9_notes: input.art9Notes,
    art10_basis: input.art10Basis,
    source_notes: input.sourceNotes,
    joint_controller_arrangement: input.jointControllerArrangement,
    recipients_none: toBool(input.recipientsNone),
    transfers_none: toBool(input.transfersNone),
    processors_none: toBool(input.processorsNone),
    security_notes: input.securityNotes,
    systems: input.systems,
    data_location: input.dataLocation,
    automated_decision: toBool(input.automatedDecision),
    automated_decision_legal_effect: toBool(input.automatedDecisionLegalEffect),
    profiling: toBool(input.profiling),
    automated_decision_logic: input.automatedDecisionLogic,
    art22_basis: input.art22Basis,
    automated_decision_no_effect_reason: input.automatedDecisionNoEffectReason,
    profiling_information: input.profilingInformation,
    approx_subjects: input.approxSubjects,
    approx_records: input.approxRecords,
    dpia_status: input.dpiaStatus,
    dpia_reference: input.dpiaReference,
    dpia_completed_on: input.dpiaCompletedOn,
    dpia_notes: input.dpiaNotes,
    notes: input.notes,
  };
}

function fromRow(row: Selectable<ActivityTable>): Activity {
  return {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    organisationId: row.organisation_id,
    kind: row.kind,
    number: row.number,
    name: row.name,
    description: row.description,
    ownerUnit: row.owner_unit,
    ownerPerson: row.owner_person,
    status: row.status,
    createdOn: row.created_on,
    lastReviewedOn: row.last_reviewed_on,
    reviewedBy: row.reviewed_by,
    nextReviewOn: row.next_review_on,
    endedOn: row.ended_on,
    replacedById: row.replaced_by_id,
    purposes: [],
    art9ConditionIds: [],
    art9Notes: row.art9_notes,
    art10Basis: row.art10_basis,
    dataSubjectCategoryIds: [],
    dataCategories: [],
    sourceTypes: [],
    sourceNotes: row.source_notes,
    recipients: [],
    processors: [],
    recipientsNone: fromBool(row.recipients_none),
    transfersNone: fromBool(row.transfers_none),
    processorsNone: fromBool(row.processors_none),
    jointControllerArrangement: row.joint_controller_arrangement,
    transfers: [],
    securityMeasureIds: [],
    securityNotes: row.security_notes,
    systems: row.systems,
    dataLocation: row.data_location,
    automatedDecision: fromBool(row.automated_decision),
    automatedDecisionLegalEffect: fromBool(row.automated_decision_legal_effect),
    profiling: fromBool(row.profiling),
    automatedDecisionLogic: row.automated_decision_logic,
    art22Basis: row.art22_basis,
    automatedDecisionNoEffectReason: row.automated_decision_no_effect_reason,
    profilingInformation: row.profiling_information,
    approxSubjects: row.approx_subjects,
    approxRecords: row.approx_records,
    dpiaCriteria: [],
    dpiaStatus: row.dpia_status,
    dpiaReference: row.dpia_reference,
    dpiaCompletedOn: row.dpia_completed_on,
    dpiaNotes: row.dpia_notes,
    controllers: [],
    notes: row.notes,
  };
}

/**
 * Rows in `position` order within each owner (the stable sort keeps owners
 * apart). A save writes an owner's link rows together, in position order, so
 * a table read in the order rows were written needs no sort: it is skipped
 * when each owner's rows come in one run, in order (most loads).
 */
function byPosition<T extends { position: number }>(rows: T[], owner: (row: T) => string = (row) => (row as { activity_id?: string }).activity_id ?? ''): T[] {
  const finished = new Set<string>();
  for (let index = 1; index < rows.length; index += 1) {
    const row = rows[index] as T;
    const previous = rows[index - 1] as T;
    const key = owner(row);
    const previousKey = owner(previous);
    if (key === previousKey) {
      if (row.position < previous.position) return rows.sort((a, b) => a.position - b.position);
    } else {
      finished.add(previousKey);
      if (finished.has(key)) return rows.sort((a, b) => a.position - b.position);
    }
  }
  return rows;
}

/**
 * Loads activities whole: all of them when `ids` is omitted (ordered by
 * organisation and number), otherwise the ones asked for, in that order.
 */
export async function loadActivities(db: Kysely<DB>, ids?: readonly string[]): Promise<Activity[]> {
  const groups: Array<string[] | undefined> = ids === undefined ? [undefined] : chunks([...new Set(ids)]);
  const activities = new Map<string, Activity>();
  const ordered: Activity[] = [];
  for (const group of groups) {
    if (group && group.length === 0) continue;
    let query = db.selectFrom('activity').selectAll();
    if (group) query = query.where('id', 'in', group);
    const rows = await query.orderBy('organisation_id').orderBy('number').execute();
    for (const row of rows) {
      const activity = fromRow(row);
      activities.set(activity.id, activity);
      ordered.push(activity);
    }
    await loadChildren(db, activities, group);
  }
  if (ids === undefined) return ordered;
  return ids.map((id) => activities.get(id)).filter((a): a is Activity => a !== undefined);
}

async function loadChildren(db: Kysely<DB>, activities: Map<string, Activity>, group: string[] | undefined): Promise<void> {
  const of = (id: string): Activity => activities.get(id) as Activity;
  // A query of any of the child tables: kysely's `where` overloads cannot be named generically.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's where() overloads
  const filter = <Q extends { where: (...args: any[]) => Q }>(query: Q, column: string): Q =>
    group ? query.where(column, 'in', group) : query;

  const purposes = byPosition(await filter(db.selectFrom('activity_purpose').selectAll(), 'activity_id').execute());
  const purposeBases = byPosition(
    await filter(
      db
        .selectFrom('activity_purpose_legal_basis as b')
        .innerJoin('activity_purpose as p', 'p.id', 'b.purpose_id')
        .select(['b.purpose_id', 'b.legal_basis_id', 'b.position']),
      'p.activity_id',
    ).execute(),
    (row) => row.purpose_id,
  );
  const basesByPurpose = new Map<string, string[]>();
  for (const row of purposeBases) {
    const list = basesByPurpose.get(row.purpose_id) ?? [];
    list.push(row.legal_basis_id);
    basesByPurpose.set(row.purpose_id, list);
  }
  for (const row of purposes) {
    of(row.activity_id).purposes.push({
      id: row.id,
      description: row.description,
      legalBasisIds: basesByPurpose.get(row.id) ?? [],
      legitimateInterest: row.legitimate_interest,
      legitimateInterestAssessment: row.legitimate_interest_assessment,
      legitimateInterestAssessedOn: row.legitimate_interest_assessed_on,
    });
  }

  for (const row of byPosition(await filter(db.selectFrom('activity_art9_condition').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).art9ConditionIds.push(row.art9_condition_id);
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_data_subject').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).dataSubjectCategoryIds.push(row.data_subject_category_id);
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_data_category').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).dataCategories.push({
      dataCategoryId: row.data_category_id,
      retentionRuleId: row.retention_rule_id,
      notes: row.notes,
    });
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_source').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).sourceTypes.push(row.source_type);
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_recipient').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).recipients.push({ recipientCategoryId: row.recipient_category_id, notes: row.notes });
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_processor').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).processors.push({ processorId: row.processor_id, notes: row.notes });
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_transfer').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).transfers.push({
      id: row.id,
      countryId: row.country_id,
      processorId: row.processor_id,
      transferMechanismId: row.transfer_mechanism_id,
      safeguardDocuments: row.safeguard_documents,
      derogationJustification: row.derogation_justification,
      notes: row.notes,
    });
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_security_measure').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).securityMeasureIds.push(row.security_measure_id);
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_dpia_criterion').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).dpiaCriteria.push(row.criterion as DpiaCriterion);
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_controller').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).controllers.push({
      id: row.id,
      name: row.name,
      regNo: row.reg_no,
      contact: row.contact,
      representative: row.representative,
      dpoContact: row.dpo_contact,
      processingCategories: row.processing_categories,
      contractReference: row.contract_reference,
    });
  }
}

export async function findActivity(db: Kysely<DB>, id: string): Promise<Activity | undefined> {
  return (await loadActivities(db, [id]))[0];
}

export async function getActivity(db: Kysely<DB>, id: string): Promise<Activity> {
  const found = await findActivity(db, id);
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}

/** The catalogue facts the list columns are derived from. */
export interface ListFacts {
  pointOf: Map<string, string>;
  kindOf: Map<string, string>;
  outsideEea: Set<string>;
}

/** The facts for the entries `activities` link to (all of them when omitted). */
export async function listFacts(db: Kysely<DB>, activities?: ReadonlyArray<Pick<ActivityFields, 'purposes' | 'dataCategories' | 'transfers'>>): Promise<ListFacts> {
  const bases = activities && [...new Set(activities.flatMap((a) => a.purposes.flatMap((p) => p.legalBasisIds)))];
  const categories = activities && [...new Set(activities.flatMap((a) => a.dataCategories.map((c) => c.dataCategoryId)))];
  const countries = activities && [...new Set(activities.flatMap((a) => a.transfers.map((t) => t.countryId)))];
  const some = <T>(ids: string[] | undefined, query: () => Promise<T[]>) => (ids && ids.length === 0 ? Promise.resolve([] as T[]) : query());
  const pointRows = await some(bases, () => {
    let query = db.selectFrom('legal_basis').select(['id', 'gdpr_point']);
    if (bases) query = query.where('id', 'in', bases);
    return query.execute();
  });
  const kindRows = await some(categories, () => {
    let query = db.selectFrom('data_category').select(['id', 'kind']);
    if (categories) query = query.where('id', 'in', categories);
    return query.execute();
  });
  const countryRows = await some(countries, () => {
    let query = db.selectFrom('country').select('id').where('eea', '=', 0);
    if (countries) query = query.where('id', 'in', countries);
    return query.execute();
  });
  return {
    pointOf: new Map(pointRows.map((r) => [r.id, r.gdpr_point])),
    kindOf: new Map(kindRows.map((r) => [r.id, r.kind])),
    outsideEea: new Set(countryRows.map((r) => r.id)),
  };
}

/** The activity's list columns (see migration 003). */
export function listColumns(activity: Pick<ActivityFields, 'purposes' | 'dataCategories' | 'transfers'>, facts: ListFacts) {
  const points = new Set(activity.purposes.flatMap((p) => p.legalBasisIds.flatMap((id) => facts.pointOf.get(id) ?? [])));
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

type ChildTable =
  | 'activity_purpose'
  | 'activity_purpose_legal_basis'
  | 'activity_art9_condition'
  | 'activity_data_subject'
  | 'activity_data_category'
  | 'activity_source'
  | 'activity_recipient'
  | 'activity_processor'
  | 'activity_transfer'
  | 'activity_security_measure'
  | 'activity_dpia_criterion'
  | 'activity_controller';
type ChildRows = Record<ChildTable, Array<Record<string, unknown>>>;

/** The table order that satisfies the foreign keys (a purpose before its legal bases). */
const INSERT_ORDER: readonly ChildTable[] = [
  'activity_purpose',
  'activity_purpose_legal_basis',
  'activity_art9_condition',
  'activity_data_subject',
  'activity_data_category',
  'activity_source',
  'activity_recipient',
  'activity_processor',
  'activity_transfer',
  'activity_security_measure',
  'activity_dpia_criterion',
  'activity_controller',
];

function emptyChildRows(): ChildRows {
  return Object.fromEntries(INSERT_ORDER.map((table) => [table, []])) as unknown as ChildRows;
}

/** Adds the link rows of activity `id` to `rows`. New child records get ids here. */
function collectChildRows(rows: ChildRows, id: string, input: ActivityFields, ctx: WriteContext): void {
  input.purposes.forEach((purpose, position) => {
    const purposeId = purpose.id ?? newId(ctx);
    rows.activity_purpose.push({
      id: purposeId,
      activity_id: id,
      position,
      description: purpose.description,
      legitimate_interest: purpose.legitimateInterest,
      legitimate_interest_assessment: purpose.legitimateInterestAssessment,
      legitimate_interest_assessed_on: purpose.legitimateInterestAssessedOn,
    });
    purpose.legalBasisIds.forEach((legalBasisId, basisPosition) =>
      rows.activity_purpose_legal_basis.push({ purpose_id: purposeId, legal_basis_id: legalBasisId, position: basisPosition }),
    );
  });
  input.art9ConditionIds.forEach((art9ConditionId, position) => rows.activity_art9_condition.push({ activity_id: id, art9_condition_id: art9ConditionId, position }));
  input.dataSubjectCategoryIds.forEach((categoryId, position) => rows.activity_data_subject.push({ activity_id: id, data_subject_category_id: categoryId, position }));
  input.dataCategories.forEach((row, position) =>
    rows.activity_data_category.push({ activity_id: id, data_category_id: row.dataCategoryId, retention_rule_id: row.retentionRuleId, position, notes: row.notes }),
  );
  input.sourceTypes.forEach((sourceType, position) => rows.activity_source.push({ activity_id: id, source_type: sourceType, position }));
  input.recipients.forEach((row, position) =>
    rows.activity_recipient.push({ activity_id: id, recipient_category_id: row.recipientCategoryId, position, notes: row.notes }),
  );
  input.processors.forEach((row, position) => rows.activity_processor.push({ activity_id: id, processor_id: row.processorId, position, notes: row.notes }));
  input.transfers.forEach((row, position) =>
    rows.activity_transfer.push({
      id: row.id ?? newId(ctx),
      activity_id: id,
      position,
      country_id: row.countryId,
      processor_id: row.processorId,
      transfer_mechanism_id: row.transferMechanismId,
      safeguard_documents: row.safeguardDocuments,
      derogation_justification: row.derogationJustification,
      notes: row.notes,
    }),
  );
  input.securityMeasureIds.forEach((measureId, position) => rows.activity_security_measure.push({ activity_id: id, security_measure_id: measureId, position }));
  input.dpiaCriteria.forEach((criterion, position) => rows.activity_dpia_criterion.push({ activity_id: id, criterion, position }));
  input.controllers.forEach((row, position) =>
    rows.activity_controller.push({
      id: row.id ?? newId(ctx),
      activity_id: id,
      position,
      name: row.name,
      reg_no: row.regNo,
      contact: row.contact,
      representative: row.representative,
      dpo_contact: row.dpoContact,
      processing_categories: row.processingCategories,
      contract_reference: row.contractReference,
    }),
  );
}

async function insertChildRows(trx: Kysely<DB>, rows: ChildRows): Promise<void> {
  for (const table of INSERT_ORDER) await insertRows(trx, table, rows[table]);
}

/** Writes the link rows of an activity (after removing the old ones). */
async function writeChildren(trx: Kysely<DB>, id: string, input: ActivityFields, ctx: WriteContext): Promise<void> {
  await removeChildren(trx, id);
  const rows = emptyChildRows();
  collectChildRows(rows, id, input, ctx);
  await insertChildRows(trx, rows);
}

/**
 * The child tables that hold the activity's id (every one but the purposes'
 * legal bases, which go with their purpose by ON DELETE CASCADE).
 */
const CHILD_TABLES = INSERT_ORDER.filter((table): table is Exclude<ChildTable, 'activity_purpose_legal_basis'> => table !== 'activity_purpose_legal_basis');

async function removeChildren(trx: Kysely<DB>, id: string): Promise<void> {
  for (const table of CHILD_TABLES) {
    await trx.deleteFrom(table).where('activity_id', '=', id).execute();
  }
}

async function assertNumberFree(trx: Kysely<DB>, organisationId: string, number: string, exceptId?: string): Promise<void> {
  let query = trx
    .selectFrom('activity')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('number', '=', number);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const clash = await query.executeTakeFirst();
  if (clash) throw new AppError('DUPLICATE_NUMBER', { number, name: clash.name });
}

/**
 * Creates (no id) or updates an activity, whole. An update must carry the
 * revision it was loaded at: a newer save by someone else is a CONFLICT.
 */
const ACTIVITY_KEYS = Object.keys(ActivityShape.shape) as Array<keyof Activity>;

/** The activity as stored: exactly the domain's fields (a caller's object may carry more, like a stale `updatedAt`). */
function storedActivity(fields: ActivityFields, meta: Pick<Activity, 'id' | 'revision' | 'createdAt' | 'updatedAt'>): Activity {
  const source: Record<string, unknown> = { ...fields, ...meta };
  return Object.fromEntries(ACTIVITY_KEYS.map((key) => [key, source[key]])) as unknown as Activity;
}

export async function saveActivity(trx: Kysely<DB>, draft: ActivityDraft, ctx: WriteContext): Promise<Activity> {
  const at = timestamp(ctx);
  const { id: givenId, revision, ...given } = draft;
  // Child records get their ids before writing, so the saved activity (the
  // history's "after") is known without reading back what was just written.
  const fields: ActivityFields = {
    ...given,
    purposes: given.purposes.map((p) => (p.id ? p : { ...p, id: newId(ctx) })),
    transfers: given.transfers.map((t) => (t.id ? t : { ...t, id: newId(ctx) })),
    controllers: given.controllers.map((c) => (c.id ? c : { ...c, id: newId(ctx) })),
  };
  const derived = listColumns(fields, await listFacts(trx, [fields]));
  if (givenId === undefined) {
    await assertNumberFree(trx, fields.organisationId, fields.number);
    const id = newId(ctx);
    await trx
      .insertInto('activity')
      .values({ id, ...toColumns(fields), ...derived, revision: 1, created_at: at, updated_at: at })
      .execute();
    await writeChildren(trx, id, fields, ctx);
    const after = storedActivity(fields, { id, revision: 1, createdAt: at, updatedAt: at });
    await appendHistory(trx, { entityType: 'activity', entityId: id, action: 'create', label: activityLabel(after), before: null, after }, at);
    return after;
  }
  const before = await getActivity(trx, givenId);
  await assertRevisionRead(trx, { entityType: 'activity', entityId: givenId }, revision, before.revision);
  await assertNumberFree(trx, fields.organisationId, fields.number, givenId);
  await trx
    .updateTable('activity')
    .set({ ...toColumns(fields), ...derived, revision: before.revision + 1, updated_at: at })
    .where('id', '=', givenId)
    .execute();
  await writeChildren(trx, givenId, fields, ctx);
  const after = storedActivity(fields, { id: givenId, revision: before.revision + 1, createdAt: before.createdAt, updatedAt: at });
  await appendHistory(trx, { entityType: 'activity', entityId: givenId, action: 'update', label: activityLabel(after), before, after }, at);
  return after;
}

/**
 * Inserts activities exactly as given (import): ids, revisions, times and
 * child ids kept. Many rows per statement, one history batch: importing
 * 10,000 activities is a few thousand statements, not hundreds of thousands.
 * `replacedById` links are written after every row exists.
 */
export async function insertActivityRecords(trx: Kysely<DB>, records: readonly Activity[], at: string, ctx: WriteContext): Promise<void> {
  const facts = await listFacts(trx);
  await insertRows(
    trx,
    'activity',
    records.map((record) => ({
      id: record.id,
      ...toColumns({ ...record, replacedById: null }),
      ...listColumns(record, facts),
      revision: record.revision,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
    })),
  );
  const rows = emptyChildRows();
  for (const record of records) collectChildRows(rows, record.id, record, ctx);
  await insertChildRows(trx, rows);
  for (const record of records) {
    if (record.replacedById !== null) {
      await trx.updateTable('activity').set({ replaced_by_id: record.replacedById }).where('id', '=', record.id).execute();
    }
  }
  await appendHistoryBatch(
    trx,
    records.map((record) => ({ entityType: 'activity', entityId: record.id, action: 'create', label: activityLabel(record), before: null, after: record })),
    at,
  );
}

/** Deletes an activity and its link rows; activities it replaced lose the link. */
export async function deleteActivity(trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> {
  const before = await getActivity(trx, id);
  const at = timestamp(ctx);
  const replacing = await trx.selectFrom('activity').select('id').where('replaced_by_id', '=', id).execute();
  for (const row of replacing) {
    const other = await getActivity(trx, row.id);
    await saveActivity(trx, { ...other, replacedById: null }, ctx);
  }
  await trx.deleteFrom('activity').where('id', '=', id).execute();
  await appendHistory(trx, { entityType: 'activity', entityId: id, action: 'delete', label: activityLabel(before), before, after: null }, at);
}
