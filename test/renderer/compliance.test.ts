/**
 * The compliance screens' pure logic under Node: where a finding leads and
 * what its field is called, the charts' rows from the checks' summary, the
 * list's findings filter, and the review period as typed.
 */
import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash } from '../../renderer/src/state/routes.ts';
import { ACTIVITY_FILTERS, matchesFilters, NO_FILTERS, type ActivityRow } from '../../renderer/src/screens/activities/activity-filters.ts';
import { completenessRows, legalBasisRows, reviewRows, transferRows } from '../../renderer/src/screens/compliance/charts/chart-data.ts';
import { findingFieldLabel, findingRoute, findingSection, groupBySeverity } from '../../renderer/src/screens/compliance/finding-links.ts';
import { parseCadence } from '../../renderer/src/screens/compliance/review-cadence.ts';
import { translator } from '../../shared/i18n/index.ts';

const lv = translator('lv');
const entity = (type: 'activity' | 'processor' | 'retentionRule' | 'organisation') => ({ type, id: 'x-1', label: 'X' });

describe('where a finding leads', () => {
  it('opens the record’s editor at the field, and the address keeps the field', () => {
    const route = findingRoute({ entity: entity('activity'), field: 'purposes.2.legitimateInterestAssessment' });
    expect(route).toEqual({ screen: 'activity', id: 'x-1', field: 'purposes.2.legitimateInterestAssessment' });
    expect(routeToHash(route)).toBe('#/activities/x-1?field=purposes.2.legitimateInterestAssessment');
    expect(hashToRoute(routeToHash(route))).toEqual(route);
    for (const [type, screen] of [
      ['processor', 'processor'],
      ['retentionRule', 'retentionRule'],
      ['organisation', 'organisation'],
    ] as const) {
      const other = findingRoute({ entity: entity(type), field: 'contractExpiry' });
      expect(other).toEqual({ screen, id: 'x-1', field: 'contractExpiry' });
      expect(hashToRoute(routeToHash(other))).toEqual(other);
    }
    // An editor's address without a field is the plain editor.
    expect(hashToRoute('#/processors/p-1')).toEqual({ screen: 'processor', id: 'p-1' });
  });

  it('names the field as the editor labels it', () => {
    expect(findingFieldLabel({ entity: entity('activity'), field: 'purposes.2.legitimateInterestAssessment' }, lv)).toBe('3. nolūks: Interešu līdzsvara izvērtējums');
    expect(findingFieldLabel({ entity: entity('activity'), field: 'nextReviewOn' }, lv)).toBe('Nākamā pārskatīšana');
    expect(findingFieldLabel({ entity: entity('activity'), field: 'processors.1.processorId' }, lv)).toBe(`${lv('fields:activity.processors')} (2)`);
    expect(findingFieldLabel({ entity: entity('processor'), field: 'contractExpiry' }, lv)).toBe('Līgums derīgs līdz');
    expect(findingFieldLabel({ entity: entity('retentionRule'), field: 'startEvent' }, lv)).toBe('Termiņa sākums');
    expect(findingFieldLabel({ entity: entity('organisation'), field: 'email' }, lv)).toBe('E-pasts');
    expect(findingSection({ field: 'dataCategories.2.retentionRuleId' })).toBe('data');
  });

  it('groups findings as errors, warnings and information, keeping their order', () => {
    const findings = [
      { severity: 'warning' as const, n: 1 },
      { severity: 'error' as const, n: 2 },
      { severity: 'warning' as const, n: 3 },
    ];
    expect(groupBySeverity(findings).map((g) => [g.severity, g.findings.map((f) => f.n)])).toEqual([
      ['error', [2]],
      ['warning', [1, 3]],
      ['info', []],
    ]);
  });
});

