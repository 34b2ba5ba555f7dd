/** Retention rules: the register's retention schedule. */
import type { Kysely } from 'kysely';
import type { RetentionRule } from '../../../shared/domain/retention.ts';
import type { DB } from '../schema.ts';
import { recordColumns, withDefault } from './record-columns.ts';
import { deleteRecord, insertRecords, recordReader, saveRecord, type RecordTable, type SaveInput } from './record-table.ts';
import type { WriteContext } from './write-context.ts';

/** A rule's fields; the period's state and text may be left out (a rule from before issue 15, or typed in the editor: structured, no text). */
type RuleFields = Omit<RetentionRule, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'periodState' | 'periodText'> &
  Partial<Pick<RetentionRule, 'periodState' | 'periodText'>>;

const columns = recordColumns<RetentionRule>({
  name: 'as-is',
  dataCategoryId: 'as-is',
  periodValue: 'as-is',
  periodUnit: 'as-is',
  criterion: 'as-is',
  periodState: withDefault('structured'),
  periodText: withDefault(''),
  startEvent: 'as-is',
  legalSource: 'as-is',
  legalArticle: 'as-is',
  actionAtExpiry: 'as-is',
  backupsCovered: 'bool',
  owner: 'as-is',
  lastReviewedOn: 'as-is',
  notes: 'as-is',
});

const reader = recordReader('retention_rule', columns);

/** All retention rules, by name. */
export const listRetentionRules = reader.list;
/** The rule, or undefined when there is none. */
export const findRetentionRule = reader.find;
/** The rule (NOT_FOUND when there is none). */
export const getRetentionRule = reader.get;

const retentionTable: RecordTable<RetentionRule, RuleFields> = {
  table: 'retention_rule',
  entityType: 'retentionRule',
  toColumns: columns.toColumns,
  get: getRetentionRule,
  label: (rule) => rule.name,
};

/** Creates (no id) or updates (id and loaded revision) a rule. */
export const saveRetentionRule = (trx: Kysely<DB>, input: SaveInput<RuleFields>, ctx: WriteContext): Promise<RetentionRule> => saveRecord(trx, retentionTable, input, ctx);

/** Inserts rules exactly as given (import). */
export const insertRetentionRuleRecords = (trx: Kysely<DB>, records: readonly RetentionRule[], at: string): Promise<void> => insertRecords(trx, retentionTable, records, at);

/** Deletes a rule no activity links to any more. */
export const deleteRetentionRule = (trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> => deleteRecord(trx, retentionTable, id, ctx);
