/**
 * An activity's own row: its fields as the `activity` table's columns and
 * back. The link rows live in activity-child-rows.ts.
 */
import type { Selectable } from 'kysely';
import type { Activity } from '../../../shared/domain/activity.ts';
import type { ActivityTable } from '../schema.ts';
import { fromBool, toBool } from './write-context.ts';

export type ActivityFields = Omit<Activity, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

/** The label history and messages use for an activity. */
export function activityLabel(activity: { number: string; name: string }): string {
  return `${activity.number} ${activity.name}`.trim();
}

export function toColumns(input: ActivityFields) {
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

export function fromRow(row: Selectable<ActivityTable>): Activity {
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
    legalBasisIds: [],
    purposes: [],
    art9ConditionIds: [],
    art9Notes: row.art9_notes,
    art10Basis: row.art10_basis,
    dataSubjectCategoryIds: [],
    dataCategories: [],
    sourceTypes: [],
    sourceNotes: row.source_notes,
    namedSources: [],
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
