/** Processors and other recipients, with their sub-processors. */
import type { Kysely, Selectable } from 'kysely';
import type { Processor, ProcessorInput } from '../../../shared/domain/processor.ts';
import { AppError } from '../../errors.ts';
import type { DB, ProcessorTable } from '../schema.ts';
import { deleteRecord, insertRecords, saveRecord, type RecordTable, type SaveInput } from './record-table.ts';
import { chunks, fromBool, insertRows, toBool, type WriteContext } from './write-context.ts';

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

async function writeSubProcessors(trx: Kysely<DB>, id: string, fields: ProcessorFields, replace: boolean): Promise<void> {
  if (replace) await trx.deleteFrom('processor_sub_processor').where('processor_id', '=', id).execute();
  await insertSubProcessors(trx, [{ id, subProcessorIds: fields.subProcessorIds }]);
}

async function insertSubProcessors(trx: Kysely<DB>, records: ReadonlyArray<Pick<Processor, 'id' | 'subProcessorIds'>>): Promise<void> {
  await insertRows(
    trx,
    'processor_sub_processor',
    records.flatMap((record) => record.subProcessorIds.map((subId, position) => ({ processor_id: record.id, sub_processor_id: subId, position }))),
  );
}

const processorTable: RecordTable<Processor, ProcessorFields> = {
  table: 'processor',
  entityType: 'processor',
  toColumns,
  get: getProcessor,
  label: (processor) => processor.name,
  writeChildren: writeSubProcessors,
  insertChildren: insertSubProcessors,
};

/** Creates (no id) or updates (id and loaded revision) a processor. References must exist (checked by the caller). */
export const saveProcessor = (trx: Kysely<DB>, input: SaveInput<ProcessorFields>, ctx: WriteContext): Promise<Processor> => saveRecord(trx, processorTable, input, ctx);

/** Inserts processors exactly as given (import), in bulk; sub-processor links after all rows exist. */
export const insertProcessorRecords = (trx: Kysely<DB>, records: readonly Processor[], at: string): Promise<void> => insertRecords(trx, processorTable, records, at);

/** Deletes a processor nothing links to any more (the caller has moved or removed the links). */
export const deleteProcessor = (trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<void> => deleteRecord(trx, processorTable, id, ctx);

export type { ProcessorInput };
