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
import type { Activity, ActivityDraft, ActivitySummary, DpiaCriterion } from '../../../shared/domain/activity.ts';
import { AppError } from '../../errors.ts';
import type { ActivityTable, DB } from '../schema.ts';
import { appendHistory } from './history-repository.ts';
import { chunks, fromBool, newId, timestamp, toBool, type WriteContext } from './write-context.ts';

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
    security_notes: input.securityNotes,
    systems: input.systems,
    data_location: input.dataLocation,
    automated_decision: toBool(input.automatedDecision),
    automated_decision_legal_effect: toBool(input.automatedDecisionLegalEffect),
    profiling: toBool(input.profiling),
    automated_decision_logic: input.automatedDecisionLogic,
    art22_basis: input.art22Basis,
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
    dpiaCriteria: [],
    dpiaStatus: row.dpia_status,
    dpiaReference: row.dpia_reference,
    dpiaCompletedOn: row.dpia_completed_on,
    dpiaNotes: row.dpia_notes,
    controllers: [],
    notes: row.notes,
  };
}

function byPosition<T extends { position: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.position - b.position);
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

/** The list rows: the activity columns plus what filters need, in four queries. */
export async function listActivitySummaries(db: Kysely<DB>): Promise<ActivitySummary[]> {
  const rows = await db
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
    ])
    .orderBy('organisation_id')
    .orderBy('number')
    .execute();
  const bases = await db
    .selectFrom('activity_purpose as p')
    .innerJoin('activity_purpose_legal_basis as b', 'b.purpose_id', 'p.id')
    .innerJoin('legal_basis as l', 'l.id', 'b.legal_basis_id')
    .select(['p.activity_id', 'l.gdpr_point'])
    .distinct()
    .execute();
  const kinds = await db
    .selectFrom('activity_data_category as c')
    .innerJoin('data_category as d', 'd.id', 'c.data_category_id')
    .select(['c.activity_id', 'd.kind'])
    .where('d.kind', '<>', 'ordinary')
    .distinct()
    .execute();
  const transfers = await db
    .selectFrom('activity_transfer as t')
    .innerJoin('country as c', 'c.id', 't.country_id')
    .select(['t.activity_id', 't.country_id', 't.position'])
    .where('c.eea', '=', 0)
    .orderBy('t.activity_id')
    .orderBy('t.position')
    .execute();

  const pointsOf = new Map<string, Set<string>>();
  for (const row of bases) {
    const set = pointsOf.get(row.activity_id) ?? new Set<string>();
    set.add(row.gdpr_point);
    pointsOf.set(row.activity_id, set);
  }
  const special = new Set<string>();
  const criminal = new Set<string>();
  for (const row of kinds) (row.kind === 'special' ? special : criminal).add(row.activity_id);
  const countriesOf = new Map<string, string[]>();
  for (const row of transfers) {
    const list = countriesOf.get(row.activity_id) ?? [];
    if (!list.includes(row.country_id)) list.push(row.country_id);
    countriesOf.set(row.activity_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    number: row.number,
    name: row.name,
    ownerUnit: row.owner_unit,
    status: row.status,
    legalBasisPoints: [...(pointsOf.get(row.id) ?? [])].sort(),
    hasSpecialData: special.has(row.id),
    hasCriminalData: criminal.has(row.id),
    transferCountryIds: countriesOf.get(row.id) ?? [],
    lastReviewedOn: row.last_reviewed_on,
    nextReviewOn: row.next_review_on,
    updatedAt: row.updated_at,
  }));
}

