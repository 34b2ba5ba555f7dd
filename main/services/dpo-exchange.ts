/**
 * The breach register and the request log in the JSON exchange document:
 * exported after the activities (each list only when it holds something,
 * so a register without them exports exactly as before), checked for
 * duplicate ids and dangling links, removed by a replacing import and
 * inserted by an import, each change with its history entry.
 */
import type { Kysely } from 'kysely';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { AppError } from '../errors.ts';
import type { DB } from '../db/schema.ts';
import { deleteBreach, insertBreachRecords, loadBreaches } from '../db/repositories/breach-repository.ts';
import { deleteSubjectRequest, insertSubjectRequestRecords, loadSubjectRequests } from '../db/repositories/subject-request-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';

/** The document's breach and request lists, present only when not empty. */
export async function exportDpoRecords(db: Kysely<DB>): Promise<Pick<RegisterDocument, 'breaches' | 'subjectRequests'>> {
  const breaches = await loadBreaches(db);
  const subjectRequests = await loadSubjectRequests(db);
  return { ...(breaches.length ? { breaches } : {}), ...(subjectRequests.length ? { subjectRequests } : {}) };
}

export interface KnownIds {
  organisations: Set<string>;
  activities: Set<string>;
  processors: Set<string>;
  catalogue: Record<CatalogueName, Set<string>>;
}

/** Throws DUPLICATE_ID or UNKNOWN_REFERENCE (naming the field) for the document's breaches and requests. */
export function checkDpoConsistency(document: RegisterDocument, known: KnownIds): void {
  const must = (set: Set<string>, id: string, field: string) => {
    if (!set.has(id)) throw new AppError('UNKNOWN_REFERENCE', { field, id });
  };
  const unique = (where: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new AppError('DUPLICATE_ID', { id, where });
      seen.add(id);
    }
  };
  const breaches = document.breaches ?? [];
  const requests = document.subjectRequests ?? [];
  unique('breaches', breaches.map((b) => b.id));
  unique('subjectRequests', requests.map((r) => r.id));
  breaches.forEach((b, i) => {
    const at = `breaches.${i}`;
    must(known.organisations, b.organisationId, `${at}.organisationId`);
    b.activityIds.forEach((id, j) => must(known.activities, id, `${at}.activityIds.${j}`));
    b.processorIds.forEach((id, j) => must(known.processors, id, `${at}.processorIds.${j}`));
    b.dataCategoryIds.forEach((id, j) => must(known.catalogue.dataCategories, id, `${at}.dataCategoryIds.${j}`));
    b.dataSubjectCategoryIds.forEach((id, j) => must(known.catalogue.dataSubjectCategories, id, `${at}.dataSubjectCategoryIds.${j}`));
  });
  requests.forEach((r, i) => {
    const at = `subjectRequests.${i}`;
    must(known.organisations, r.organisationId, `${at}.organisationId`);
    r.activityIds.forEach((id, j) => must(known.activities, id, `${at}.activityIds.${j}`));
    r.dataSubjectCategoryIds.forEach((id, j) => must(known.catalogue.dataSubjectCategories, id, `${at}.dataSubjectCategoryIds.${j}`));
  });
}

/** True when the register holds a breach or a request. */
export async function hasDpoRecords(db: Kysely<DB>): Promise<boolean> {
  return Boolean((await db.selectFrom('breach').select('id').limit(1).executeTakeFirst()) ?? (await db.selectFrom('subject_request').select('id').limit(1).executeTakeFirst()));
}

/**
 * Deletes every breach and request, each with its history entry (before the
 * records they link to go), each naming the revision read in this transaction.
 */
export async function clearDpoRecords(trx: Kysely<DB>, ctx: WriteContext): Promise<void> {
  for (const { id, revision } of await trx.selectFrom('breach').select(['id', 'revision']).execute()) await deleteBreach(trx, id, ctx, revision);
  for (const { id, revision } of await trx.selectFrom('subject_request').select(['id', 'revision']).execute()) await deleteSubjectRequest(trx, id, ctx, revision);
}

/** Inserts the document's breaches and requests exactly as given (after the records they link to). */
export async function importDpoRecords(trx: Kysely<DB>, document: RegisterDocument, at: string): Promise<void> {
  await insertBreachRecords(trx, document.breaches ?? [], at);
  await insertSubjectRequestRecords(trx, document.subjectRequests ?? [], at);
}
