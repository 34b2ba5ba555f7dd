/**
 * The log of data subject requests (Art. 12–22): what was asked, when and
 * how, who answered and when, and which processing activities were searched.
 * The requester is a label or a reference number: the log holds no more
 * personal data than it needs to show the request was handled (Art. 5(1)(c)).
 *
 * The deadline is not stored: it follows from the receipt date and the
 * extension (shared/request-deadline.ts).
 */
import { z } from 'zod';
import { RecordStatus } from './breach.ts';
import { Id, IsoDate, LongText, OptionalDate, RecordMeta, RequiredText, ShortText, idSet } from './primitives.ts';

/** The rights of Art. 15–22 and the withdrawal of consent (Art. 7(3)). */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated_decision',
  'consent_withdrawal',
] as const;
export const RequestType = z.enum(REQUEST_TYPES, { message: 'validation.choice' });
export type RequestType = z.infer<typeof RequestType>;

/** The article each type rests on, for lists and exports. */
export const REQUEST_TYPE_ARTICLE: Record<RequestType, string> = {
  access: 'Art. 15',
  rectification: 'Art. 16',
  erasure: 'Art. 17',
  restriction: 'Art. 18',
  portability: 'Art. 20',
  objection: 'Art. 21',
  automated_decision: 'Art. 22',
  consent_withdrawal: 'Art. 7(3)',
};

export const REQUEST_CHANNELS = ['email', 'post', 'in_person', 'web_form', 'phone', 'other'] as const;
export const RequestChannel = z.enum(REQUEST_CHANNELS, { message: 'validation.choice' });

export const REQUEST_OUTCOMES = ['pending', 'done', 'partly', 'refused'] as const;
export const RequestOutcome = z.enum(REQUEST_OUTCOMES, { message: 'validation.choice' });
export type RequestOutcome = z.infer<typeof RequestOutcome>;

export const subjectRequestFields = {
  organisationId: Id,
  /** The request's own number ("DS-2026-014"). */
  number: RequiredText,
  type: RequestType,
  receivedOn: IsoDate,
  channel: RequestChannel,
  /** A label or reference number for the requester, not more personal data than needed. */
  requester: RequiredText,
  identityVerification: ShortText,
  identityVerifiedOn: OptionalDate,
  /** Extra months beyond the first (Art. 12(3): at most two). */
  extensionMonths: z.number().int({ message: 'validation.invalidType' }).min(0, { message: 'validation.notNegative' }).max(2, { message: 'validation.extensionTooLong' }),
  /** When the requester was told of the extension, and why (Art. 12(3)). */
  extensionNotifiedOn: OptionalDate,
  extensionReasons: LongText,
  /** Which kind of data subject the requester is ("klients", "darbinieks"): proposes the activities to search. */
  dataSubjectCategoryIds: idSet(),
  /** Activities searched for the requester's data. */
  activityIds: idSet(),
  outcome: RequestOutcome,
  /** Why the request was refused, wholly or partly. */
  refusalReason: LongText,
  /** The requester was told of the right to complain to DVI and to seek a judicial remedy (Art. 12(4)). */
  complaintNoticeGiven: z.boolean(),
  respondedOn: OptionalDate,
  status: RecordStatus,
  notes: LongText,
};

type RequestDates = { receivedOn: string; identityVerifiedOn: string | null; extensionNotifiedOn: string | null; respondedOn: string | null };

/** A response, a verification or a notice cannot come before the request. */
export function refineRequest<T extends z.ZodType<RequestDates>>(schema: T) {
  return schema
    .refine((r) => !r.respondedOn || r.respondedOn >= r.receivedOn, { message: 'validation.responseBeforeReceipt', path: ['respondedOn'] })
    .refine((r) => !r.identityVerifiedOn || r.identityVerifiedOn >= r.receivedOn, {
      message: 'validation.beforeReceipt',
      path: ['identityVerifiedOn'],
    })
    .refine((r) => !r.extensionNotifiedOn || r.extensionNotifiedOn >= r.receivedOn, {
      message: 'validation.beforeReceipt',
      path: ['extensionNotifiedOn'],
    });
}

export const SubjectRequestInput = refineRequest(z.object(subjectRequestFields));
export type SubjectRequestInput = z.input<typeof SubjectRequestInput>;

export const SubjectRequest = z.object({ ...RecordMeta.shape, ...subjectRequestFields });
export type SubjectRequest = z.infer<typeof SubjectRequest>;

export const StoredSubjectRequest = refineRequest(SubjectRequest);

/**
 * A blank access request received `today` (yyyy-mm-dd) by e-mail, for the
 * editor's "new" form: one set of defaults, beside `emptyActivity`.
 */
export function emptySubjectRequest(organisationId: string, today: string): SubjectRequestInput {
  return {
    organisationId,
    number: '',
    type: 'access',
    receivedOn: today,
    channel: 'email',
    requester: '',
    identityVerification: '',
    identityVerifiedOn: null,
    extensionMonths: 0,
    extensionNotifiedOn: null,
    extensionReasons: '',
    dataSubjectCategoryIds: [],
    activityIds: [],
    outcome: 'pending',
    refusalReason: '',
    complaintNoticeGiven: false,
    respondedOn: null,
    status: 'open',
    notes: '',
  };
}
