/**
 * What the inspector-like checks (issue 15, part 1) read from a record:
 * - on each activity, the approximate number of data subjects and of records
 *   (NULL: not estimated), the recorded reason why its automated decisions
 *   have no legal or similarly significant effect (Art. 22(1)), and where the
 *   data subjects are told about profiling (Art. 13(2)(f), 21(4));
 * - on each organisation, the number of data subjects from which an activity
 *   counts as "large scale" (WP248 criterion 5, Art. 37(1)(b)/(c)). Existing
 *   organisations get the default (10,000; docs/inspector-checks.md).
 *
 * Existing rows keep every value they had; the new columns start empty.
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const count = (name: string) => `${name} INTEGER CHECK (${name} IS NULL OR ${name} >= 0)`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `ALTER TABLE activity ADD COLUMN ${count('approx_subjects')}`,
    `ALTER TABLE activity ADD COLUMN ${count('approx_records')}`,
    `ALTER TABLE activity ADD COLUMN automated_decision_no_effect_reason TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE activity ADD COLUMN profiling_information TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE organisation ADD COLUMN large_scale_threshold INTEGER NOT NULL DEFAULT 10000 CHECK (large_scale_threshold >= 1)`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
