/**
 * Privacy notices (issue 18): the DPO's set-up of each notice (organisation,
 * audience, section order, own paragraphs) and a record of every notice
 * generated from the register, with the register's fingerprint at that
 * moment and the notice's facts, so the overview can say which published
 * notice the register has since outgrown.
 *
 * `organisation_id` is not a foreign key: a notice outlives a register
 * import that replaces the organisations, and then simply matches none.
 *
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE notice (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL,
    audience_key TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organisation_id, audience_key)
  ) STRICT`,
  `CREATE TABLE notice_issue (
    id TEXT PRIMARY KEY NOT NULL,
    notice_id TEXT NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    issued_at TEXT NOT NULL,
    notice_date TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('lv', 'en')),
    format TEXT NOT NULL CHECK (format IN ('html', 'docx', 'pdf')),
    draft INTEGER NOT NULL CHECK (draft IN (0, 1)),
    missing_count INTEGER NOT NULL,
    history_seq INTEGER NOT NULL,
    history_head TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    facts_digest TEXT NOT NULL,
    facts_json TEXT NOT NULL
  ) STRICT`,
  'CREATE INDEX notice_issue_by_notice ON notice_issue (notice_id, issued_at)',
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
