/** The data subject request log's table (Art. 12–22), described for the linked-record repository. */
import type { Kysely, Selectable } from 'kysely';
import type { SubjectRequest } from '../../../shared/domain/subject-request.ts';
import type { DB, SubjectRequestTable } from '../schema.ts';
import { deleteLinkedRecord, getLinkedRecord, insertLinkedRecords, loadLinkedRecords, saveLinkedRecord, type LinkedRecordTable } from './linked-record-repository.ts';
import { fromBool, toBool, type WriteContext } from './write-context.ts';

const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const subjectRequestTable: LinkedRecordTable<SubjectRequest, 'dataSubjectCategoryIds' | 'activityIds', Selectable<SubjectRequestTable>> = {
  table: 'subject_request',
  entityType: 'subjectRequest',
  links: [
    { table: 'subject_request_data_subject', owner: 'subject_request_id', target: 'data_subject_category_id', field: 'dataSubjectCategoryIds' },
    { table: 'subject_request_activity', owner: 'subject_request_id', target: 'activity_id', field: 'activityIds' },
  ],
  toColumns: (r) => ({
    organisation_id: r.organisationId,
    number: r.number,
    type: r.type,
    received_on: r.receivedOn,
    channel: r.channel,
    requester: r.requester,
    identity_verification: r.identityVerification,
    identity_verified_on: r.identityVerifiedOn,
    extension_months: r.extensionMonths,
    extension_notified_on: r.extensionNotifiedOn,
    extension_reasons: r.extensionReasons,
    outcome: r.outcome,
    refusal_reason: r.refusalReason,
    complaint_notice_given: toBool(r.complaintNoticeGiven),
    responded_on: r.respondedOn,
    status: r.status,
    notes: r.notes,
  }),
  fromRow: (row, links) => ({
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    organisationId: row.organisation_id,
    number: row.number,
    type: row.type,
    receivedOn: row.received_on,
    channel: row.channel,
    requester: row.requester,
    identityVerification: row.identity_verification,
    identityVerifiedOn: row.identity_verified_on,
    extensionMonths: row.extension_months,
    extensionNotifiedOn: row.extension_notified_on,
    extensionReasons: row.extension_reasons,
    dataSubjectCategoryIds: links.dataSubjectCategoryIds,
    activityIds: links.activityIds,
    outcome: row.outcome,
    refusalReason: row.refusal_reason,
    complaintNoticeGiven: fromBool(row.complaint_notice_given),
    respondedOn: row.responded_on,
    status: row.status,
    notes: row.notes,
  }),
  label: (r) => `${r.number} ${r.requester}`.trim(),
  compare: (a, b) => binary(b.receivedOn, a.receivedOn) || binary(a.number, b.number) || binary(a.id, b.id),
};

type RequestFields = Omit<SubjectRequest, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

export const loadSubjectRequests = (db: Kysely<DB>, ids?: readonly string[]): Promise<SubjectRequest[]> => loadLinkedRecords(db, subjectRequestTable, ids);
export const getSubjectRequest = (db: Kysely<DB>, id: string): Promise<SubjectRequest> => getLinkedRecord(db, subjectRequestTable, id);
export const saveSubjectRequest = (trx: Kysely<DB>, input: RequestFields & { id?: string | undefined; revision?: number | undefined }, ctx: WriteContext): Promise<SubjectRequest> =>
  saveLinkedRecord(trx, subjectRequestTable, input, ctx);
export const deleteSubjectRequest = (trx: Kysely<DB>, id: string, ctx: WriteContext, revision: number | undefined): Promise<void> =>
  deleteLinkedRecord(trx, subjectRequestTable, id, ctx, revision);
export const insertSubjectRequestRecords = (trx: Kysely<DB>, records: readonly SubjectRequest[], at: string): Promise<void> =>
  insertLinkedRecords(trx, subjectRequestTable, records, at);
