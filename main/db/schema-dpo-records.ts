/**
 * Kysely table types of the DPO's records (schema.ts's part for the breach
 * register, Art. 33(5), and the data subject request log, Art. 12-22) and
 * their link tables: the database's shapes, matching the migrations.
 */
import type { Bool, RecordColumns } from './schema-columns.ts';

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
