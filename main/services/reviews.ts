/**
 * "Mark as reviewed": the DPO confirms an activity's record still describes
 * the processing. Recorded on the activity itself (lastReviewedOn,
 * reviewedBy, nextReviewOn) through saveActivity, so it is one transaction
 * with its history entry (before and after) like any other edit.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { MarkReviewedRequest } from '../../shared/contract/checks.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { addMonthsIso, formatDate } from '../../shared/format.ts';
import type { DB } from '../db/schema.ts';
import { getActivity, saveActivity } from '../db/repositories/activity-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { validationError } from '../errors.ts';

function reviewDateError(message: string, input: string) {
  return validationError(new z.ZodError([{ code: 'custom', path: ['reviewedOn'], message, input }]));
}

/**
 * Records a review in the caller's transaction and returns the saved
 * activity. `today` is the caller's clock (ISO date). Throws NOT_FOUND,
 * CONFLICT (another revision was saved meanwhile), or VALIDATION naming
 * `reviewedOn` when the date is in the future or before the last review.
 */
export async function markActivityReviewed(
  trx: Kysely<DB>,
  request: z.output<typeof MarkReviewedRequest>,
  today: string,
  ctx: WriteContext,
): Promise<Activity> {
  const current = await getActivity(trx, request.id);
  const reviewedOn = request.reviewedOn ?? today;
  if (reviewedOn > today) throw reviewDateError('validation.reviewInFuture', reviewedOn);
  if (current.lastReviewedOn !== null && reviewedOn < current.lastReviewedOn) {
    throw reviewDateError(`validation.reviewBeforeLast?last=${encodeURIComponent(formatDate(current.lastReviewedOn))}`, reviewedOn);
  }
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = current;
  return saveActivity(
    trx,
    {
      ...fields,
      revision: request.revision,
      lastReviewedOn: reviewedOn,
      reviewedBy: request.reviewedBy,
      nextReviewOn: addMonthsIso(reviewedOn, request.cadenceMonths),
    },
    ctx,
  );
}
