/**
 * What links the DPO's other records (breaches, data subject requests) to
 * the register: checking that what they point at exists, refusing to delete
 * a record they name, and proposing links from the register (a breach's
 * categories, systems and processors from its activities; a request's
 * activities from the requester's data subject category).
 */
import type { Kysely } from 'kysely';
import type { Breach } from '../../shared/domain/breach.ts';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import type { SubjectRequest } from '../../shared/domain/subject-request.ts';
import { AppError } from '../errors.ts';
import type { DB } from '../db/schema.ts';
import { existingCatalogueIds } from '../db/repositories/catalogue-repository.ts';

type Reference = { field: string; id: string };

const refs = (field: string, ids: readonly string[]): Reference[] => ids.map((id, index) => ({ field: `${field}.${index}`, id }));

async function existingIn(db: Kysely<DB>, table: 'organisation' | 'activity' | 'processor', ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', [...new Set(ids)]).execute();
  return new Set(rows.map((row) => row.id));
}

function firstMissing(references: readonly Reference[], found: Set<string>): void {
  const missing = references.find((reference) => !found.has(reference.id));
  if (missing) throw new AppError('UNKNOWN_REFERENCE', { field: missing.field, id: missing.id });
}

async function checkReferences(
  db: Kysely<DB>,
  tables: ReadonlyArray<[table: 'organisation' | 'activity' | 'processor', references: Reference[]]>,
  catalogues: ReadonlyArray<[name: CatalogueName, references: Reference[]]>,
): Promise<void> {
  for (const [table, references] of tables) firstMissing(references, await existingIn(db, table, references.map((r) => r.id)));
  for (const [name, references] of catalogues) firstMissing(references, await existingCatalogueIds(db, name, references.map((r) => r.id)));
}

/** Throws UNKNOWN_REFERENCE naming the first field of a breach that points at nothing (a deleted activity, say). */
export async function assertBreachReferences(
  db: Kysely<DB>,
  input: Pick<Breach, 'organisationId' | 'activityIds' | 'processorIds' | 'dataCategoryIds' | 'dataSubjectCategoryIds'>,
): Promise<void> {
  await checkReferences(
    db,
    [
      ['organisation', [{ field: 'organisationId', id: input.organisationId }]],
      ['activity', refs('activityIds', input.activityIds)],
      ['processor', refs('processorIds', input.processorIds)],
    ],
    [
      ['dataSubjectCategories', refs('dataSubjectCategoryIds', input.dataSubjectCategoryIds)],
      ['dataCategories', refs('dataCategoryIds', input.dataCategoryIds)],
    ],
  );
}

/** Throws UNKNOWN_REFERENCE naming the first field of a request that points at nothing. */
export async function assertRequestReferences(
  db: Kysely<DB>,
  input: Pick<SubjectRequest, 'organisationId' | 'activityIds' | 'dataSubjectCategoryIds'>,
): Promise<void> {
  await checkReferences(
    db,
    [
      ['organisation', [{ field: 'organisationId', id: input.organisationId }]],
      ['activity', refs('activityIds', input.activityIds)],
    ],
    [['dataSubjectCategories', refs('dataSubjectCategoryIds', input.dataSubjectCategoryIds)]],
  );
}

/** What a breach or request can name. */
export type DpoLinkTarget = { type: 'activity' | 'processor' | 'organisation' | 'dataCategories' | 'dataSubjectCategories' | string; id: string };

/** [table, owner column, target column, label columns] per kind of target. */
const LINKS: Record<string, Array<{ table: keyof DB; owner: 'breach' | 'subject_request'; column: string }>> = {
  activity: [
    { table: 'breach_activity', owner: 'breach', column: 'activity_id' },
    { table: 'subject_request_activity', owner: 'subject_request', column: 'activity_id' },
  ],
  processor: [{ table: 'breach_processor', owner: 'breach', column: 'processor_id' }],
  dataCategories: [{ table: 'breach_data_category', owner: 'breach', column: 'data_category_id' }],
  dataSubjectCategories: [
    { table: 'breach_data_subject', owner: 'breach', column: 'data_subject_category_id' },
    { table: 'subject_request_data_subject', owner: 'subject_request', column: 'data_subject_category_id' },
  ],
};

// The link tables are picked at run time from LINKS.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table is chosen at run time (table-driven), so no single schema type fits
type AnyDb = Kysely<any>;

/** The breaches and requests naming `target` ("IN-2026-03 Nozaudēts klēpjdators"), sorted. */
export async function dpoRecordsNaming(db: Kysely<DB>, target: DpoLinkTarget): Promise<string[]> {
  const labels = new Set<string>();
  const label = (row: { number: string; name: string }) => `${row.number} ${row.name}`.trim();
  if (target.type === 'organisation') {
    for (const row of await db.selectFrom('breach').select(['number', 'title as name']).where('organisation_id', '=', target.id).execute()) labels.add(label(row));
    for (const row of await db.selectFrom('subject_request').select(['number', 'requester as name']).where('organisation_id', '=', target.id).execute()) labels.add(label(row));
  }
  for (const link of LINKS[target.type] ?? []) {
    const name = link.owner === 'breach' ? 'o.title' : 'o.requester';
    const rows = (await (db as AnyDb)
      .selectFrom(`${link.table} as l`)
      .innerJoin(`${link.owner} as o`, 'o.id', `l.${link.owner}_id`)
      .select(['o.number as number', `${name} as name`])
      .where(`l.${link.column}`, '=', target.id)
      .execute()) as Array<{ number: string; name: string }>;
    for (const row of rows) labels.add(label(row));
  }
  return [...labels].sort();
}

/** Throws IN_USE_BY_RECORDS when a breach or request names `target`: they are the evidence of what happened. */
export async function assertNotNamedByDpoRecords(db: Kysely<DB>, target: DpoLinkTarget, label: string): Promise<void> {
  const records = await dpoRecordsNaming(db, target);
  if (records.length > 0) {
    throw new AppError('IN_USE_BY_RECORDS', { label, count: records.length, records: records.slice(0, 5).join('; ') });
  }
}
