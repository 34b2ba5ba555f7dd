/**
 * A legal basis recorded once per activity (issue 15): `activity_legal_basis`
 * links an activity to the Art. 6(1) bases its purposes inherit when they
 * state none of their own (shared/domain/legal-basis-inheritance.ts).
 *
 * Existing registers start with no activity-level basis, so every purpose
 * keeps exactly the bases it had: the migration moves no data. Frozen once
 * released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE activity_legal_basis (
      activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
      legal_basis_id TEXT NOT NULL REFERENCES legal_basis (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (activity_id, legal_basis_id)
    ) STRICT`,
    'CREATE INDEX activity_legal_basis_idx ON activity_legal_basis (legal_basis_id)',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
