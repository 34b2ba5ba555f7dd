/** The breach register's table (Art. 33(5)), described for the linked-record repository. */
import type { Breach } from '../../../shared/domain/breach.ts';
import { linkedRecordRepository, type LinkedRecordTable } from './linked-record-repository.ts';
import { jsonStrings, recordColumns } from './record-columns.ts';

type BreachLinkField = 'activityIds' | 'processorIds' | 'dataCategoryIds' | 'dataSubjectCategoryIds';

const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const breachTable: LinkedRecordTable<Breach, BreachLinkField> = {
  table: 'breach',
  entityType: 'breach',
  links: [
    { table: 'breach_data_subject', owner: 'breach_id', target: 'data_subject_category_id', field: 'dataSubjectCategoryIds' },
    { table: 'breach_data_category', owner: 'breach_id', target: 'data_category_id', field: 'dataCategoryIds' },
    { table: 'breach_activity', owner: 'breach_id', target: 'activity_id', field: 'activityIds' },
    { table: 'breach_processor', owner: 'breach_id', target: 'processor_id', field: 'processorIds' },
  ],
  columns: recordColumns<Breach>({
    organisationId: 'as-is',
    number: 'as-is',
    title: 'as-is',
    occurredAt: 'as-is',
    awareAt: 'as-is',
    containedAt: 'as-is',
    description: 'as-is',
    dataSubjectCategoryIds: 'link',
    approxSubjects: 'as-is',
    approxRecords: 'as-is',
    dataCategoryIds: 'link',
    activityIds: 'link',
    processorIds: 'link',
    systems: 'as-is',
    consequences: 'as-is',
    risk: 'as-is',
    riskReasoning: 'as-is',
    measuresTaken: 'as-is',
    measuresProposed: 'as-is',
    dviDecision: 'as-is',
    dviNotNotifyingReason: 'as-is',
    dviNotifiedAt: 'as-is',
    dviReference: 'as-is',
    delayReasons: 'as-is',
    subjectsDecision: 'as-is',
    subjectsNotInformingReason: 'as-is',
    subjectsInformedOn: 'as-is',
    subjectsInformedHow: 'as-is',
    processorNoticeAt: 'as-is',
    processorNoticeTo: 'as-is',
    status: 'as-is',
    closedOn: 'as-is',
    attachments: jsonStrings,
    notes: 'as-is',
  }),
  label: (b) => `${b.number} ${b.title}`.trim(),
  // Newest first: the register is read from the latest breach down.
  compare: (a, b) => binary(b.awareAt, a.awareAt) || binary(a.number, b.number) || binary(a.id, b.id),
};

const repository = linkedRecordRepository(breachTable);

export const loadBreaches = repository.load;
export const getBreach = repository.get;
export const saveBreach = repository.save;
export const deleteBreach = repository.delete;
export const insertBreachRecords = repository.insert;
