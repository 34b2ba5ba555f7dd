/**
 * The DPO's own templates of processing activities (issue 14): an activity
 * saved as a template, or a template set imported from a file. The template
 * itself is JSON validated by shared/templates/schema.ts at the repository
 * edge; `definitions` holds the catalogue entries and retention rules it
 * links to that are not built in, so that applying it in another register
 * (after an export and import) can create them there.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE activity_template (
    id TEXT PRIMARY KEY NOT NULL,
    name_lv TEXT NOT NULL,
    name_en TEXT NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body)),
    definitions TEXT NOT NULL CHECK (json_valid(definitions)),
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
}
