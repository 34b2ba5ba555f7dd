/**
 * Channels for the compliance checks and for recording a review. Findings
 * come with their messages in the app's language (`app:setLanguage`).
 */
import { z } from 'zod';
import { Activity } from '../domain/activity.ts';
import { Id, IsoDate, RequiredText, RevisionRead } from '../domain/primitives.ts';
import { ActivityChecks, ChecksReport } from '../rules/report.ts';
import { ActivityCompleteness } from '../rules/summary.ts';
import { DEFAULT_REVIEW_CADENCE_MONTHS, MAX_REVIEW_CADENCE_MONTHS } from '../rules/reviews.ts';
import { channel } from './define.ts';

export const MarkReviewedRequest = z
  .object({
    id: Id,
    /** The revision the user saw; a newer save by someone else is a CONFLICT. */
    revision: RevisionRead,
    /** Who reviewed it ("Ilze Kalniņa, DAS"). */
    reviewedBy: RequiredText,
    /** The day of the review; today when omitted. Not in the future, not before the last review. */
    reviewedOn: IsoDate.optional(),
    /** Months until the next review. */
    cadenceMonths: z.number().int().min(1).max(MAX_REVIEW_CADENCE_MONTHS).default(DEFAULT_REVIEW_CADENCE_MONTHS),
  })
  .strict();
export type MarkReviewedRequest = z.input<typeof MarkReviewedRequest>;

export const checksContract = {
  /**
   * Runs every compliance rule on the open register for today: the findings
   * (sorted: activities, processors, retention rules, organisations), each
   * activity's completeness and finding counts, and the summary figures for
   * the overview's charts. Errors: NO_REGISTER.
   */
  'checks:run': channel(z.object({}).strict(), ChecksReport),
  /**
   * Every activity's completeness and finding counts, without the findings
   * themselves: what the activities list shows (a tenth of `checks:run`'s
   * answer for a large register). Errors: NO_REGISTER.
   */
  'checks:activities': channel(z.object({}).strict(), z.object({ today: z.string(), activities: z.array(ActivityCompleteness) })),
  /** One activity's findings and completeness, for the editor. Errors: NOT_FOUND, NO_REGISTER. */
  'checks:activity': channel(z.object({ id: Id }).strict(), ActivityChecks),
  /**
   * Records a review of an activity: who and when (lastReviewedOn,
   * reviewedBy), and the next review `cadenceMonths` later (nextReviewOn), in
   * one transaction that writes the history. Errors: VALIDATION (a review
   * date in the future or before the last review), NOT_FOUND, CONFLICT,
   * READ_ONLY.
   */
  'activities:markReviewed': channel(MarkReviewedRequest, Activity),
};
