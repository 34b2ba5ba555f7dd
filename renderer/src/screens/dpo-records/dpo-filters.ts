/**
 * The list filters of the breach register and the request log: pure, so
 * they are tested under Node. A breach's clock and a request's standing come
 * from main with the list (`breaches:list`, `requests:list`).
 */
import type { BreachRow, RequestRow } from '../../../../shared/contract/dpo-records.ts';

export type BreachView = 'all' | 'open' | 'clock';
export interface BreachFilter {
  view: BreachView;
  /** '' for every year; else the year the controller became aware. */
  year: string;
}

export type RequestView = 'all' | 'open' | 'overdue' | 'due-soon';
export interface RequestFilter {
  view: RequestView;
  /** '' for every type. */
  type: string;
  /** '' for every year; else the year of receipt. */
  year: string;
}

/** Open breaches; breaches whose 72 hours run or have passed unsettled; by year of awareness. */
export function filterBreaches(rows: readonly BreachRow[], filter: BreachFilter): BreachRow[] {
  return rows.filter(
    (b) =>
      (filter.view === 'all' || (filter.view === 'open' ? b.status === 'open' : b.clock.state !== 'settled')) &&
      (filter.year === '' || b.awareAt.startsWith(filter.year)),
  );
}

/** Open, overdue or due-this-week requests, of a type, of a year of receipt. */
export function filterRequests(rows: readonly RequestRow[], filter: RequestFilter): RequestRow[] {
  return rows.filter(
    (r) =>
      (filter.view === 'all' || (filter.view === 'open' ? r.status === 'open' : r.due === filter.view)) &&
      (filter.type === '' || r.type === filter.type) &&
      (filter.year === '' || r.receivedOn.startsWith(filter.year)),
  );
}

/** The years among ISO dates or instants, newest first. */
export function yearsOf(dates: readonly string[]): string[] {
  return [...new Set(dates.map((date) => date.slice(0, 4)))].sort().reverse();
}

/** An ISO instant as the value of a `datetime-local` input (local time), '' for none. */
export function instantToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (local time) as an ISO instant, null when empty; what cannot be read is kept (and reported by the schema). */
export function localInputToInstant(text: string): string | null {
  if (text.trim() === '') return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}
