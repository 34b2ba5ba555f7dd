import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, sectionOf, type Route } from '../../renderer/src/app/routes.ts';
import { fieldLabel, sectionOfPath } from '../../renderer/src/screens/activities/activity-form.ts';

describe('routes in the address', () => {
  it('round-trips every screen through the hash', () => {
    const routes: Route[] = [
      { screen: 'overview' },
      { screen: 'activities' },
      { screen: 'activity', id: 'new' },
      { screen: 'activity', id: '1f0c-ab' },
      { screen: 'processor', id: 'p-1' },
      { screen: 'retentionRules' },
      { screen: 'organisation', id: 'o-1' },
      { screen: 'catalogues', catalogue: 'countries' },
      { screen: 'catalogueEntry', catalogue: 'legalBases', id: 'lb-f' },
      { screen: 'history', entityType: 'activity', entityId: 'a-1' },
      { screen: 'history' },
      { screen: 'files' },
      { screen: 'excelImport' },
      { screen: 'backups' },
      { screen: 'report' },
    ];
    for (const route of routes) expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('falls back to the overview, and to a known catalogue, for unknown addresses', () => {
    expect(hashToRoute('')).toEqual({ screen: 'overview' });
    expect(hashToRoute('#/nowhere')).toEqual({ screen: 'overview' });
    expect(hashToRoute('#/catalogues/dropTables')).toEqual({ screen: 'catalogues', catalogue: 'dataCategories' });
    expect(hashToRoute('#/history?type=bogus')).toEqual({ screen: 'history', entityType: undefined, entityId: undefined });
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
