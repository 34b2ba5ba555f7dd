/**
 * What the activities list shows (filters, search, order), kept for the
 * browser session, and the first screenful main can answer for it before the
 * whole list arrives. No React and no text here: start-up code reads it
 * before the rest of the app has run.
 */
import type { SortingState } from '@tanstack/react-table';
import type { ChannelInput } from '../../../../shared/contract/index.ts';
import { FIRST_ROWS_SORT_KEYS, type FirstRowsSortKey } from '../../../../shared/domain/activity-order.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { FILTER_KEYS, NO_FILTERS, type FilterValues } from './activity-filters.ts';

const STATE_KEY = 'ropa.activityList';

export interface ListState {
  filters: FilterValues;
  query: string;
  sorting: SortingState;
}

export function storedListState(): ListState {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(STATE_KEY) ?? 'null') as ListState | null;
    if (parsed?.filters && Array.isArray(parsed.sorting)) return { ...parsed, filters: { ...NO_FILTERS, ...parsed.filters } };
  } catch {
    // A damaged entry is the same as none.
  }
  return { filters: NO_FILTERS, query: '', sorting: [{ id: 'number', desc: false }] };
}

export function storeListState(state: ListState): void {
  sessionStorage.setItem(STATE_KEY, JSON.stringify(state));
}

/** Rows in the first screenful: more than a tall window shows. */
export const FIRST_ROWS = 60;

/**
 * The first screenful to ask main for, when the list shows every activity in
 * one column's order; null when filters, a search or another order decide
 * which rows come first (then the window waits for the whole list).
 */
export function firstRowsQuery(state: ListState, language: Language): ChannelInput<'activities:firstRows'> | null {
  if (state.query.trim() !== '' || FILTER_KEYS.some((key) => state.filters[key] !== '')) return null;
  const [by, ...more] = state.sorting;
  if (!by || more.length > 0 || !(FIRST_ROWS_SORT_KEYS as readonly string[]).includes(by.id)) return null;
  return { count: FIRST_ROWS, sortBy: by.id as FirstRowsSortKey, desc: by.desc, language };
}

/** Whether a window opens on the activities list: `hashToRoute(hash).screen === 'activities'` (routes.ts), without what routes.ts imports. */
export function opensOnActivityList(hash: string): boolean {
  const [path = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [head, second] = path.split('/');
  return head === 'activities' && !second;
}
