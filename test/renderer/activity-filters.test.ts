import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../shared/domain/activity.ts';
import { ACTIVITY_FILTERS, NO_FILTERS, activeFilterCount, matchesFilters, reviewState } from '../../renderer/src/screens/activities/activity-filters.ts';
import { overviewStats } from '../../renderer/src/screens/overview/overview-stats.ts';

const TODAY = '2026-11-21';

function summary(overrides: Partial<ActivitySummary>): ActivitySummary {
  return {
    id: 'a1',
    organisationId: 'org-1',
    kind: 'controller',
    number: 'PD-01',
    name: 'Algu aprēķins',
    ownerUnit: '',
    status: 'active',
    legalBasisPoints: ['b', 'c'],
    hasSpecialData: false,
    hasCriminalData: false,
    transferCountryIds: [],
    lastReviewedOn: null,
    nextReviewOn: null,
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

describe('activity list filters', () => {
  it('tells overdue, due within 30 days, later and unset reviews apart', () => {
    expect(reviewState('2026-11-20', TODAY)).toBe('overdue');
    expect(reviewState('2026-11-21', TODAY)).toBe('due30');
    expect(reviewState('2026-12-21', TODAY)).toBe('due30');
    expect(reviewState('2026-12-22', TODAY)).toBe('later');
    expect(reviewState(null, TODAY)).toBe('none');
  });

  it('matches each filter on what the list row says', () => {
    const row = summary({ hasSpecialData: true, transferCountryIds: ['US'], nextReviewOn: '2026-12-01' });
    expect(ACTIVITY_FILTERS.legalBasis(row, 'b', TODAY)).toBe(true);
    expect(ACTIVITY_FILTERS.legalBasis(row, 'f', TODAY)).toBe(false);
    expect(ACTIVITY_FILTERS.specialData(row, 'special', TODAY)).toBe(true);
    expect(ACTIVITY_FILTERS.specialData(row, 'criminal', TODAY)).toBe(false);
    expect(ACTIVITY_FILTERS.specialData(row, 'none', TODAY)).toBe(false);
    expect(ACTIVITY_FILTERS.specialData(summary({}), 'none', TODAY)).toBe(true);
    expect(ACTIVITY_FILTERS.transfers(row, 'yes', TODAY)).toBe(true);
    expect(ACTIVITY_FILTERS.transfers(row, 'no', TODAY)).toBe(false);
    expect(ACTIVITY_FILTERS.review(row, 'due30', TODAY)).toBe(true);
    expect(ACTIVITY_FILTERS.review(row, 'overdue', TODAY)).toBe(false);
  });

  it('combines filters, an empty value meaning any', () => {
    const row = summary({ status: 'draft', kind: 'processor' });
    expect(matchesFilters(row, NO_FILTERS, TODAY)).toBe(true);
    expect(matchesFilters(row, { ...NO_FILTERS, status: 'draft', kind: 'processor' }, TODAY)).toBe(true);
    expect(matchesFilters(row, { ...NO_FILTERS, status: 'draft', kind: 'controller' }, TODAY)).toBe(false);
    expect(activeFilterCount({ ...NO_FILTERS, status: 'draft', organisationId: 'org-1' })).toBe(2);
  });
});

describe('overview figures', () => {
  it('counts by status, kind and legal basis, and lists reviews due soon and overdue (not of ended activities)', () => {
    const stats = overviewStats(
      [
        summary({ id: '1', number: 'PD-01', legalBasisPoints: ['b', 'c'], nextReviewOn: '2026-12-10' }),
        summary({ id: '2', number: 'PD-02', legalBasisPoints: ['f'], hasSpecialData: true, nextReviewOn: '2026-11-25' }),
        summary({ id: '3', number: 'PD-03', legalBasisPoints: [], status: 'draft', kind: 'processor', nextReviewOn: '2026-10-01' }),
        summary({ id: '4', number: 'PD-04', status: 'ended', transferCountryIds: ['US'], nextReviewOn: '2026-10-01' }),
      ],
      TODAY,
    );
    expect(stats.total).toBe(4);
    expect(stats.byStatus).toEqual({ draft: 1, active: 2, ended: 1 });
    expect([stats.controllerRecords, stats.processorRecords]).toEqual([3, 1]);
    expect(stats.byLegalBasis).toEqual({ a: 0, b: 2, c: 2, d: 0, e: 0, f: 1 });
    expect(stats.withoutLegalBasis).toBe(1);
    expect([stats.withSpecialData, stats.withTransfers]).toEqual([1, 1]);
    expect(stats.reviewsDue.map((a) => a.number)).toEqual(['PD-02', 'PD-01']);
    expect(stats.reviewsOverdue.map((a) => a.number)).toEqual(['PD-03']);
  });
});
