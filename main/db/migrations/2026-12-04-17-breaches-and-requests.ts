/**
 * The DPO's other records, in the same register file: the personal data
 * breach register (Art. 33(5)) and the log of data subject requests
 * (Art. 12–22). Their links to the register are link tables with declared
 * foreign keys: a breach or request owns its link rows (CASCADE), and the
 * records they point at (activities, processors, catalogue entries,
 * organisations) cannot be deleted under them (RESTRICT; the handlers refuse
 * first with IN_USE naming the breach or request).
 *
 * Frozen once released.
 */
import { sql, type Kysely } from 'kysely';

const record = `
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

const link = (table: string, owner: string, target: string, targetTable: string) => `
CREATE TABLE ${table} (
  ${owner}_id TEXT NOT NULL REFERENCES ${owner} (id) ON DELETE CASCADE,
  ${target} TEXT NOT NULL REFERENCES ${targetTable} (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  PRIMARY KEY (${owner}_id, ${target})
) STRICT`;

const statements = [
  `CREATE TABLE breach (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    occurred_at TEXT,
    aware_at TEXT NOT NULL,
    contained_at TEXT,
    description TEXT NOT NULL DEFAULT '',
    approx_subjects INTEGER CHECK (approx_subjects IS NULL OR approx_subjects >= 0),
    approx_records INTEGER CHECK (approx_records IS NULL OR approx_records >= 0),
    systems TEXT NOT NULL DEFAULT '',
    consequences TEXT NOT NULL DEFAULT '',
    risk TEXT CHECK (risk IS NULL OR risk IN ('unlikely', 'risk', 'high_risk')),
    risk_reasoning TEXT NOT NULL DEFAULT '',
    measures_taken TEXT NOT NULL DEFAULT '',
    measures_proposed TEXT NOT NULL DEFAULT '',
    dvi_decision TEXT NOT NULL CHECK (dvi_decision IN ('undecided', 'notify', 'not_notify')),
    dvi_not_notifying_reason TEXT NOT NULL DEFAULT '',
    dvi_notified_at TEXT,
    dvi_reference TEXT NOT NULL DEFAULT '',
    delay_reasons TEXT NOT NULL DEFAULT '',
    subjects_decision TEXT NOT NULL CHECK (subjects_decision IN ('undecided', 'inform', 'not_inform')),
    subjects_not_informing_reason TEXT NOT NULL DEFAULT '',
    subjects_informed_on TEXT,
    subjects_informed_how TEXT NOT NULL DEFAULT '',
    processor_notice_at TEXT,
    processor_notice_to TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closed_on TEXT,
    attachments TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    ${record},
    CHECK (occurred_at IS NULL OR aware_at >= occurred_at)
  ) STRICT`,
  link('breach_activity', 'breach', 'activity_id', 'activity'),
  link('breach_processor', 'breach', 'processor_id', 'processor'),
  link('breach_data_category', 'breach', 'data_category_id', 'data_category'),
  link('breach_data_subject', 'breach', 'data_subject_category_id', 'data_subject_category'),

  `CREATE TABLE subject_request (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    number TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated_decision', 'consent_withdrawal')),
    received_on TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'post', 'in_person', 'web_form', 'phone', 'other')),
    requester TEXT NOT NULL,
    identity_verification TEXT NOT NULL DEFAULT '',
    identity_verified_on TEXT,
    extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_notified_on TEXT,
    extension_reasons TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'done', 'partly', 'refused')),
    refusal_reason TEXT NOT NULL DEFAULT '',
    complaint_notice_given INTEGER NOT NULL DEFAULT 0 CHECK (complaint_notice_given IN (0, 1)),
    responded_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    notes TEXT NOT NULL DEFAULT '',
    ${record},
    CHECK (responded_on IS NULL OR responded_on >= received_on)
  ) STRICT`,
  link('subject_request_data_subject', 'subject_request', 'data_subject_category_id', 'data_subject_category'),
  link('subject_request_activity', 'subject_request', 'activity_id', 'activity'),

  'CREATE INDEX breach_organisation_idx ON breach (organisation_id)',
  'CREATE INDEX breach_activity_idx ON breach_activity (activity_id)',
  'CREATE INDEX breach_processor_idx ON breach_processor (processor_id)',
  'CREATE INDEX breach_data_category_idx ON breach_data_category (data_category_id)',
  'CREATE INDEX breach_data_subject_idx ON breach_data_subject (data_subject_category_id)',
  'CREATE INDEX subject_request_organisation_idx ON subject_request (organisation_id)',
  'CREATE INDEX subject_request_received_idx ON subject_request (received_on)',
  'CREATE INDEX subject_request_data_subject_idx ON subject_request_data_subject (data_subject_category_id)',
  'CREATE INDEX subject_request_activity_idx ON subject_request_activity (activity_id)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
