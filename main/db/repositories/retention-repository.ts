/** Retention rules: the register's retention schedule. */
import type { Kysely, Selectable } from 'kysely';
import type { RetentionRule } from '../../../shared/domain/retention.ts';
import { AppError } from '../../errors.ts';
import type { DB, RetentionRuleTable } from '../schema.ts';
import { appendHistory, appendHistoryBatch } from './history-repository.ts';
import { fromBool, insertRows, newId, timestamp, toBool, type WriteContext } from './write-context.ts';
import { assertRevisionRead } from './revision.ts';

/** A rule's fields; the period's state and text may be left out (a rule from before issue 15, or typed in the editor: structured, no text). */
type RuleFields = Omit<RetentionRule, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'periodState' | 'periodText'> &
  Partial<Pick<RetentionRule, 'periodState' | 'periodText'>>;

function fromRow(row: Selectable<RetentionRuleTable>): RetentionRule {
  return {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    name: row.name,
    dataCategoryId: row.data_category_id,
    periodValue: row.period_value,
    periodUnit: row.period_unit,
    criterion: row.criterion,
    periodState: row.period_state,
    periodText: row.period_text,
    startEvent: row.start_event,
    legalSource: row.legal_source,
    legalArticle: row.legal_article,
    actionAtExpiry: row.action_at_expiry,
    backupsCovered: fromBool(row.backups_covered),
    owner: row.owner,
    lastReviewedOn: row.last_reviewed_on,
    notes: row.notes,
  };
}

function toColumns(input: RuleFields) {
  return {
    name: input.name,
    data_category_id: input.dataCategoryId,
    period_value: input.periodValue,
    period_unit: input.periodUnit,
    criterion: input.criterion,
    period_state: input.periodState ?? 'structured',
    period_text: input.periodText ?? '',
    start_event: input.startEvent,
    legal_source: input.legalSource,
    legal_article: input.legalArticle,
    action_at_expiry: input.actionAtExpiry,
    backups_covered: toBool(input.backupsCovered),
    owner: input.owner,
    last_reviewed_on: input.lastReviewedOn,
    notes: input.notes,
  };
}

export async function listRetentionRules(db: Kysely<DB>): Promise<RetentionRule[]> {
  const rows = await db.selectFrom('retention_rule').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findRetentionRule(db: Kysely<DB>, id: string): Promise<RetentionRule | undefined> {
  const row = await db.selectFrom('retention_rule').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function getRetentionRule(db: Kysely<DB>, id: string): Promise<RetentionRule> {
  const found = await findRetentionRule(db, id);
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}

/** Creates (no id) or updates (id and loaded revision) a rule. */
export async function saveRetentionRule(
  trx: Kysely<DB>,
  input: RuleFields & { id?: string | undefined; revision?: number | undefined },
  ctx: WriteContext,
): Promise<RetentionRule> {
  const at = timestamp(ctx);
  if (input.id === undefined) {
    const id = newId(ctx);
    await trx
      .insertInto('retention_rule')
      .values({ id, ...toColumns(input), revision: 1, created_at: at, updated_at: at })
      .execute();
    const after = await getRetentionRule(trx, id);
    await appendHistory(trx, { entityType: 'retentionRule', entityId: id, action: 'create', label: after.name, before: null, after }, at);
    return after;
  }
  const before = await getRetentionRule(trx, input.id);
  await assertRevisionRead(trx, { entityType: 'retentionRule', entityId: input.id }, input.revision, before.revision);
  await trx
    .updateTable('retention_rule')
    .set({ ...toColumns(input), revision: before.revision + 1, updated_at: at })
    .where('id', '=', input.id)
    .execute();
  const after = await getRetentionRule(trx, input.id);
  await appendHistory(trx, { entityType: 'retentionRule', entityId: input.id, action: 'update', label: after.name, before, after }, at);
  return after;
}

/** Inserts rules exactly as given (import). */
export async function insertRetentionRuleRecords(trx: Kysely<DB>, records: readonly RetentionRule[], at: string): Promise<void> {
  await insertRows(
    trx,
    'retention_rule',
    records.map((record) => ({ id: record.id, ...toColumns(record), revision: record.revision, created_at: record.createdAt, updated_at: record.updatedAt })),
  );
  await appendHistoryBatch(
    trx,
    records.map((record) => ({ entityType: 'retentionRule', entityId: record.id, action: 'create', label: record.name, before: null, after: record })),
    at,
  );
}

/** Deletes a rule no activity links to any more. */
export async function deleteRetentionRule(trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> {
  const before = await getRetentionRule(trx, id);
  await trx.deleteFrom('retention_rule').where('id', '=', id).execute();
  await appendHistory(trx, { entityType: 'retentionRule', entityId: id, action: 'delete', label: before.name, before, after: null }, timestamp(ctx));
}
