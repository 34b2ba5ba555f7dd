/**
 * The checks' own read of a register: the register document with only what
 * the compliance checks, each activity's completeness and the overview's
 * figures read (issue 17's last point, issue 19's "the first checks at
 * 10,000 activities"; docs/checks-speed.md).
 *
 * Reading the whole register after opening it was most of the first
 * checks' time: every column of every activity and its ~40 link rows became
 * strings and objects the garbage collector copied twice. The checks need
 * fewer: an activity's owner, dates of creation and end, notes and the
 * like are never looked at, an activity's security measures only for
 * whether there are any, a data category's or a recipient's notes never.
 * The breaches and requests are read whole (their lists answer from the
 * same document, document-cache.ts).
 *
 * What it leaves out reads as empty, so this is not the register: only the
 * checks may read it. test/services/checks-document.test.ts shows that the
 * checks' report of this document is exactly the whole document's (the demo
 * register and an untidy generated one) and that leaving out any column
 * listed here changes it.
 */
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import { loadActivities, type ActivityColumns } from '../db/repositories/activity-reading.ts';
import { exportDpoRecords } from './dpo-exchange.ts';
import { registerParts } from './register-document.ts';

/** The activity columns the checks read (besides each table's keys: ids, owner, position, an activity's organisation and number). */
export const CHECKS_COLUMNS: ActivityColumns = {
  columns: {
    activity: [
      'kind', 'name', 'description', 'status', 'last_reviewed_on', 'next_review_on', 'art10_basis', 'source_notes',
      'joint_controller_arrangement', 'recipients_none', 'security_notes', 'systems',
      'automated_decision', 'automated_decision_legal_effect', 'profiling', 'automated_decision_logic', 'art22_basis',
      'dpia_status', 'dpia_reference', 'dpia_notes', 'approx_subjects', 'automated_decision_no_effect_reason', 'profiling_information',
    ],
    activity_purpose: ['description', 'legitimate_interest', 'legitimate_interest_assessment'],
    activity_data_category: ['retention_rule_id'],
    activity_recipient: [],
    activity_transfer: ['processor_id', 'transfer_mechanism_id', 'safeguard_documents', 'derogation_justification'],
    activity_controller: ['contact', 'processing_categories'],
  },
  firstSecurityMeasure: true,
};

/**
 * The register as the checks read it (see above); `columns` is for the test
 * that shows each listed column is needed.
 */
export async function readChecksDocument(db: Kysely<DB>, columns: ActivityColumns = CHECKS_COLUMNS): Promise<RegisterDocument> {
  return { ...(await registerParts(db)), activities: await loadActivities(db, undefined, columns), ...(await exportDpoRecords(db)) };
}
