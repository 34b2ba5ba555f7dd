/** Retention rules: the register's retention schedule. */
import type { Kysely, Selectable } from 'kysely';
import type { RetentionRule } from '../../../shared/domain/retention.ts';
import { AppError } from '../../errors.ts';
import type { DB, RetentionRuleTable } from '../schema.ts';
import { deleteRecord, insertRecords, saveRecord, type RecordTable, type SaveInput } from './record-table.ts';
import { fromBool, toBool, type WriteContext } from './write-context.ts';

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

const retentionTable: RecordTable<RetentionRule, RuleFields> = {
  table: 'retention_rule',
  entityType: 'retentionRule',
  toColumns,
  get: getRetentionRule,
  label: (rule) => rule.name,
};

/** Creates (no id) or updates (id and loaded revision) a rule. */
export const saveRetentionRule = (trx: Kysely<DB>, input: SaveInput<RuleFields>, ctx: WriteContext): Promise<RetentionRule> => saveRecord(trx, retentionTable, input, ctx);

/** Inserts rules exactly as given (import). */
export const insertRetentionRuleRecords = (trx: Kysely<DB>, records: readonly RetentionRule[], at: string): Promise<void> => insertRecords(trx, retentionTable, records, at);

/** Deletes a rule no activity links to any more. */
export const deleteRetentionRule = (trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> => deleteRecord(trx, retentionTable, id, ctx);
