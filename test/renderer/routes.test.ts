import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, sectionOf, type Route } from '../../renderer/src/state/routes.ts';
import { fieldLabel, sectionOfPath } from '../../renderer/src/screens/activities/activity-form.ts';
import { NO_FILTERS } from '../../renderer/src/screens/activities/activity-filters.ts';
import { FIRST_ROWS, firstRowsQuery, opensOnActivityList, type ListState } from '../../renderer/src/screens/activities/list-state.ts';

describe('routes in the address', () => {
  it('round-trips every screen through the hash', () => {
    const routes: Route[] = [
      { screen: 'overview' },
      { screen: 'activities' },
      { screen: 'library' },
      { screen: 'activity', id: 'new' },
      { screen: 'activity', id: '1f0c-ab' },
      { screen: 'processor', id: 'p-1' },
      { screen: 'retentionRules' },
      { screen: 'organisation', id: 'o-1' },
      { screen: 'catalogues', catalogue: 'countries' },
      { screen: 'catalogueEntry', catalogue: 'legalBases', id: 'lb-f' },
      { screen: 'history', entityType: 'activity', entityId: 'a-1' },
      { screen: 'history' },
      { screen: 'history', compareFrom: '2026-12-05T09:00:02.000Z' },
      { screen: 'files' },
      { screen: 'excelImport' },
      { screen: 'backups' },
      { screen: 'report' },
      { screen: 'notice' },
    ];
    for (const route of routes) expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('falls back to the overview, and to a known catalogue, for unknown addresses', () => {
    expect(hashToRoute('')).toEqual({ screen: 'overview' });
    expect(hashToRoute('#/nowhere')).toEqual({ screen: 'overview' });
    expect(hashToRoute('#/catalogues/dropTables')).toEqual({ screen: 'catalogues', catalogue: 'dataCategories' });
    expect(hashToRoute('#/history?type=bogus')).toEqual({ screen: 'history', entityType: undefined, entityId: undefined });
    // An approved version's moment to compare with now: only an instant, never free text.
    expect(hashToRoute('#/history?from=yesterday')).toEqual({ screen: 'history', entityType: undefined, entityId: undefined });
    expect(hashToRoute('#/history?from=2026-12-05T09%3A00%3A02.000Z')).toEqual({ screen: 'history', entityType: undefined, entityId: undefined, compareFrom: '2026-12-05T09:00:02.000Z' });
  });

  it('places editors under their list in the navigation', () => {
    expect(sectionOf({ screen: 'activity', id: 'x' })).toBe('activities');
    expect(sectionOf({ screen: 'catalogueEntry', catalogue: 'countries', id: 'LV' })).toBe('catalogues');
    expect(sectionOf({ screen: 'excelImport' })).toBe('files');
    expect(sectionOf({ screen: 'backups' })).toBe('files');
    expect(sectionOf({ screen: 'report' })).toBe('report');
  });
});

describe('activity form paths', () => {
  const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}(${String(params.n)})` : key);

  it('knows which section each field is in', () => {
    expect(sectionOfPath('purposes.2.legalBasisIds')).toBe('purposes');
    expect(sectionOfPath('transfers.0.countryId')).toBe('transfers');
    expect(sectionOfPath('endedOn')).toBe('identification');
    expect(sectionOfPath('nextReviewOn')).toBe('review');
  });

  it('names nested fields by their row and field', () => {
    expect(fieldLabel('purposes.1.description', t)).toBe('activity:purposes.purposeN(2): fields:activity.purpose');
    expect(fieldLabel('controllers.0.name', t)).toBe('activity:controllers.controllerN(1): fields:controller.name');
    expect(fieldLabel('name', t)).toBe('fields:activity.name');
  });
});

describe('what the window asks for before the app has run', () => {
  it('knows the activities list from its address exactly as the router does', () => {
    for (const hash of ['', '#', '#/', '#/activities', '#/activities/', '#/activities?x=1', '#activities', '#/activities/new', '#/activities/a-1', '#/activities/a-1?field=name', '#/processors', '#/overview', '#/activitiesx', '#/history?type=activity&id=a-1']) {
      expect(opensOnActivityList(hash), hash).toBe(hashToRoute(hash).screen === 'activities');
    }
  });

  it('asks for the first screenful only when no filter, search or other order decides which rows come first', () => {
    const plain: ListState = { filters: NO_FILTERS, query: '', sorting: [{ id: 'number', desc: false }] };
    expect(firstRowsQuery(plain, 'lv')).toEqual({ count: FIRST_ROWS, sortBy: 'number', desc: false, language: 'lv' });
    expect(firstRowsQuery({ ...plain, sorting: [{ id: 'name', desc: true }] }, 'en')).toEqual({ count: FIRST_ROWS, sortBy: 'name', desc: true, language: 'en' });
    expect(firstRowsQuery({ ...plain, query: 'algas' }, 'lv')).toBeNull();
    expect(firstRowsQuery({ ...plain, filters: { ...NO_FILTERS, status: 'active' } }, 'lv')).toBeNull();
    expect(firstRowsQuery({ ...plain, sorting: [{ id: 'status', desc: false }] }, 'lv')).toBeNull();
    expect(firstRowsQuery({ ...plain, sorting: [] }, 'lv')).toBeNull();
  });
});
