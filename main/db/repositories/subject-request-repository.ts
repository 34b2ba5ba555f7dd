/** The data subject request log's table (Art. 12–22), described for the linked-record repository. */
import type { SubjectRequest } from '../../../shared/domain/subject-request.ts';
import { linkedRecordRepository, type LinkedRecordTable } from './linked-record-repository.ts';
import { recordColumns } from './record-columns.ts';

const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const subjectRequestTable: LinkedRecordTable<SubjectRequest, 'dataSubjectCategoryIds' | 'activityIds'> = {
  table: 'subject_request',
  entityType: 'subjectRequest',
  links: [
    { table: 'subject_request_data_subject', owner: 'subject_request_id', target: 'data_subject_category_id', field: 'dataSubjectCategoryIds' },
    { table: 'subject_request_activity', owner: 'subject_request_id', target: 'activity_id', field: 'activityIds' },
  ],
  columns: recordColumns<SubjectRequest>({
    organisationId: 'as-is',
    number: 'as-is',
    type: 'as-is',
    receivedOn: 'as-is',
    channel: 'as-is',
    requester: 'as-is',
    identityVerification: 'as-is',
    identityVerifiedOn: 'as-is',
    extensionMonths: 'as-is',
    extensionNotifiedOn: 'as-is',
    extensionReasons: 'as-is',
    dataSubjectCategoryIds: 'link',
    activityIds: 'link',
    outcome: 'as-is',
    refusalReason: 'as-is',
    complaintNoticeGiven: 'bool',
    respondedOn: 'as-is',
    status: 'as-is',
    notes: 'as-is',
  }),
  label: (r) => `${r.number} ${r.requester}`.trim(),
  compare: (a, b) => binary(b.receivedOn, a.receivedOn) || binary(a.number, b.number) || binary(a.id, b.id),
};

const repository = linkedRecordRepository(subjectRequestTable);

export const loadSubjectRequests = repository.load;
export const getSubjectRequest = repository.get;
export const saveSubjectRequest = repository.save;
export const deleteSubjectRequest = repository.delete;
export const insertSubjectRequestRecords = repository.insert;
