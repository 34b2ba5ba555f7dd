/** Rows as an older build wrote them, for migration tests: only the columns that existed before the later migrations. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ROPA_APPLICATION_ID, migrate } from '../../main/db/connection.ts';
import type { DB } from '../../main/db/schema.ts';
import { tempDir } from './temp.ts';

/** A register file stopped after `version` migrations, as an older build would have left it (foreign keys on). */
export async function registerFileAtVersion(version: number): Promise<{ path: string; sqlite: Database.Database; db: Kysely<DB> }> {
  const path = join(tempDir(), `v${version}.ropa`);
  const sqlite = new Database(path);
  sqlite.pragma(`application_id = ${ROPA_APPLICATION_ID}`);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, 0, version);
  return { path, sqlite, db };
}

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
