/**
 * The first schema of a register file. Frozen once released: later changes
 * are new migrations.
 *
 * Conventions: tables STRICT; ids TEXT; dates TEXT 'YYYY-MM-DD'; instants
 * TEXT ISO 8601 UTC; booleans INTEGER 0/1 with a CHECK; every foreign key
 * declared. Link rows that belong to an activity go with it (CASCADE); links
 * to shared records (processors, rules, catalogue entries) are RESTRICT, so
 * the database itself refuses a dangling link.
 */
import { sql, type Kysely } from 'kysely';

const record = `
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL`;

const bool = (name: string) => `${name} INTEGER NOT NULL DEFAULT 0 CHECK (${name} IN (0, 1))`;

const catalogue = (name: string, extra: string) => `
CREATE TABLE ${name} (
  id TEXT PRIMARY KEY NOT NULL,
  name_lv TEXT NOT NULL,
  name_en TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  ${bool('builtin')},
  ${extra},
  ${record}
) STRICT`;

const statements = [
  `CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    reg_no TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    dpo_name TEXT NOT NULL DEFAULT '',
    dpo_email TEXT NOT NULL DEFAULT '',
    dpo_phone TEXT NOT NULL DEFAULT '',
    representative_name TEXT NOT NULL DEFAULT '',
    representative_contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    ${record}
  ) STRICT`,

  catalogue('data_category', `kind TEXT NOT NULL CHECK (kind IN ('ordinary', 'special', 'criminal'))`),
  catalogue('data_subject_category', `${bool('employees')}, ${bool('vulnerable')}`),
  catalogue(
    'recipient_category',
    `type TEXT NOT NULL CHECK (type IN ('internal', 'external', 'processor', 'authority'))`,
  ),
  catalogue(
    'legal_basis',
    `gdpr_point TEXT NOT NULL CHECK (gdpr_point IN ('a', 'b', 'c', 'd', 'e', 'f')),
     law_reference TEXT NOT NULL DEFAULT ''`,
  ),
  catalogue(
    'art9_condition',
    `point TEXT NOT NULL CHECK (point IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'))`,
  ),
  catalogue(
    'country',
    `kind TEXT NOT NULL CHECK (kind IN ('country', 'international_organisation')),
     ${bool('eea')},
     adequacy TEXT NOT NULL CHECK (adequacy IN ('none', 'adequate', 'partial')),
     adequacy_note TEXT NOT NULL DEFAULT '',
     adequacy_decision TEXT NOT NULL DEFAULT '',
     checked_on TEXT`,
  ),
  catalogue('transfer_mechanism', `article TEXT NOT NULL CHECK (article IN ('45', '46', '49'))`),
  catalogue('security_measure', `type TEXT NOT NULL CHECK (type IN ('technical', 'organisational'))`),

  `CREATE TABLE processor (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    reg_no TEXT NOT NULL DEFAULT '',
    country_id TEXT REFERENCES country (id) ON DELETE RESTRICT,
    address TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('processor', 'sub_processor', 'joint_controller', 'independent_controller')),
    service TEXT NOT NULL DEFAULT '',
    contract_date TEXT,
    contract_reference TEXT NOT NULL DEFAULT '',
    contract_expiry TEXT,
    data_location TEXT NOT NULL DEFAULT '',
    transfer_mechanism_id TEXT REFERENCES transfer_mechanism (id) ON DELETE RESTRICT,
    ${bool('dpf_certified')},
    dpf_checked_on TEXT,
    sub_processor_notes TEXT NOT NULL DEFAULT '',
    last_reviewed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    ${record}
  ) STRICT`,

  `CREATE TABLE processor_sub_processor (
    processor_id TEXT NOT NULL REFERENCES processor (id) ON DELETE CASCADE,
    sub_processor_id TEXT NOT NULL REFERENCES processor (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (processor_id, sub_processor_id),
    CHECK (processor_id <> sub_processor_id)
  ) STRICT`,

  `CREATE TABLE retention_rule (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    data_category_id TEXT REFERENCES data_category (id) ON DELETE RESTRICT,
    period_value INTEGER CHECK (period_value IS NULL OR period_value >= 1),
    period_unit TEXT CHECK (period_unit IS NULL OR period_unit IN ('days', 'months', 'years')),
    criterion TEXT NOT NULL DEFAULT '',
    start_event TEXT NOT NULL DEFAULT '',
    legal_source TEXT NOT NULL DEFAULT '',
    legal_article TEXT NOT NULL DEFAULT '',
    action_at_expiry TEXT NOT NULL CHECK (action_at_expiry IN ('delete', 'anonymise', 'archive', 'review')),
    ${bool('backups_covered')},
    owner TEXT NOT NULL DEFAULT '',
    last_reviewed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    ${record},
    CHECK ((period_value IS NULL) = (period_unit IS NULL))
  ) STRICT`,

  `CREATE TABLE activity (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('controller', 'processor')),
    number TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner_unit TEXT NOT NULL DEFAULT '',
    owner_person TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'ended')),
    created_on TEXT NOT NULL,
    last_reviewed_on TEXT,
    reviewed_by TEXT NOT NULL DEFAULT '',
    next_review_on TEXT,
    ended_on TEXT,
    replaced_by_id TEXT REFERENCES activity (id) ON DELETE SET NULL,
    art9_notes TEXT NOT NULL DEFAULT '',
    art10_basis TEXT NOT NULL DEFAULT '',
    source_notes TEXT NOT NULL DEFAULT '',
    joint_controller_arrangement TEXT NOT NULL DEFAULT '',
    security_notes TEXT NOT NULL DEFAULT '',
    systems TEXT NOT NULL DEFAULT '',
    data_location TEXT NOT NULL DEFAULT '',
    ${bool('automated_decision')},
    ${bool('automated_decision_legal_effect')},
    ${bool('profiling')},
    automated_decision_logic TEXT NOT NULL DEFAULT '',
    art22_basis TEXT CHECK (art22_basis IS NULL OR art22_basis IN ('contract', 'law', 'explicit_consent')),
    dpia_status TEXT NOT NULL CHECK (dpia_status IN ('not_assessed', 'not_required', 'required', 'in_progress', 'done')),
    dpia_reference TEXT NOT NULL DEFAULT '',
    dpia_completed_on TEXT,
    dpia_notes TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    ${record},
    UNIQUE (organisation_id, number)
  ) STRICT`,

  `CREATE TABLE activity_purpose (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    legitimate_interest TEXT NOT NULL DEFAULT '',
    legitimate_interest_assessment TEXT NOT NULL DEFAULT '',
    legitimate_interest_assessed_on TEXT
  ) STRICT`,

  `CREATE TABLE activity_purpose_legal_basis (
    purpose_id TEXT NOT NULL REFERENCES activity_purpose (id) ON DELETE CASCADE,
    legal_basis_id TEXT NOT NULL REFERENCES legal_basis (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (purpose_id, legal_basis_id)
  ) STRICT`,

  `CREATE TABLE activity_art9_condition (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    art9_condition_id TEXT NOT NULL REFERENCES art9_condition (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, art9_condition_id)
  ) STRICT`,

  `CREATE TABLE activity_data_subject (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    data_subject_category_id TEXT NOT NULL REFERENCES data_subject_category (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, data_subject_category_id)
  ) STRICT`,

  `CREATE TABLE activity_data_category (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    data_category_id TEXT NOT NULL REFERENCES data_category (id) ON DELETE RESTRICT,
    retention_rule_id TEXT REFERENCES retention_rule (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, data_category_id)
  ) STRICT`,

  `CREATE TABLE activity_source (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    source_type TEXT NOT NULL CHECK (source_type IN ('data_subject', 'third_party', 'public', 'observed')),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, source_type)
  ) STRICT`,

  `CREATE TABLE activity_recipient (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    recipient_category_id TEXT NOT NULL REFERENCES recipient_category (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, recipient_category_id)
  ) STRICT`,

  `CREATE TABLE activity_processor (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    processor_id TEXT NOT NULL REFERENCES processor (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, processor_id)
  ) STRICT`,

  `CREATE TABLE activity_transfer (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    country_id TEXT NOT NULL REFERENCES country (id) ON DELETE RESTRICT,
    processor_id TEXT REFERENCES processor (id) ON DELETE RESTRICT,
    transfer_mechanism_id TEXT REFERENCES transfer_mechanism (id) ON DELETE RESTRICT,
    safeguard_documents TEXT NOT NULL DEFAULT '',
    derogation_justification TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
  ) STRICT`,

  `CREATE TABLE activity_security_measure (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    security_measure_id TEXT NOT NULL REFERENCES security_measure (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, security_measure_id)
  ) STRICT`,

  `CREATE TABLE activity_dpia_criterion (
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL CHECK (criterion IN ('evaluation_scoring', 'automated_decision', 'systematic_monitoring',
      'sensitive_data', 'large_scale', 'matching_datasets', 'vulnerable_subjects', 'innovative_technology', 'prevents_rights')),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, criterion)
  ) STRICT`,

  `CREATE TABLE activity_controller (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    reg_no TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    representative TEXT NOT NULL DEFAULT '',
    dpo_contact TEXT NOT NULL DEFAULT '',
    processing_categories TEXT NOT NULL DEFAULT '',
    contract_reference TEXT NOT NULL DEFAULT ''
  ) STRICT`,

  `CREATE TABLE history (
    seq INTEGER PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    label TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  ) STRICT`,

  // Reverse lookups: "which activities use this processor / rule / category".
  'CREATE INDEX activity_organisation_idx ON activity (organisation_id)',
  'CREATE INDEX activity_replaced_by_idx ON activity (replaced_by_id)',
  'CREATE INDEX activity_purpose_activity_idx ON activity_purpose (activity_id)',
  'CREATE INDEX activity_purpose_legal_basis_idx ON activity_purpose_legal_basis (legal_basis_id)',
  'CREATE INDEX activity_art9_condition_idx ON activity_art9_condition (art9_condition_id)',
  'CREATE INDEX activity_data_subject_idx ON activity_data_subject (data_subject_category_id)',
  'CREATE INDEX activity_data_category_idx ON activity_data_category (data_category_id)',
  'CREATE INDEX activity_data_category_rule_idx ON activity_data_category (retention_rule_id)',
  'CREATE INDEX activity_recipient_idx ON activity_recipient (recipient_category_id)',
  'CREATE INDEX activity_processor_idx ON activity_processor (processor_id)',
  'CREATE INDEX activity_transfer_activity_idx ON activity_transfer (activity_id)',
  'CREATE INDEX activity_transfer_country_idx ON activity_transfer (country_id)',
  'CREATE INDEX activity_transfer_processor_idx ON activity_transfer (processor_id)',
  'CREATE INDEX activity_transfer_mechanism_idx ON activity_transfer (transfer_mechanism_id)',
  'CREATE INDEX activity_security_measure_idx ON activity_security_measure (security_measure_id)',
  'CREATE INDEX activity_controller_activity_idx ON activity_controller (activity_id)',
  'CREATE INDEX processor_country_idx ON processor (country_id)',
  'CREATE INDEX processor_mechanism_idx ON processor (transfer_mechanism_id)',
  'CREATE INDEX processor_sub_processor_idx ON processor_sub_processor (sub_processor_id)',
  'CREATE INDEX retention_rule_data_category_idx ON retention_rule (data_category_id)',
  'CREATE INDEX history_entity_idx ON history (entity_type, entity_id)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
