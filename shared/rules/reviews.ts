/**
 * Periodic review of the records. The GDPR sets no interval, but the
 * controller's measures must be "reviewed and updated where necessary"
 * (Art. 24(1)), and a register that nobody has looked at in years is the
 * stale spreadsheet this app replaces. Only active activities: a draft is not
 * in use yet and an ended one no longer is.
 */
import { dateParam, type CheckContext } from './context.ts';
import { defineRule } from './types.ts';

/** The review interval "mark as reviewed" proposes, in months. */
export const DEFAULT_REVIEW_CADENCE_MONTHS = 12;
/** The longest interval it accepts: five years. */
export const MAX_REVIEW_CADENCE_MONTHS = 60;

const active = (context: CheckContext) => context.current.filter((a) => a.status === 'active');

/** An active activity that has never been reviewed. Warning: nobody has confirmed it is still true. */
export const reviewNeverRule = defineRule({ id: 'review.never', severity: 'warning', article: 'Art. 24(1)', scope: 'activity' }, (context, rule) => {
  return active(context)
    .filter((a) => a.lastReviewedOn === null)
    .map((a) => context.activityFinding(rule, a, 'lastReviewedOn'));
});

/**
 * The next review date has passed. Warning: the record may no longer
 * describe the processing. The due day itself is not yet overdue.
 */
export const reviewOverdueRule = defineRule({ id: 'review.overdue', severity: 'warning', article: 'Art. 24(1)', scope: 'activity' }, (context, rule) => {
  return active(context)
    .filter((a) => a.nextReviewOn !== null && a.nextReviewOn < context.today)
    .map((a) =>
      context.activityFinding(rule, a, 'nextReviewOn', { due: dateParam(a.nextReviewOn), last: dateParam(a.lastReviewedOn) }),
    );
});

/** Reviewed, but no next review planned. Info: nothing will remind anyone. */
export const reviewNotScheduledRule = defineRule(
  { id: 'review.not-scheduled', severity: 'info', article: 'Art. 24(1)', scope: 'activity' },
  (context, rule) => {
    return active(context)
      .filter((a) => a.lastReviewedOn !== null && a.nextReviewOn === null)
      .map((a) => context.activityFinding(rule, a, 'nextReviewOn'));
  },
);

export const reviewRules = [reviewNeverRule, reviewOverdueRule, reviewNotScheduledRule] as const;
