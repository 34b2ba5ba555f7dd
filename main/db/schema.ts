/**
 * Kysely table types for a register file, matching the migrations. Rows are
 * the database's shapes (snake_case, 0/1 booleans, nullable text dates); the
 * repositories map them to the domain shapes in shared/domain. The tables
 * of the activities (schema-activity.ts) and of the DPO's records
 * (schema-dpo-records.ts) are kept in parts of their own, one file per
 * kind of record, and re-exported here: importers name only schema.ts.
 */
import type { Generated, Selectable } from 'kysely';
import type { ActivityTable, ActivityPurposeTable, ActivityPurposeLegalBasisTable, ActivityLegalBasisTable, ActivityNamedSourceTable, ActivityArt9ConditionTable, ActivityDataSubjectTable, ActivityDataCategoryTable, ActivitySourceTable, ActivityRecipientTable, ActivityProcessorTable, ActivityTransferTable, ActivitySecurityMeasureTable, ActivityDpiaCriterionTable, ActivityControllerTable } from './schema-activity.ts';
import type { BreachTable, SubjectRequestTable, BreachActivityTable, BreachProcessorTable, BreachDataCategoryTable, BreachDataSubjectTable, SubjectRequestDataSubjectTable, SubjectRequestActivityTable } from './schema-dpo-records.ts';
import type { Bool, CatalogueColumns, RecordColumns } from './schema-columns.ts';

export type * from './schema-activity.ts';
export type * from './schema-dpo-records.ts';

export interface MetaTable {
  key: string;
  value: string;
}

export interface OrganisationTable extends RecordColumns {
  id: string;
  name: string;
  reg_no: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  contact_person: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  representative_name: string;
  representative_contact: string;
  /** 2026-12-05-15-model: the organisation's roles, a JSON array of ORGANISATION_ROLES. */
  roles: Generated<string>;
  notes: string;
  /** Migration 2026-12-05-15r: data subjects from which an activity is "large scale". */
  large_scale_threshold: Generated<number>;
}

export interface DataCategoryTable extends CatalogueColumns {
  kind: 'ordinary' | 'special' | 'criminal';
}
export interface DataSubjectCategoryTable extends CatalogueColumns {
  employees: Bool;
  vulnerable: Bool;
}
export interface RecipientCategoryTable extends CatalogueColumns {
  type: 'internal' | 'external' | 'processor' | 'authority';
}
export interface LegalBasisTable extends CatalogueColumns {
  gdpr_point: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
  law_reference: string;
}
export interface Art9ConditionTable extends CatalogueColumns {
  point: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
}
export interface CountryTable extends CatalogueColumns {
  kind: 'country' | 'international_organisation';
  eea: Bool;
  adequacy: 'none' | 'adequate' | 'partial';
  adequacy_note: string;
  adequacy_decision: string;
  checked_on: string | null;
}
export interface TransferMechanismTable extends CatalogueColumns {
  article: '45' | '46' | '49';
}
export interface SecurityMeasureTable extends CatalogueColumns {
  type: 'technical' | 'organisational';
}

export interface ProcessorTable extends RecordColumns {
  id: string;
  name: string;
  reg_no: string;
  country_id: string | null;
  address: string;
  contact: string;
  role: 'processor' | 'sub_processor' | 'joint_controller' | 'independent_controller';
  service: string;
  contract_date: string | null;
  contract_reference: string;
  contract_expiry: string | null;
  data_location: string;
  transfer_mechanism_id: string | null;
  dpf_certified: Bool;
  dpf_checked_on: string | null;
  sub_processor_notes: string;
  last_reviewed_on: string | null;
  notes: string;
}

export interface ProcessorSubProcessorTable {
  processor_id: string;
  sub_processor_id: string;
  position: number;
}

export interface RetentionRuleTable extends RecordColumns {
  id: string;
  name: string;
  data_category_id: string | null;
  period_value: number | null;
  period_unit: 'days' | 'months' | 'years' | null;
  criterion: string;
  /** 2026-12-05-15-model: structured | not_stated | not_parsed, and the period as typed. */
  period_state: 'structured' | 'not_stated' | 'not_parsed';
  period_text: string;
  start_event: string;
  legal_source: string;
  legal_article: string;
  action_at_expiry: 'delete' | 'anonymise' | 'archive' | 'review';
  backups_covered: Bool;
  owner: string;
  last_reviewed_on: string | null;
  notes: string;
}

export interface HistoryTable {
  seq: Generated<number>;
  at: string;
  entity_type: string;
  entity_id: string;
  action: 'create' | 'update' | 'delete';
  label: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
  /** Who made the change (migration 2026-12-04-16); NULL in older entries: "unknown". */
  author: string | null;
}

/** "The chain up to `seq` was recomputed intact; entry `seq` had `hash`" (migration 2026-12-06-16). */
export interface HistoryCheckpointTable {
  seq: number;
  hash: string;
}

export interface DB {
  meta: MetaTable;
  organisation: OrganisationTable;
  data_category: DataCategoryTable;
  data_subject_category: DataSubjectCategoryTable;
  recipient_category: RecipientCategoryTable;
  legal_basis: LegalBasisTable;
  art9_condition: Art9ConditionTable;
  country: CountryTable;
  transfer_mechanism: TransferMechanismTable;
  security_measure: SecurityMeasureTable;
  processor: ProcessorTable;
  processor_sub_processor: ProcessorSubProcessorTable;
  retention_rule: RetentionRuleTable;
  activity: ActivityTable;
  activity_purpose: ActivityPurposeTable;
  activity_purpose_legal_basis: ActivityPurposeLegalBasisTable;
  activity_legal_basis: ActivityLegalBasisTable;
  activity_named_source: ActivityNamedSourceTable;
  activity_art9_condition: ActivityArt9ConditionTable;
  activity_data_subject: ActivityDataSubjectTable;
  activity_data_category: ActivityDataCategoryTable;
  activity_source: ActivitySourceTable;
  activity_recipient: ActivityRecipientTable;
  activity_processor: ActivityProcessorTable;
  activity_transfer: ActivityTransferTable;
  activity_security_measure: ActivitySecurityMeasureTable;
  activity_dpia_criterion: ActivityDpiaCriterionTable;
  activity_controller: ActivityControllerTable;
  breach: BreachTable;
  breach_activity: BreachActivityTable;
  breach_processor: BreachProcessorTable;
  breach_data_category: BreachDataCategoryTable;
  breach_data_subject: BreachDataSubjectTable;
  subject_request: SubjectRequestTable;
  subject_request_data_subject: SubjectRequestDataSubjectTable;
  subject_request_activity: SubjectRequestActivityTable;
  history: HistoryTable;
  history_checkpoint: HistoryCheckpointTable;
}

export type HistoryRow = Selectable<HistoryTable>;