/** Writes the link rows of an activity (after removing the old ones). */
async function writeChildren(trx: Kysely<DB>, id: string, input: ActivityFields, ctx: WriteContext): Promise<void> {
  await removeChildren(trx, id);
  const at = (rows: unknown[]) => rows.length > 0;
  const purposes = input.purposes.map((purpose, position) => ({ ...purpose, id: purpose.id ?? newId(ctx), position }));
  if (at(purposes)) {
    await trx
      .insertInto('activity_purpose')
      .values(
        purposes.map((p) => ({
          id: p.id,
          activity_id: id,
          position: p.position,
          description: p.description,
          legitimate_interest: p.legitimateInterest,
          legitimate_interest_assessment: p.legitimateInterestAssessment,
          legitimate_interest_assessed_on: p.legitimateInterestAssessedOn,
        })),
      )
      .execute();
    const bases = purposes.flatMap((p) =>
      p.legalBasisIds.map((legalBasisId, position) => ({ purpose_id: p.id, legal_basis_id: legalBasisId, position })),
    );
    if (at(bases)) await trx.insertInto('activity_purpose_legal_basis').values(bases).execute();
  }
  const simple = async <T extends keyof DB>(table: T, rows: Array<Record<string, unknown>>) => {
    if (rows.length > 0) await trx.insertInto(table).values(rows as any).execute();
  };
  await simple(
    'activity_art9_condition',
    input.art9ConditionIds.map((art9ConditionId, position) => ({ activity_id: id, art9_condition_id: art9ConditionId, position })),
  );
  await simple(
    'activity_data_subject',
    input.dataSubjectCategoryIds.map((categoryId, position) => ({ activity_id: id, data_subject_category_id: categoryId, position })),
  );
  await simple(
    'activity_data_category',
    input.dataCategories.map((row, position) => ({
      activity_id: id,
      data_category_id: row.dataCategoryId,
      retention_rule_id: row.retentionRuleId,
      position,
      notes: row.notes,
    })),
  );
  await simple(
    'activity_source',
    input.sourceTypes.map((sourceType, position) => ({ activity_id: id, source_type: sourceType, position })),
  );
  await simple(
    'activity_recipient',
    input.recipients.map((row, position) => ({ activity_id: id, recipient_category_id: row.recipientCategoryId, position, notes: row.notes })),
  );
  await simple(
    'activity_processor',
    input.processors.map((row, position) => ({ activity_id: id, processor_id: row.processorId, position, notes: row.notes })),
  );
  await simple(
    'activity_transfer',
    input.transfers.map((row, position) => ({
      id: row.id ?? newId(ctx),
      activity_id: id,
      position,
      country_id: row.countryId,
      processor_id: row.processorId,
      transfer_mechanism_id: row.transferMechanismId,
      safeguard_documents: row.safeguardDocuments,
      derogation_justification: row.derogationJustification,
      notes: row.notes,
    })),
  );
  await simple(
    'activity_security_measure',
    input.securityMeasureIds.map((measureId, position) => ({ activity_id: id, security_measure_id: measureId, position })),
  );
  await simple(
    'activity_dpia_criterion',
    input.dpiaCriteria.map((criterion, position) => ({ activity_id: id, criterion, position })),
  );
  await simple(
    'activity_controller',
    input.controllers.map((row, position) => ({
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
    })),
  );
}

const CHILD_TABLES = [
  'activity_purpose',
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
] as const;

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
export async function saveActivity(trx: Kysely<DB>, draft: ActivityDraft, ctx: WriteContext): Promise<Activity> {
  const at = timestamp(ctx);
  const { id: givenId, revision, ...fields } = draft;
  if (givenId === undefined) {
    await assertNumberFree(trx, fields.organisationId, fields.number);
    const id = newId(ctx);
    await trx
      .insertInto('activity')
      .values({ id, ...toColumns(fields), revision: 1, created_at: at, updated_at: at })
      .execute();
    await writeChildren(trx, id, fields, ctx);
    const after = await getActivity(trx, id);
    await appendHistory(trx, { entityType: 'activity', entityId: id, action: 'create', label: activityLabel(after), before: null, after }, at);
    return after;
  }
  const before = await getActivity(trx, givenId);
  if (revision !== undefined && revision !== before.revision) throw new AppError('CONFLICT');
  await assertNumberFree(trx, fields.organisationId, fields.number, givenId);
  await trx
    .updateTable('activity')
    .set({ ...toColumns(fields), revision: before.revision + 1, updated_at: at })
    .where('id', '=', givenId)
    .execute();
  await writeChildren(trx, givenId, fields, ctx);
  const after = await getActivity(trx, givenId);
  await appendHistory(trx, { entityType: 'activity', entityId: givenId, action: 'update', label: activityLabel(after), before, after }, at);
  return after;
}

/**
 * Inserts activities exactly as given (import): ids, revisions, times and
 * child ids kept. `replacedById` links are written after every row exists.
 */
export async function insertActivityRecords(trx: Kysely<DB>, records: readonly Activity[], at: string, ctx: WriteContext): Promise<void> {
  for (const record of records) {
    await trx
      .insertInto('activity')
      .values({
        id: record.id,
        ...toColumns({ ...record, replacedById: null }),
        revision: record.revision,
        created_at: record.createdAt,
        updated_at: record.updatedAt,
      })
      .execute();
    await writeChildren(trx, record.id, record, ctx);
  }
  for (const record of records) {
    if (record.replacedById !== null) {
      await trx.updateTable('activity').set({ replaced_by_id: record.replacedById }).where('id', '=', record.id).execute();
    }
    await appendHistory(trx, { entityType: 'activity', entityId: record.id, action: 'create', label: activityLabel(record), before: null, after: record }, at);
  }
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
