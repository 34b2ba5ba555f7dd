/**
 * Reading processing activities whole. An activity is stored across one row
 * in `activity` and link rows in a dozen tables; it is always read whole.
 *
 * Reading many activities costs one query per table, whatever their number
 * (no query per activity), so listing, checking and exporting 10,000
 * activities stays linear.
 */
import type { Kysely } from 'kysely';
import type { Activity, DpiaCriterion } from '../../../shared/domain/activity.ts';
import { AppError } from '../../errors.ts';
import type { DB } from '../schema.ts';
import { fromRow } from './activity-rows.ts';
import { chunks } from './write-context.ts';

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
  for (const row of byPosition(await filter(db.selectFrom('activity_legal_basis').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).legalBasisIds.push(row.legal_basis_id);
  }
  for (const row of byPosition(await filter(db.selectFrom('activity_named_source').selectAll(), 'activity_id').execute())) {
    of(row.activity_id).namedSources.push({ sourceType: row.source_type, name: row.name, dataCategoryId: row.data_category_id });
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
