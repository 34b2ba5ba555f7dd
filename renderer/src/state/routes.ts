/**
 * The app's screens as plain data, kept in the URL hash (#/activities/ID) so
 * that reloading the page, the browser's back button and links all work the
 * same in Electron and in browser mode.
 */
import { CATALOGUE_NAMES, type CatalogueName } from '../../../shared/domain/catalogues.ts';
import { ENTITY_TYPES, type EntityType } from '../../../shared/domain/history.ts';

/** 'new' stands for a record not saved yet. */
export type RecordRef = string;

/**
 * A field to open an editor at ('purposes.2.legitimateInterestAssessment'),
 * as a compliance finding names it: the editor scrolls to it and focuses it.
 */
export type FieldRef = string;

export type Route =
  | { screen: 'overview' }
  | { screen: 'activities' }
  | { screen: 'library' }
  | { screen: 'activity'; id: RecordRef; field?: FieldRef }
  | { screen: 'processors' }
  | { screen: 'processor'; id: RecordRef; field?: FieldRef }
  | { screen: 'retentionRules' }
  | { screen: 'retentionRule'; id: RecordRef; field?: FieldRef }
  | { screen: 'organisations' }
  | { screen: 'organisation'; id: RecordRef; field?: FieldRef }
  | { screen: 'breaches' }
  | { screen: 'breach'; id: RecordRef; field?: FieldRef }
  | { screen: 'requests' }
  | { screen: 'request'; id: RecordRef; field?: FieldRef }
  | { screen: 'catalogues'; catalogue: CatalogueName }
  | { screen: 'catalogueEntry'; catalogue: CatalogueName; id: RecordRef }
  /** `compareFrom`: an instant (ISO 8601) the changes panel compares with now on opening (an approved version). */
  | { screen: 'history'; entityType?: EntityType; entityId?: string; compareFrom?: string }
  | { screen: 'files' }
  | { screen: 'excelImport' }
  | { screen: 'backups' }
  | { screen: 'report' }
  | { screen: 'notice' };

export type ScreenName = Route['screen'];

export const HOME_ROUTE: Route = { screen: 'overview' };

const enc = encodeURIComponent;
/** An instant as the history records it (what `compareFrom` may carry in the address). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

/** '?field=…' for an editor opened at a field; nothing otherwise. */
function fieldQuery(field: FieldRef | undefined): string {
  return field ? `?${new URLSearchParams({ field }).toString()}` : '';
}

/** An editor's route, with the field to open at when the address names one. */
function editorRoute<S extends 'activity' | 'processor' | 'retentionRule' | 'organisation' | 'breach' | 'request'>(screen: S, id: string, query: string) {
  const field = new URLSearchParams(query).get('field');
  return field ? { screen, id, field } : { screen, id };
}

export function routeToHash(route: Route): string {
  switch (route.screen) {
    case 'overview':
      return '#/overview';
    case 'activities':
      return '#/activities';
    case 'library':
      return '#/library';
    case 'activity':
      return `#/activities/${enc(route.id)}${fieldQuery(route.field)}`;
    case 'processors':
      return '#/processors';
    case 'processor':
      return `#/processors/${enc(route.id)}${fieldQuery(route.field)}`;
    case 'retentionRules':
      return '#/retention-rules';
    case 'retentionRule':
      return `#/retention-rules/${enc(route.id)}${fieldQuery(route.field)}`;
    case 'organisations':
      return '#/organisations';
    case 'organisation':
      return `#/organisations/${enc(route.id)}${fieldQuery(route.field)}`;
    case 'breaches':
      return '#/breaches';
    case 'breach':
      return `#/breaches/${enc(route.id)}${fieldQuery(route.field)}`;
    case 'requests':
      return '#/requests';
    case 'request':
      return `#/requests/${enc(route.id)}${fieldQuery(route.field)}`;
    case 'catalogues':
      return `#/catalogues/${route.catalogue}`;
    case 'catalogueEntry':
      return `#/catalogues/${route.catalogue}/${enc(route.id)}`;
    case 'history': {
      const params = new URLSearchParams();
      if (route.entityType) params.set('type', route.entityType);
      if (route.entityId) params.set('id', route.entityId);
      if (route.compareFrom) params.set('from', route.compareFrom);
      const query = params.toString();
      return query ? `#/history?${query}` : '#/history';
    }
    case 'files':
      return '#/files';
    case 'excelImport':
      return '#/files/excel-import';
    case 'backups':
      return '#/files/backups';
    case 'report':
      return '#/report';
    case 'notice':
      return '#/notice';
  }
}

function isCatalogue(value: string | undefined): value is CatalogueName {
  return (CATALOGUE_NAMES as readonly string[]).includes(value ?? '');
}

/** The route a hash names; the overview for anything unknown. */
export function hashToRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [head, second, third] = path.split('/').map((part) => decodeURIComponent(part));
  switch (head) {
    case 'activities':
      return second ? editorRoute('activity', second, query) : { screen: 'activities' };
    case 'processors':
      return second ? editorRoute('processor', second, query) : { screen: 'processors' };
    case 'retention-rules':
      return second ? editorRoute('retentionRule', second, query) : { screen: 'retentionRules' };
    case 'organisations':
      return second ? editorRoute('organisation', second, query) : { screen: 'organisations' };
    case 'breaches':
      return second ? editorRoute('breach', second, query) : { screen: 'breaches' };
    case 'requests':
      return second ? editorRoute('request', second, query) : { screen: 'requests' };
    case 'catalogues': {
      const catalogue = isCatalogue(second) ? second : 'dataCategories';
      return third ? { screen: 'catalogueEntry', catalogue, id: third } : { screen: 'catalogues', catalogue };
    }
    case 'history': {
      const params = new URLSearchParams(query);
      const type = params.get('type') ?? undefined;
      const entityType = (ENTITY_TYPES as readonly string[]).includes(type ?? '') ? (type as EntityType) : undefined;
      const from = params.get('from') ?? '';
      const compareFrom = ISO_INSTANT.test(from) && !Number.isNaN(Date.parse(from)) ? from : undefined;
      return { screen: 'history', entityType, entityId: params.get('id') ?? undefined, ...(compareFrom ? { compareFrom } : {}) };
    }
    case 'files':
      if (second === 'excel-import') return { screen: 'excelImport' };
      if (second === 'backups') return { screen: 'backups' };
      return { screen: 'files' };
    case 'library':
      return { screen: 'library' };
    case 'report':
      return { screen: 'report' };
    case 'notice':
      return { screen: 'notice' };
    default:
      return HOME_ROUTE;
  }
}

/** The navigation entry a route belongs to (an editor belongs to its list). */
export function sectionOf(route: Route): ScreenName {
  switch (route.screen) {
    case 'activity':
    case 'library':
      return 'activities';
    case 'processor':
      return 'processors';
    case 'retentionRule':
      return 'retentionRules';
    case 'organisation':
      return 'organisations';
    case 'catalogueEntry':
      return 'catalogues';
    case 'breach':
      return 'breaches';
    case 'request':
      return 'requests';
    case 'excelImport':
    case 'backups':
      return 'files';
    default:
      return route.screen;
  }
}
