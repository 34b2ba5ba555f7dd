/** Rows as an older build wrote them, for migration tests: only the columns that existed before the later migrations. */

/** An organisation row of the initial schema. */
export function organisationRow(id: string, name: string, at: string) {
  return {
    id, name, reg_no: '', address: '', email: '', phone: '', website: '', contact_person: '', dpo_name: '', dpo_email: '',
    dpo_phone: '', representative_name: '', representative_contact: '', notes: '', created_at: at, updated_at: at,
  };
}

/** An active controller activity row of the initial schema, numbered and named `number`. */
export function activityRow(id: string, organisationId: string, number: string, at: string) {
  return {
    id, organisation_id: organisationId, kind: 'controller' as const, number, name: number, description: '', owner_unit: '', owner_person: '', status: 'active' as const,
    created_on: '2026-01-01', last_reviewed_on: null, reviewed_by: '', next_review_on: null, ended_on: null, replaced_by_id: null, art9_notes: '', art10_basis: '',
    source_notes: '', joint_controller_arrangement: '', security_notes: '', systems: '', data_location: '', automated_decision: 0 as const,
    automated_decision_legal_effect: 0 as const, profiling: 0 as const, automated_decision_logic: '', art22_basis: null, dpia_status: 'not_assessed' as const,
    dpia_reference: '', dpia_completed_on: null, dpia_notes: '', notes: '', created_at: at, updated_at: at,
  };
}
