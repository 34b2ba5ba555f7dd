/**
 * Kysely table types of the activities and their child rows (schema.ts's
 * part for the records of processing, Art. 30(1)): the database's shapes,
 * matching the migrations; activity-rows.ts maps them to shared/domain.
 */
import type { Generated } from 'kysely';
import type { Bool, RecordColumns } from './schema-columns.ts';

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
