/**
 * The activities list's filters as plain functions over list rows, so they
 * can be tested without a browser. Each takes the filter's value ('' means
 * "any") and the day it is.
 */
import type { ActivitySummary } from '../../../../shared/domain/activity.ts';
import type { SeverityCounts } from '../../../../shared/rules/summary.ts';
import { addDaysIso } from './dates.ts';

/** A list row: the activity, and once the compliance checks have run, its completeness and finding counts. */
export type ActivityRow = ActivitySummary & { checks?: { completeness: number; findings: SeverityCounts } };

export const FILTER_KEYS = ['organisationId', 'kind', 'status', 'legalBasis', 'specialData', 'transfers', 'review', 'findings'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

export const NO_FILTERS: FilterValues = { organisationId: '', kind: '', status: '', legalBasis: '', specialData: '', transfers: '', review: '', findings: '' };

export const SPECIAL_DATA_OPTIONS = ['special', 'criminal', 'none'] as const;
export const TRANSFER_OPTIONS = ['yes', 'no'] as const;
export const REVIEW_OPTIONS = ['overdue', 'due30', 'none'] as const;
/** Compliance findings: at least one error, any finding, none. */
export const FINDINGS_OPTIONS = ['errors', 'any', 'none'] as const;

/** Days ahead that count as "review due soon" (the overview uses the same). */
export const REVIEW_WINDOW_DAYS = 30;

export type ReviewState = 'overdue' | 'due30' | 'later' | 'none';

export function reviewState(nextReviewOn: string | null, today: string): ReviewState {
  if (!nextReviewOn) return 'none';
  if (nextReviewOn < today) return 'overdue';
  return nextReviewOn <= addDaysIso(today, REVIEW_WINDOW_DAYS) ? 'due30' : 'later';
}

type Predicate = (row: ActivityRow, value: string, today: string) => boolean;

const findingCount = (row: ActivityRow): number => (row.checks ? row.checks.findings.error + row.checks.findings.warning + row.checks.findings.info : 0);

export const ACTIVITY_FILTERS: Record<FilterKey, Predicate> = {
  organisationId: (row, value) => row.organisationId === value,
  kind: (row, value) => row.kind === value,
  status: (row, value) => row.status === value,
  legalBasis: (row, value) => row.legalBasisPoints.includes(value),
  specialData: (row, value) =>
    value === 'special' ? row.hasSpecialData : value === 'criminal' ? row.hasCriminalData : !row.hasSpecialData && !row.hasCriminalData,
  transfers: (row, value) => (value === 'yes') === row.transferCountryIds.length > 0,
  review: (row, value, today) => reviewState(row.nextReviewOn, today) === value,
  findings: (row, value) => (value === 'errors' ? (row.checks?.findings.error ?? 0) > 0 : value === 'any' ? findingCount(row) > 0 : findingCount(row) === 0),
};

/** True when the row passes every filter that has a value. */
export function matchesFilters(row: ActivityRow, filters: FilterValues, today: string): boolean {
  return FILTER_KEYS.every((key) => filters[key] === '' || ACTIVITY_FILTERS[key](row, filters[key], today));
}

export function activeFilterCount(filters: FilterValues): number {
  return FILTER_KEYS.filter((key) => filters[key] !== '').length;
}
