/**
 * Writing processing activities: save (create, or update naming the revision
 * read), insert exactly as given (import) and delete, each with its history
 * entry, inside the caller's transaction. An activity is always written whole.
 */
import type { Kysely } from 'kysely';
import { compiledOnce, compiledRows } from '../compiled-queries.ts';
import { Activity as ActivityShape, type Activity, type ActivityDraft } from '../../../shared/domain/activity.ts';
import { AppError } from '../../errors.ts';
import type { DB } from '../schema.ts';
import { collectChildRows, emptyChildRows, insertChildRows, writeChildren } from './activity-child-rows.ts';
import { listColumns, listFacts } from './activity-list-columns.ts';
import { getActivity } from './activity-reading.ts';
import { activityLabel, toColumns, type ActivityFields } from './activity-rows.ts';
import { appendHistory, appendHistoryBatch } from './history-repository.ts';
import { assertRevisionRead } from './revision.ts';
import { insertRows, newId, timestamp, type WriteContext } from './write-context.ts';

async function assertNumberFree(trx: Kysely<DB>, organisationId: string, number: string, exceptId?: string): Promise<void> {
  const build = () => {
    const query = trx.selectFrom('activity').select(['id', 'name']).where('organisation_id', '=', organisationId).where('number', '=', number);
    return exceptId ? query.where('id', '<>', exceptId) : query;
  };
  const [clash] = await compiledRows(trx, exceptId ? 'number taken, except' : 'number taken', build, exceptId ? [organisationId, number, exceptId] : [organisationId, number]);
  if (clash) throw new AppError('DUPLICATE_NUMBER', { number, name: clash.name });
}

/** Updates activity `id`'s row with `values` (undefined ones left as they are), through a query compiled once per set of columns. */
async function updateActivityRow(trx: Kysely<DB>, id: string, values: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  const parameters = columns.map((column) => values[column]);
  parameters.push(id);
  await trx.executeQuery(compiledOnce(trx, `update activity ${columns.join(',')}`, () => trx.updateTable('activity').set(values).where('id', '=', id), parameters));
}

/**
 * Creates (no id) or updates an activity, whole. An update must carry the
 * revision it was loaded at: a newer save by someone else is a CONFLICT.
 */
const ACTIVITY_KEYS = Object.keys(ActivityShape.shape) as Array<keyof Activity>;

/** The activity as stored: exactly the domain's fields (a caller's object may carry more, like a stale `updatedAt`). */
function storedActivity(fields: ActivityFields, meta: Pick<Activity, 'id' | 'revision' | 'createdAt' | 'updatedAt'>): Activity {
  const source: Record<string, unknown> = { ...fields, ...meta };
  return Object.fromEntries(ACTIVITY_KEYS.map((key) => [key, source[key]])) as unknown as Activity;
}

export async function saveActivity(trx: Kysely<DB>, draft: ActivityDraft, ctx: WriteContext): Promise<Activity> {
  const at = timestamp(ctx);
  const { id: givenId, revision, ...given } = draft;
  // Child records get their ids before writing, so the saved activity (the
  // history's "after") is known without reading back what was just written.
  const fields: ActivityFields = {
    ...given,
    purposes: given.purposes.map((p) => (p.id ? p : { ...p, id: newId(ctx) })),
    transfers: given.transfers.map((t) => (t.id ? t : { ...t, id: newId(ctx) })),
    controllers: given.controllers.map((c) => (c.id ? c : { ...c, id: newId(ctx) })),
  };
  const derived = listColumns(fields, await listFacts(trx, [fields]));
  if (givenId === undefined) {
    await assertNumberFree(trx, fields.organisationId, fields.number);
    const id = newId(ctx);
    await trx
      .insertInto('activity')
      .values({ id, ...toColumns(fields), ...derived, revision: 1, created_at: at, updated_at: at })
      .execute();
    await writeChildren(trx, id, fields, ctx);
    const after = storedActivity(fields, { id, revision: 1, createdAt: at, updatedAt: at });
    await appendHistory(trx, { entityType: 'activity', entityId: id, action: 'create', label: activityLabel(after), before: null, after }, at);
    return after;
  }
  const before = await getActivity(trx, givenId);
  await assertRevisionRead(trx, { entityType: 'activity', entityId: givenId }, revision, before.revision);
  await assertNumberFree(trx, fields.organisationId, fields.number, givenId);
  await updateActivityRow(trx, givenId, { ...toColumns(fields), ...derived, revision: before.revision + 1, updated_at: at });
  await writeChildren(trx, givenId, fields, ctx);
  const after = storedActivity(fields, { id: givenId, revision: before.revision + 1, createdAt: before.createdAt, updatedAt: at });
  await appendHistory(trx, { entityType: 'activity', entityId: givenId, action: 'update', label: activityLabel(after), before, after }, at);
  return after;
}

/**
 * Inserts activities exactly as given (import): ids, revisions, times and
 * child ids kept. Many rows per statement, one history batch: importing
 * 10,000 activities is a few thousand statements, not hundreds of thousands.
 * `replacedById` links are written after every row exists.
 */
export async function insertActivityRecords(trx: Kysely<DB>, records: readonly Activity[], at: string, ctx: WriteContext): Promise<void> {
  const facts = await listFacts(trx);
  await insertRows(
    trx,
    'activity',
    records.map((record) => ({
      id: record.id,
      ...toColumns({ ...record, replacedById: null }),
      ...listColumns(record, facts),
      revision: record.revision,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
    })),
  );
  const rows = emptyChildRows();
  for (const record of records) collectChildRows(rows, record.id, record, ctx);
  await insertChildRows(trx, rows);
  for (const record of records) {
    if (record.replacedById !== null) {
      await trx.updateTable('activity').set({ replaced_by_id: record.replacedById }).where('id', '=', record.id).execute();
    }
  }
  await appendHistoryBatch(
    trx,
    records.map((record) => ({ entityType: 'activity', entityId: record.id, action: 'create', label: activityLabel(record), before: null, after: record })),
    at,
  );
}

/** Deletes an activity and its link rows; activities it replaced lose the link. */
export async function deleteActivity(trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> {
  const before = await getActivity(trx, id);
  const at = timestamp(ctx);
  const replacing = await trx.selectFrom('activity').select('id').where('replaced_by_id', '=', id).execute();
  for (const row of replacing) {
    const other = await getActivity(trx, row.id);
    await saveActivity(trx, { ...other, replacedById: null }, ctx);
  }
  await trx.deleteFrom('activity').where('id', '=', id).execute();
  await appendHistory(trx, { entityType: 'activity', entityId: id, action: 'delete', label: activityLabel(before), before, after: null }, at);
}
