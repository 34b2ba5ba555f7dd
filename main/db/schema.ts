/**
 * Kysely table types for a register file, matching the migrations. Rows are
 * the database's shapes (snake_case, 0/1 booleans, nullable text dates); the
 * repositories map them to the domain shapes in shared/domain.
 */
import type { Generated, Selectable } from 'kysely';

type Bool = 0 | 1;

interface RecordColumns {
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

interface CatalogueColumns extends RecordColumns {
  id: string;
  name_lv: string;
  name_en: string;
  description: Generated<string>;
  builtin: Generated<Bool>;
}

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

export interface ActivityTable extends RecordColumns {
  id: string;
  organisation_id: string;
  kind: 'controller' | 'processor';
  number: string;
  name: string;
  description: string;
  owner_unit: string;
  owner_person: string;
  status: 'draft' | 'active' | 'ended';
  created_on: string;
  last_reviewed_on: string | null;
  reviewed_by: string;
  next_review_on: string | null;
  ended_on: string | null;
  replaced_by_id: string | null;
  art9_notes: string;
  art10_basis: string;
  source_notes: string;
  joint_controller_arrangement: string;
  /** 2026-12-05-15-model: "none" as an answer. */
  recipients_none: Bool;
  transfers_none: Bool;
  processors_none: Bool;
  security_notes: string;
  systems: string;
  data_location: string;
  automated_decision: Bool;
  automated_decision_legal_effect: Bool;
  profiling: Bool;
  automated_decision_logic: string;
  art22_basis: 'contract' | 'law' | 'explicit_consent' | null;
  dpia_status: 'not_assessed' | 'not_required' | 'required' | 'in_progress' | 'done';
  dpia_reference: string;
  dpia_completed_on: string | null;
  dpia_notes: string;
  notes: string;
  /** Migration 2026-12-05-15r: the inspector-like checks' fields. */
  approx_subjects: Generated<number | null>;
  approx_records: Generated<number | null>;
  automated_decision_no_effect_reason: Generated<string>;
  profiling_information: Generated<string>;
  /** Derived for the list (migration 003): Art. 6(1) points 'b,c,f'; special/criminal data; non-EEA destinations 'US,GB'. */
  list_legal_bases: Generated<string>;
  list_special: Generated<Bool>;
  list_criminal: Generated<Bool>;
  list_transfer_countries: Generated<string>;
}

export interface ActivityPurposeTable {
  id: string;
  activity_id: string;
  position: number;
  description: string;
  legitimate_interest: string;
  legitimate_interest_assessment: string;
  legitimate_interest_assessed_on: string | null;
}

export interface ActivityPurposeLegalBasisTable {
  purpose_id: string;
  legal_basis_id: string;
  position: number;
}

/** Migration 2026-12-06-15-activity-legal-basis: bases stated once for the activity. */
export interface ActivityLegalBasisTable {
  activity_id: string;
  legal_basis_id: string;
  position: number;
}

/** Migration 2026-12-06-15-named-sources: Art. 14(2)(f) sources, typed and named. */
export interface ActivityNamedSourceTable {
  activity_id: string;
  position: number;
  source_type: 'data_subject' | 'other_controller' | 'public_register' | 'partner' | 'publicly_available';
  name: string;
  data_category_id: string | null;
}

export interface ActivityArt9ConditionTable {
  activity_id: string;
  art9_condition_id: string;
  position: number;
}

export interface ActivityDataSubjectTable {
  activity_id: string;
  data_subject_category_id: string;
  position: number;
}

export interface ActivityDataCategoryTable {
  activity_id: string;
  data_category_id: string;
  retention_rule_id: string | null;
  position: number;
  notes: string;
}

export interface ActivitySourceTable {
  activity_id: string;
  source_type: 'data_subject' | 'third_party' | 'public' | 'observed';
  position: number;
}

export interface ActivityRecipientTable {
  activity_id: string;
  recipient_category_id: string;
  position: number;
  notes: string;
}

export interface ActivityProcessorTable {
  activity_id: string;
  processor_id: string;
  position: number;
  notes: string;
}

export interface ActivityTransferTable {
  id: string;
  activity_id: string;
  position: number;
  country_id: string;
  processor_id: string | null;
  transfer_mechanism_id: string | null;
  safeguard_documents: string;
  derogation_justification: string;
  notes: string;
}

export interface ActivitySecurityMeasureTable {
  activity_id: string;
  security_measure_id: string;
  position: number;
}

export interface ActivityDpiaCriterionTable {
  activity_id: string;
  criterion: string;
  position: number;
}

export interface ActivityControllerTable {
  id: string;
  activity_id: string;
  position: number;
  name: string;
  reg_no: string;
  contact: string;
  representative: string;
  dpo_contact: string;
  processing_categories: string;
  contract_reference: string;
}

export interface BreachTable extends RecordColumns {
  id: string;
  organisation_id: string;
  number: string;
  title: string;
  occurred_at: string | null;
  aware_at: string;
  contained_at: string | null;
  description: string;
  approx_subjects: number | null;
  approx_records: number | null;
  systems: string;
  consequences: string;
  risk: 'unlikely' | 'risk' | 'high_risk' | null;
  risk_reasoning: string;
  measures_taken: string;
  measures_proposed: string;
  dvi_decision: 'undecided' | 'notify' | 'not_notify';
  dvi_not_notifying_reason: string;
  dvi_notified_at: string | null;
  dvi_reference: string;
  delay_reasons: string;
  subjects_decision: 'undecided' | 'inform' | 'not_inform';
  subjects_not_informing_reason: string;
  subjects_informed_on: string | null;
  subjects_informed_how: string;
  processor_notice_at: string | null;
  processor_notice_to: string;
  status: 'open' | 'closed';
  closed_on: string | null;
  /** JSON array of document references. */
  attachments: string;
  notes: string;
}

export interface SubjectRequestTable extends RecordColumns {
  id: string;
  organisation_id: string;
  number: string;
  type: 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'automated_decision' | 'consent_withdrawal';
  received_on: string;
  channel: 'email' | 'post' | 'in_person' | 'web_form' | 'phone' | 'other';
  requester: string;
  identity_verification: string;
  identity_verified_on: string | null;
  extension_months: number;
  extension_notified_on: string | null;
  extension_reasons: string;
  outcome: 'pending' | 'done' | 'partly' | 'refused';
  refusal_reason: string;
  complaint_notice_given: Bool;
  responded_on: string | null;
  status: 'open' | 'closed';
  notes: string;
}

export interface BreachActivityTable { breach_id: string; activity_id: string; position: number }
export interface BreachProcessorTable { breach_id: string; processor_id: string; position: number }
export interface BreachDataCategoryTable { breach_id: string; data_category_id: string; position: number }
export interface BreachDataSubjectTable { breach_id: string; data_subject_category_id: string; position: number }
export interface SubjectRequestDataSubjectTable { subject_request_id: string; data_subject_category_id: string; position: number }
export interface SubjectRequestActivityTable { subject_request_id: string; activity_id: string; position: number }

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

export type ActivityRow = Selectable<ActivityTable>;
export type HistoryRow = Selectable<HistoryTable>;
