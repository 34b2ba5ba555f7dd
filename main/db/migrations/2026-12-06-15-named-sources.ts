/**
 * Named sources of the data (issue 15, Art. 14(2)(f)): `activity_named_source`
 * holds, for an activity, each source's type and name ("public register:
 * Uzņēmumu reģistrs"), for the whole activity (data_category_id NULL) or for
 * one of its data categories.
 *
 * Existing registers keep their source types and free-text source notes as
 * they are (nothing is invented from the notes); `ropa check` then lists the
 * activities whose data come from elsewhere without a named source. Frozen
 * once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE activity_named_source (
      activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      source_type TEXT NOT NULL CHECK (source_type IN ('data_subject', 'other_controller', 'public_register', 'partner', 'publicly_available')),
      name TEXT NOT NULL DEFAULT '',
      data_category_id TEXT REFERENCES data_category (id) ON DELETE RESTRICT,
      PRIMARY KEY (activity_id, position)
    ) STRICT`,
    'CREATE INDEX activity_named_source_category_idx ON activity_named_source (data_category_id)',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
