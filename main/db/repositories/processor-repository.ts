/** Processors and other recipients, with their sub-processors. */
import type { Kysely, Selectable } from 'kysely';
import type { Processor, ProcessorInput } from '../../../shared/domain/processor.ts';
import { AppError } from '../../errors.ts';
import type { DB, ProcessorTable } from '../schema.ts';
import { recordColumns } from './record-columns.ts';
import { deleteRecord, insertRecords, saveRecord, type RecordTable, type SaveInput } from './record-table.ts';
import { chunks, insertRows, type WriteContext } from './write-context.ts';

type ProcessorFields = Omit<Processor, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

const columns = recordColumns<Processor>({
  name: 'as-is',
  regNo: 'as-is',
  countryId: 'as-is',
  address: 'as-is',
  contact: 'as-is',
  role: 'as-is',
  service: 'as-is',
  contractDate: 'as-is',
  contractReference: 'as-is',
  contractExpiry: 'as-is',
  dataLocation: 'as-is',
  transferMechanismId: 'as-is',
  dpfCertified: 'bool',
  dpfCheckedOn: 'as-is',
  subProcessorIds: 'link',
  subProcessorNotes: 'as-is',
  lastReviewedOn: 'as-is',
  notes: 'as-is',
});

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
  return rows.map((row) => columns.fromRow(row, { subProcessorIds: byProcessor.get(row.id) ?? [] }));
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
  toColumns: columns.toColumns,
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
