// `node scripts/bench/record-columns.ts`
//
// The cost of describing a table's fields once (main/db/repositories/
// record-columns.ts) against maps written out by hand, field by field, as
// the repositories had them: 10,000 processor rows read (fromRow) and
// written (toColumns), CPU time per 10,000 rows (the machine is shared, so
// wall time says little). A few seconds; not part of `npm run bench`.
import { recordColumns } from '../../main/db/repositories/record-columns.ts';
import type { Processor } from '../../shared/domain/processor.ts';

type Row = Record<string, unknown>;
const described = recordColumns<Processor>({
  name: 'as-is', regNo: 'as-is', countryId: 'as-is', address: 'as-is', contact: 'as-is', role: 'as-is', service: 'as-is', contractDate: 'as-is',
  contractReference: 'as-is', contractExpiry: 'as-is', dataLocation: 'as-is', transferMechanismId: 'as-is', dpfCertified: 'bool', dpfCheckedOn: 'as-is',
  subProcessorIds: 'link', subProcessorNotes: 'as-is', lastReviewedOn: 'as-is', notes: 'as-is',
});
const byHand = {
  fromRow: (row: Row, subProcessorIds: string[]) => ({
    id: row.id, revision: row.revision, createdAt: row.created_at, updatedAt: row.updated_at, name: row.name, regNo: row.reg_no, countryId: row.country_id,
    address: row.address, contact: row.contact, role: row.role, service: row.service, contractDate: row.contract_date, contractReference: row.contract_reference,
    contractExpiry: row.contract_expiry, dataLocation: row.data_location, transferMechanismId: row.transfer_mechanism_id, dpfCertified: row.dpf_certified === 1,
    dpfCheckedOn: row.dpf_checked_on, subProcessorIds, subProcessorNotes: row.sub_processor_notes, lastReviewedOn: row.last_reviewed_on, notes: row.notes,
  }),
  toColumns: (p: Row) => ({
    name: p.name, reg_no: p.regNo, country_id: p.countryId, address: p.address, contact: p.contact, role: p.role, service: p.service, contract_date: p.contractDate,
    contract_reference: p.contractReference, contract_expiry: p.contractExpiry, data_location: p.dataLocation, transfer_mechanism_id: p.transferMechanismId,
    dpf_certified: p.dpfCertified ? 1 : 0, dpf_checked_on: p.dpfCheckedOn, sub_processor_notes: p.subProcessorNotes, last_reviewed_on: p.lastReviewedOn, notes: p.notes,
  }),
};
const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `p${i}`, revision: 1, created_at: '2026-12-05T09:00:00.000Z', updated_at: '2026-12-05T09:00:00.000Z', name: `SIA Apstrādātājs ${i}`, reg_no: '40000000001',
  country_id: 'LV', address: 'Rīga', contact: '', role: 'processor', service: 'Mākoņpakalpojumi', contract_date: null, contract_reference: '', contract_expiry: null,
  data_location: '', transfer_mechanism_id: null, dpf_certified: i % 2, dpf_checked_on: null, sub_processor_notes: '', last_reviewed_on: null, notes: '',
}));
const records = rows.map((row) => described.fromRow(row, { subProcessorIds: [] }));

/** CPU milliseconds per call of `work`, after warming up. */
function cpu(work: () => unknown): number {
  for (let i = 0; i < 5; i += 1) work();
  const start = process.cpuUsage();
  for (let i = 0; i < 20; i += 1) work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / 20;
}
const table = [
  ['fromRow, by hand', cpu(() => rows.map((row) => byHand.fromRow(row, [])))],
  ['fromRow, described', cpu(() => rows.map((row) => described.fromRow(row, { subProcessorIds: [] })))],
  ['toColumns, by hand', cpu(() => records.map((record) => byHand.toColumns(record)))],
  ['toColumns, described', cpu(() => records.map((record) => described.toColumns(record)))],
] as const;
for (const [label, ms] of table) console.log(`${label.padEnd(22)} ${ms.toFixed(2)} ms CPU per 10,000 rows`);
