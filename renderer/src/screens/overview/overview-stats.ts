/** The overview's figures, computed from the activities list rows (pure, tested under Node). */
import { ACTIVITY_STATUSES, type ActivityStatus, type ActivitySummary } from '../../../../shared/domain/activity.ts';
import { GDPR_POINTS, type GdprPoint } from '../../../../shared/domain/catalogues.ts';
import { reviewState } from '../activities/activity-filters.ts';

export interface OverviewStats {
  total: number;
  controllerRecords: number;
  processorRecords: number;
  byStatus: Record<ActivityStatus, number>;
  byLegalBasis: Record<GdprPoint, number>;
  withoutLegalBasis: number;
  withSpecialData: number;
  withCriminalData: number;
  withTransfers: number;
  /** Next review within the coming 30 days, soonest first. */
  reviewsDue: ActivitySummary[];
  /** Next review already past, oldest first. */
  reviewsOverdue: ActivitySummary[];
}

export function overviewStats(activities: readonly ActivitySummary[], today: string): OverviewStats {
  const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  const byLegalBasis = Object.fromEntries(GDPR_POINTS.map((p) => [p, 0])) as Record<GdprPoint, number>;
  const stats: OverviewStats = {
    total: activities.length,
    controllerRecords: 0,
    processorRecords: 0,
    byStatus,
    byLegalBasis,
    withoutLegalBasis: 0,
    withSpecialData: 0,
    withCriminalData: 0,
    withTransfers: 0,
    reviewsDue: [],
    reviewsOverdue: [],
  };
  for (const activity of activities) {
    if (activity.kind === 'controller') stats.controllerRecords += 1;
    else stats.processorRecords += 1;
    byStatus[activity.status] += 1;
    for (const point of activity.legalBasisPoints) if (point in byLegalBasis) byLegalBasis[point as GdprPoint] += 1;
    if (activity.legalBasisPoints.length === 0) stats.withoutLegalBasis += 1;
    if (activity.hasSpecialData) stats.withSpecialData += 1;
    if (activity.hasCriminalData) stats.withCriminalData += 1;
    if (activity.transferCountryIds.length > 0) stats.withTransfers += 1;
    // Ended activities are not reviewed any more.
    if (activity.status === 'ended') continue;
    const review = reviewState(activity.nextReviewOn, today);
    if (review === 'due30') stats.reviewsDue.push(activity);
    if (review === 'overdue') stats.reviewsOverdue.push(activity);
  }
  const byDate = (a: ActivitySummary, b: ActivitySummary) => (a.nextReviewOn ?? '').localeCompare(b.nextReviewOn ?? '');
  stats.reviewsDue.sort(byDate);
  stats.reviewsOverdue.sort(byDate);
  return stats;
}
