/**
 * Approved versions: the DPO (or a manager) approves the register as it
 * stands at a moment. The approval is itself a history entry (entity type
 * `approval`), chained and hashed like every change, that records the
 * approved moment's head (entry number and hash) and the content
 * fingerprint, so a report can say whether what it shows is what was
 * approved, and how many changes were made since.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { ApprovalRequest } from '../../../shared/contract/versions.ts';
import { appendHistory } from '../../db/repositories/history-repository.ts';
import { timestamp, type WriteContext } from '../../db/repositories/write-context.ts';
import type { DB } from '../../db/schema.ts';
import { dialectOf } from '../../db/dialect.ts';
import { validationError } from '../../errors.ts';
import { rebuildRegisterAsOf, type MomentQuery } from './as-of.ts';
import { localDayOf } from '../../../shared/format.ts';

/** What an approval entry records (its `after`). */
export interface Approval {
  id: string;
  name: string;
  role: string;
  approvedOn: string;
  note: string;
  /** The approved state: the history's head then, and the content fingerprint. */
  headSeq: number;
  headHash: string;
  fingerprint: string;
  /** When the approval was written, and by whom (the history entry's). */
  recordedAt: string;
  recordedBy: string | null;
  seq: number;
}

/**
 * Approves the register as it stands at `moment` (now by default), in the
 * caller's transaction. Throws VALIDATION (no name, a bad date) and
 * HISTORY_BROKEN (a chain that does not vouch for the state approved).
 */
export async function approveRegister(trx: Kysely<DB>, input: ApprovalRequest, ctx: WriteContext, moment: MomentQuery = { seq: Number.MAX_SAFE_INTEGER }): Promise<void> {
  const parsed = ApprovalRequest.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const state = await rebuildRegisterAsOf(trx, moment);
  const at = timestamp(ctx);
  const record = {
    id: randomUUID(),
    name: parsed.data.name,
    role: parsed.data.role,
    approvedOn: parsed.data.approvedOn ?? localDayOf(at),
    note: parsed.data.note,
    headSeq: state.moment.seq,
    headHash: state.moment.hash,
    fingerprint: state.fingerprint,
  };
  const label = record.role ? `${record.name} (${record.role})` : record.name;
  await appendHistory(trx, { entityType: 'approval', entityId: record.id, action: 'create', label, before: null, after: record }, at);
}

/** Every approval, newest first. */
export async function listApprovals(db: Kysely<DB>): Promise<Approval[]> {
  const rows = await db.selectFrom('history').select(['seq', 'at', 'author', 'after_json']).where('entity_type', '=', 'approval').orderBy('seq', 'desc').execute();
  return rows.map((row) => ({ ...(JSON.parse(row.after_json ?? '{}') as Omit<Approval, 'recordedAt' | 'recordedBy' | 'seq'>), recordedAt: row.at, recordedBy: row.author, seq: row.seq }));
}

/** A review of an activity: an update that changed its "last reviewed" date. */
export interface Review {
  seq: number;
  at: string;
  author: string | null;
  activityId: string;
  label: string;
  reviewedOn: string;
  reviewedBy: string;
}

/** A text field of a history entry's JSON, in each dialect's words (`json_extract` is SQLite's only). */
function jsonText(db: Kysely<DB>, column: 'after_json' | 'before_json', key: string) {
  return dialectOf(db) === 'postgres' ? sql<string | null>`(${sql.ref(column)}::jsonb ->> ${key})` : sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${key}`})`;
}

/** Every review recorded in the history, newest first. */
export async function listReviews(db: Kysely<DB>): Promise<Review[]> {
  const reviewedOn = jsonText(db, 'after_json', 'lastReviewedOn');
  const rows = await db
    .selectFrom('history')
    .select(['seq', 'at', 'author', 'entity_id', 'label', reviewedOn.as('reviewedOn'), jsonText(db, 'after_json', 'reviewedBy').as('reviewedBy')])
    .where('entity_type', '=', 'activity')
    .where('action', '=', 'update')
    .where(reviewedOn, 'is distinct from', jsonText(db, 'before_json', 'lastReviewedOn'))
    .where(reviewedOn, 'is not', null)
    .orderBy('seq', 'desc')
    .execute();
  return rows.map((row) => ({ seq: row.seq, at: row.at, author: row.author, activityId: row.entity_id, label: row.label, reviewedOn: row.reviewedOn ?? '', reviewedBy: row.reviewedBy ?? '' }));
}

export interface ApprovalStatus {
  /** The approval whose state this is, if any approved exactly it. */
  approvedAs: Approval | null;
  /** The latest approval at or before the state, and the changes made after it. */
  latest: Approval | null;
  changesSince: number;
}

/**
 * How a state of the register stands to the approvals: approved as it is
 * (same fingerprint), or how many content changes were made since the last
 * approval before it.
 */
export async function approvalStatus(db: Kysely<DB>, state: { moment: { seq: number }; fingerprint: string }): Promise<ApprovalStatus> {
  const approvals = (await listApprovals(db)).filter((approval) => approval.headSeq <= state.moment.seq);
  const approvedAs = approvals.find((approval) => approval.fingerprint === state.fingerprint) ?? null;
  const latest = approvals[0] ?? null;
  if (!latest) return { approvedAs, latest, changesSince: 0 };
  const row = await db
    .selectFrom('history')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('seq', '>', latest.headSeq)
    .where('seq', '<=', state.moment.seq)
    .where('entity_type', '<>', 'approval')
    .executeTakeFirst();
  return { approvedAs, latest, changesSince: Number(row?.count ?? 0) };
}
