/** The breach register's table (Art. 33(5)), described for the linked-record repository. */
import type { Kysely, Selectable } from 'kysely';
import type { Breach } from '../../../shared/domain/breach.ts';
import type { BreachTable, DB } from '../schema.ts';
import { deleteLinkedRecord, getLinkedRecord, insertLinkedRecords, loadLinkedRecords, saveLinkedRecord, type LinkedRecordTable } from './linked-record-repository.ts';
import type { WriteContext } from './write-context.ts';

type BreachLinkField = 'activityIds' | 'processorIds' | 'dataCategoryIds' | 'dataSubjectCategoryIds';

const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const breachTable: LinkedRecordTable<Breach, BreachLinkField, Selectable<BreachTable>> = {
  table: 'breach',
  entityType: 'breach',
  links: [
    { table: 'breach_data_subject', owner: 'breach_id', target: 'data_subject_category_id', field: 'dataSubjectCategoryIds' },
    { table: 'breach_data_category', owner: 'breach_id', target: 'data_category_id', field: 'dataCategoryIds' },
    { table: 'breach_activity', owner: 'breach_id', target: 'activity_id', field: 'activityIds' },
    { table: 'breach_processor', owner: 'breach_id', target: 'processor_id', field: 'processorIds' },
  ],
  toColumns: (b) => ({
    organisation_id: b.organisationId,
    number: b.number,
    title: b.title,
    occurred_at: b.occurredAt,
    aware_at: b.awareAt,
    contained_at: b.containedAt,
    description: b.description,
    approx_subjects: b.approxSubjects,
    approx_records: b.approxRecords,
    systems: b.systems,
    consequences: b.consequences,
    risk: b.risk,
    risk_reasoning: b.riskReasoning,
    measures_taken: b.measuresTaken,
    measures_proposed: b.measuresProposed,
    dvi_decision: b.dviDecision,
    dvi_not_notifying_reason: b.dviNotNotifyingReason,
    dvi_notified_at: b.dviNotifiedAt,
    dvi_reference: b.dviReference,
    delay_reasons: b.delayReasons,
    subjects_decision: b.subjectsDecision,
    subjects_not_informing_reason: b.subjectsNotInformingReason,
    subjects_informed_on: b.subjectsInformedOn,
    subjects_informed_how: b.subjectsInformedHow,
    processor_notice_at: b.processorNoticeAt,
    processor_notice_to: b.processorNoticeTo,
    status: b.status,
    closed_on: b.closedOn,
    attachments: JSON.stringify(b.attachments),
    notes: b.notes,
  }),
  fromRow: (row, links) => ({
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    organisationId: row.organisation_id,
    number: row.number,
    title: row.title,
    occurredAt: row.occurred_at,
    awareAt: row.aware_at,
    containedAt: row.contained_at,
    description: row.description,
    dataSubjectCategoryIds: links.dataSubjectCategoryIds,
    approxSubjects: row.approx_subjects,
    approxRecords: row.approx_records,
    dataCategoryIds: links.dataCategoryIds,
    activityIds: links.activityIds,
    processorIds: links.processorIds,
    systems: row.systems,
    consequences: row.consequences,
    risk: row.risk,
    riskReasoning: row.risk_reasoning,
    measuresTaken: row.measures_taken,
    measuresProposed: row.measures_proposed,
    dviDecision: row.dvi_decision,
    dviNotNotifyingReason: row.dvi_not_notifying_reason,
    dviNotifiedAt: row.dvi_notified_at,
    dviReference: row.dvi_reference,
    delayReasons: row.delay_reasons,
    subjectsDecision: row.subjects_decision,
    subjectsNotInformingReason: row.subjects_not_informing_reason,
    subjectsInformedOn: row.subjects_informed_on,
    subjectsInformedHow: row.subjects_informed_how,
    processorNoticeAt: row.processor_notice_at,
    processorNoticeTo: row.processor_notice_to,
    status: row.status,
    closedOn: row.closed_on,
    attachments: JSON.parse(row.attachments) as string[],
    notes: row.notes,
  }),
  label: (b) => `${b.number} ${b.title}`.trim(),
  // Newest first: the register is read from the latest breach down.
  compare: (a, b) => binary(b.awareAt, a.awareAt) || binary(a.number, b.number) || binary(a.id, b.id),
};

export const loadBreaches = (db: Kysely<DB>, ids?: readonly string[]): Promise<Breach[]> => loadLinkedRecords(db, breachTable, ids);
export const getBreach = (db: Kysely<DB>, id: string): Promise<Breach> => getLinkedRecord(db, breachTable, id);
export const saveBreach = (trx: Kysely<DB>, input: Omit<Breach, 'id' | 'revision' | 'createdAt' | 'updatedAt'> & { id?: string | undefined; revision?: number | undefined }, ctx: WriteContext): Promise<Breach> =>
  saveLinkedRecord(trx, breachTable, input, ctx);
export const deleteBreach = (trx: Kysely<DB>, id: string, ctx: WriteContext, revision: number | undefined): Promise<void> => deleteLinkedRecord(trx, breachTable, id, ctx, revision);
export const insertBreachRecords = (trx: Kysely<DB>, records: readonly Breach[], at: string): Promise<void> => insertLinkedRecords(trx, breachTable, records, at);
