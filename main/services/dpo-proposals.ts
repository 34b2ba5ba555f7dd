/**
 * Proposals from the register for the DPO's other records: the register
 * already knows which activities hold whose data, in which categories, on
 * which systems and with which processors. Read straight from the link
 * tables (a handful of indexed queries), not by loading whole activities.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { chunks } from '../db/repositories/write-context.ts';

export interface BreachPrefill {
  dataSubjectCategoryIds: string[];
  dataCategoryIds: string[];
  processorIds: string[];
  /** The activities' systems, each once, one per line. */
  systems: string;
}

async function distinct(
  db: Kysely<DB>,
  table: 'activity_data_subject' | 'activity_data_category' | 'activity_processor',
  column: 'data_subject_category_id' | 'data_category_id' | 'processor_id',
  activityIds: readonly string[],
): Promise<string[]> {
  const found: string[] = [];
  const order = new Map(activityIds.map((id, index) => [id, index]));
  for (const group of chunks([...new Set(activityIds)])) {
    // Column and table come from the literal unions above.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is chosen at run time (table-driven), so no single schema type fits
    const rows = (await (db as Kysely<any>).selectFrom(table).select(['activity_id', `${column} as target`, 'position']).where('activity_id', 'in', group).execute()) as Array<{
      activity_id: string;
      target: string;
      position: number;
    }>;
    rows.sort((a, b) => (order.get(a.activity_id) ?? 0) - (order.get(b.activity_id) ?? 0) || a.position - b.position);
    for (const row of rows) if (!found.includes(row.target)) found.push(row.target);
  }
  return found;
}

/** What the chosen activities propose for a breach: their data subject and data categories, processors and systems. */
export async function breachPrefill(db: Kysely<DB>, activityIds: readonly string[]): Promise<BreachPrefill> {
  const systems: string[] = [];
  for (const group of chunks([...new Set(activityIds)])) {
    const rows = await db.selectFrom('activity').select(['id', 'systems']).where('id', 'in', group).execute();
    const byId = new Map(rows.map((row) => [row.id, row.systems]));
    for (const id of group) {
      for (const line of (byId.get(id) ?? '').split(/[\n,;]/)) {
        const system = line.trim();
        if (system && !systems.includes(system)) systems.push(system);
      }
    }
  }
  return {
    dataSubjectCategoryIds: await distinct(db, 'activity_data_subject', 'data_subject_category_id', activityIds),
    dataCategoryIds: await distinct(db, 'activity_data_category', 'data_category_id', activityIds),
    processorIds: await distinct(db, 'activity_processor', 'processor_id', activityIds),
    systems: systems.join('\n'),
  };
}

export interface ProposedActivity {
  id: string;
  number: string;
  name: string;
}

/**
 * The activities to search for a requester: the organisation's controller
 * records (Art. 12 binds the controller; a processor record's data is
 * another controller's) that are not ended and process data of one of the
 * requester's data subject categories, by number.
 */
export async function proposeRequestActivities(db: Kysely<DB>, organisationId: string, dataSubjectCategoryIds: readonly string[]): Promise<ProposedActivity[]> {
  if (dataSubjectCategoryIds.length === 0) return [];
  return db
    .selectFrom('activity as a')
    .select(['a.id', 'a.number', 'a.name'])
    .where('a.organisation_id', '=', organisationId)
    .where('a.status', '!=', 'ended')
    .where('a.kind', '=', 'controller')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('activity_data_subject as s')
          .select('s.activity_id')
          .whereRef('s.activity_id', '=', 'a.id')
          .where('s.data_subject_category_id', 'in', [...dataSubjectCategoryIds]),
      ),
    )
    .orderBy('a.number')
    .execute();
}