describe('the overview charts’ rows', () => {
  it('counts controller records per Art. 6(1) point, "none given" only when there are such', () => {
    const byLegalBasis = [
      { gdprPoint: 'a' as const, activities: 3 },
      { gdprPoint: 'f' as const, activities: 8 },
      { gdprPoint: 'none' as const, activities: 0 },
    ];
    expect(legalBasisRows(byLegalBasis, lv)).toEqual([
      { key: 'a', label: 'a) piekrišana', value: 3 },
      { key: 'f', label: 'f) leģitīmās intereses', value: 8 },
    ]);
    expect(legalBasisRows([...byLegalBasis.slice(0, 2), { gdprPoint: 'none', activities: 2 }], lv).at(-1)).toEqual({ key: 'none', label: 'nav norādīts', value: 2 });
  });

  it('names transfer destinations in the interface language', () => {
    const rows = [{ countryId: 'US', nameLv: 'Amerikas Savienotās Valstis', nameEn: 'United States', adequacy: 'partial' as const, transfers: 2, activities: 1 }];
    expect(transferRows(rows, 'lv')).toEqual([{ key: 'US', label: 'Amerikas Savienotās Valstis', value: 2, activities: 1, adequacy: 'partial' }]);
    expect(transferRows(rows, 'en')[0]?.label).toBe('United States');
  });

  it('puts current activities in completeness bands, leaving ended ones out', () => {
    const counts = { error: 0, warning: 0, info: 0 };
    const completeness = [100, 100, 83, 75, 74, 50, 49, 0, 17].map((value, index) => ({ activityId: `a${index}`, completeness: value, findings: counts }));
    const statuses = completeness.map((row, index) => ({ id: row.activityId, status: index === 8 ? ('ended' as const) : ('active' as const) }));
    expect(completenessRows(completeness, statuses, lv).map((row) => `${row.label}: ${row.value}`)).toEqual(['100 %: 2', '75–99 %: 2', '50–74 %: 2', '0–49 %: 2']);
  });

  it('lists overdue reviews first, then each month by name, with the year at the first month and each January', () => {
    const rows = reviewRows(
      {
        overdue: 1,
        byMonth: [
          { month: '2026-11', activities: 0 },
          { month: '2026-12', activities: 2 },
          { month: '2027-01', activities: 3 },
        ],
        later: 4,
        unscheduled: 5,
      },
      lv,
    );
    expect(rows.map((r) => [r.label, r.value, r.short, r.year, r.overdue])).toEqual([
      ['Nokavētas', 1, 'Nokavētas', '', true],
      ['nov. 2026', 0, 'nov.', '2026', false],
      ['dec. 2026', 2, 'dec.', '', false],
      ['janv. 2027', 3, 'janv.', '2027', false],
    ]);
  });
});

describe('the activities list’s findings filter', () => {
  const row = (findings?: { error: number; warning: number; info: number }): ActivityRow => ({
    id: 'a1',
    organisationId: 'o1',
    kind: 'controller',
    number: 'PD-01',
    name: 'Algu aprēķins',
    ownerUnit: '',
    status: 'active',
    legalBasisPoints: ['c'],
    hasSpecialData: false,
    hasCriminalData: false,
    transferCountryIds: [],
    lastReviewedOn: null,
    nextReviewOn: null,
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...(findings ? { checks: { completeness: 100, findings } } : {}),
  });

  it('tells errors, any finding and none apart', () => {
    const error = row({ error: 1, warning: 0, info: 0 });
    const warning = row({ error: 0, warning: 2, info: 0 });
    const clean = row({ error: 0, warning: 0, info: 0 });
    const unchecked = row();
    const filter = (value: string) => [error, warning, clean, unchecked].map((r) => ACTIVITY_FILTERS.findings(r, value, '2026-11-21'));
    expect(filter('errors')).toEqual([true, false, false, false]);
    expect(filter('any')).toEqual([true, true, false, false]);
    expect(filter('none')).toEqual([false, false, true, true]);
    expect(matchesFilters(warning, { ...NO_FILTERS, findings: 'any', status: 'active' }, '2026-11-21')).toBe(true);
  });
});

describe('the review period as typed', () => {
  it('takes whole months from 1 to 60', () => {
    expect(parseCadence('6')).toBe(6);
    expect(parseCadence(' 60 ')).toBe(60);
    expect([parseCadence('0'), parseCadence('61'), parseCadence('1.5'), parseCadence(''), parseCadence('-3'), parseCadence('sešus')]).toEqual([null, null, null, null, null, null]);
  });
});
