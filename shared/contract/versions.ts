/**
 * Channels of the register's past (issue 16): the register as of a moment
 * (opened read-only in the ordinary screens), what changed between two
 * moments, approved versions and reviews, restoring a record as a history
 * entry shows it, and the name changes are recorded under.
 */
import { z } from 'zod';
import { RegisterDiff } from '../versions/diff-types.ts';
import { Empty, RegisterStatus } from './register.ts';
import { channel } from './define.ts';
import { plainText } from '../domain/primitives.ts';

/**
 * A name the history records (an author, an approver): text a register may
 * hold (plainText refuses NUL, other control characters and unpaired
 * surrogates). The author and label are part of each entry's hash, and an
 * unpaired surrogate comes back from SQLite as U+FFFD: the chain would no
 * longer verify.
 */
const RecordedName = plainText(200)
  .transform((value) => value.trim())
  .refine((value) => value.length > 0, { message: 'validation.required' });

/** An instant as the history records it (ISO 8601 with its offset); the screens send their local date-time this way. */
export const Moment = z.iso.datetime({ offset: true });

export const ApprovalRequest = z
  .object({
    name: RecordedName,
    role: plainText(200)
      .transform((value) => value.trim())
      .default(''),
    /** The day of the approval (yyyy-mm-dd); today when not given. */
    approvedOn: z.iso.date().optional(),
    note: plainText(2000).default(''),
  })
  .strict();
export type ApprovalRequest = z.input<typeof ApprovalRequest>;

export const Approval = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  approvedOn: z.string(),
  note: z.string(),
  headSeq: z.number().int(),
  headHash: z.string(),
  fingerprint: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  seq: z.number().int(),
});
export type Approval = z.infer<typeof Approval>;

export const Review = z.object({
  seq: z.number().int(),
  at: z.string(),
  author: z.string().nullable(),
  activityId: z.string(),
  label: z.string(),
  reviewedOn: z.string(),
  reviewedBy: z.string(),
});

export const VersionList = z.object({
  approvals: z.array(Approval),
  reviews: z.array(Review),
  /** How the register now stands to the approvals: "approved on …, N changes since". */
  status: z.object({ approvedAs: Approval.nullable(), latest: Approval.nullable(), changesSince: z.number().int() }),
});
export type VersionList = z.infer<typeof VersionList>;

export const RestoreResult = z.object({
  entityType: z.string(),
  entityId: z.string(),
  label: z.string(),
  outcome: z.enum(['recreated', 'updated', 'removed', 'unchanged']),
  droppedLinks: z.array(z.object({ field: z.string(), id: z.string(), label: z.string() })),
});

export const versionsContract = {
  /** Opens the register as it stood at `moment`, read-only, in place of the open one. Errors: HISTORY_BROKEN. */
  'versions:viewAsOf': channel(z.object({ moment: Moment }).strict(), RegisterStatus),
  /** Back from the register as of a moment to the register itself. */
  'versions:leaveAsOf': channel(Empty, RegisterStatus),
  /** What changed between two moments (the later one: now when absent). Errors: HISTORY_BROKEN. */
  'versions:diff': channel(z.object({ from: Moment, to: Moment.optional() }).strict(), RegisterDiff),
  /** Approved versions and reviews, and how the register now stands to them. */
  'versions:list': channel(Empty, VersionList),
  /** Approves the register as it stands now. Errors: VALIDATION, READ_ONLY, HISTORY_BROKEN. */
  'versions:approve': channel(ApprovalRequest, VersionList),
  /** Restores a record as history entry `seq` shows it (before or after it). Errors: NOT_FOUND, RESTORE_MISSING_REFERENCE, IN_USE, READ_ONLY. */
  'versions:restore': channel(z.object({ seq: z.number().int().min(1), state: z.enum(['before', 'after']) }).strict(), RestoreResult),
  /** Restores a record as it was at history entry `seq` (a diff's earlier moment). Errors as versions:restore. */
  'versions:restoreAsOf': channel(z.object({ entityType: z.string().max(50), entityId: z.string().max(200), seq: z.number().int().min(0) }).strict(), RestoreResult),
  /** The name changes made in this app are recorded under (settings). */
  'app:setAuthor': channel(z.object({ author: RecordedName }).strict(), z.object({ author: z.string() })),
  /** The name changes are recorded under; null until the DPO gives one. */
  'app:author': channel(Empty, z.object({ author: z.string().nullable() })),
};
