/** Processors and other recipients, with their sub-processors. */
import type { Kysely, Selectable } from 'kysely';
import type { Processor, ProcessorInput } from '../../../shared/domain/processor.ts';
import { AppError } from '../../errors.ts';
import type { DB, ProcessorTable } from '../schema.ts';
import { appendHistory, appendHistoryBatch } from './history-repository.ts';
import { chunks, fromBool, insertRows, newId, timestamp, toBool, type WriteContext } from './write-context.ts';
import { assertRevisionRead } from './revision.ts';

type ProcessorFields = Omit<Processor, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

function fromRow(row: Selectable<ProcessorTable>, subProcessorIds: string[]): Processor {
  return {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    name: row.name,
    regNo: row.reg_no,
    countryId: row.country_id,
    address: row.address,
    contact: row.contact,
    role: row.role,
    service: row.service,
    contractDate: row.contract_date,
    contractReference: row.contract_reference,
    contractExpiry: row.contract_expiry,
    dataLocation: row.data_location,
    transferMechanismId: row.transfer_mechanism_id,
    dpfCertified: fromBool(row.dpf_certified),
    dpfCheckedOn: row.dpf_checked_on,
    subProcessorIds,
    subProcessorNotes: row.sub_processor_notes,
    lastReviewedOn: row.last_reviewed_on,
    notes: row.notes,
  };
}

function toColumns(input: ProcessorFields) {
  return {
    name: input.name,
    reg_no: input.regNo,
    country_id: input.countryId,
    address: input.address,
    contact: input.contact,
    role: input.role,
    service: input.service,
    contract_date: input.contractDate,
    contract_reference: input.contractReference,
    contract_expiry: input.contractExpiry,
    data_location: input.dataLocation,
    transfer_mechanism_id: input.transferMechanismId,
    dpf_certified: toBool(input.dpfCertified),
    dpf_checked_on: input.dpfCheckedOn,
    sub_processor_notes: input.subProcessorNotes,
    last_reviewed_on: input.lastReviewedOn,
    notes: input.notes,
  };
}

/** Processors by id (all when `ids` is omitted), sub-processors included, ordered by name. */
export async function loadProcessors(db: Kysely<DB>, ids?: readonly string[]): Promise<Processor[]> {
  const rows: Selectable<ProcessorTable>[] = [];
  const subs: Array<{ processor_id: string; sub_processor_id: string; position: number }> = [];
  const groups = ids === undefined ? [undefined] : chunks([...new Set(ids)]);
  for (const group of groups) {
    if (group && group.length === 0) continue;
    let query = db.selectFrom('processor').selectAll();
    let subQuery = db.selectFrom('processor_sub_processor').select(['processor_id', 'sub_processor_id', 'position']);
    if (group) {
      query = query.where('id', 'in', group);
      subQuery = subQuery.where('processor_id', 'in', group);
    }
    rows.push(...(await query.execute()));
    subs.push(...(await subQuery.execute()));
  }
  subs.sort((a, b) => a.position - b.position);
  const byProcessor = new Map<string, string[]>();
  for (const sub of subs) {
    const list = byProcessor.get(sub.processor_id) ?? [];
    list.push(sub.sub_processor_id);
    byProcessor.set(sub.processor_id, list);
  }
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  return rows.map((row) => fromRow(row, byProcessor.get(row.id) ?? []));
}

export async function findProcessor(db: Kysely<DB>, id: string): Promise<Processor | undefined> {
  return (await loadProcessors(db, [id]))[0];
}

export async function getProcessor(db: Kysely<DB>, id: string): Promise<Processor> {
  const found = await findProcessor(db, id);
  if (!found) throw new AppError('NOT_FOUND', { id });
  return found;
}

async function writeSubProcessors(trx: Kysely<DB>, id: string, subProcessorIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('processor_sub_processor').where('processor_id', '=', id).execute();
  if (subProcessorIds.length > 0) {
    await trx
      .insertInto('processor_sub_processor')
      .values(subProcessorIds.map((subId, position) => ({ processor_id: id, sub_processor_id: subId, position })))
      .execute();
  }
}

/** Creates (no id) or updates (id and loaded revision) a processor. References must exist (checked by the caller). */
export async function saveProcessor(
  trx: Kysely<DB>,
  input: ProcessorFields & { id?: string | undefined; revision?: number | undefined },
  ctx: WriteContext,
): Promise<Processor> {
  const at = timestamp(ctx);
  if (input.id === undefined) {
    const id = newId(ctx);
    await trx
      .insertInto('processor')
      .values({ id, ...toColumns(input), revision: 1, created_at: at, updated_at: at })
      .execute();
    await writeSubProcessors(trx, id, input.subProcessorIds);
    const after = await getProcessor(trx, id);
    await appendHistory(trx, { entityType: 'processor', entityId: id, action: 'create', label: after.name, before: null, after }, at);
    return after;
  }
  const before = await getProcessor(trx, input.id);
  await assertRevisionRead(trx, { entityType: 'processor', entityId: input.id }, input.revision, before.revision);
  await trx
    .updateTable('processor')
    .set({ ...toColumns(input), revision: before.revision + 1, updated_at: at })
    .where('id', '=', input.id)
    .execute();
  await writeSubProcessors(trx, input.id, input.subProcessorIds);
  const after = await getProcessor(trx, input.id);
  await appendHistory(trx, { entityType: 'processor', entityId: input.id, action: 'update', label: after.name, before, after }, at);
  return after;
}

/** Inserts processors exactly as given (import), in bulk; sub-processor links after all rows exist. */
export async function insertProcessorRecords(trx: Kysely<DB>, records: readonly Processor[], at: string): Promise<void> {
  await insertRows(
    trx,
    'processor',
    records.map((record) => ({ id: record.id, ...toColumns(record), revision: record.revision, created_at: record.createdAt, updated_at: record.updatedAt })),
  );
  await insertRows(
    trx,
    'processor_sub_processor',
    records.flatMap((record) => record.subProcessorIds.map((subId, position) => ({ processor_id: record.id, sub_processor_id: subId, position }))),
  );
  await appendHistoryBatch(
    trx,
    records.map((record) => ({ entityType: 'processor', entityId: record.id, action: 'create', label: record.name, before: null, after: record })),
    at,
  );
}

/** Deletes a processor nothing links to any more (the caller has moved or removed the links). */
export async function deleteProcessor(trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> {
  const before = await getProcessor(trx, id);
  await trx.deleteFrom('processor').where('id', '=', id).execute();
  await appendHistory(trx, { entityType: 'processor', entityId: id, action: 'delete', label: before.name, before, after: null }, timestamp(ctx));
}

export type { ProcessorInput };
