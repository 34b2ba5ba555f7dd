/**
 * Dates and sorting as Latvian readers expect them.
 *
 * date-fns: small, pure functions over plain Date objects, no global locale
 * state, and strict parsing, which a hand-written regex would get wrong at
 * month ends and leap years.
 */
// Per-function imports: the package root loads all ~250 date-fns modules (a second of CLI start-up).
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import type { Language } from './i18n/index.ts';

/** The display form of dates in both languages: dd.mm.gggg (21.11.2026). */
export const DISPLAY_DATE_PATTERN = 'dd.MM.yyyy';

/** Dates already written out: a register repeats the same few hundred days thousands of times. */
const displayDates = new Map<string, string>();
const DISPLAY_DATES_KEPT = 20_000;

/** '2026-11-21' -> '21.11.2026'; null or empty -> ''. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  let shown = displayDates.get(iso);
  if (shown === undefined) {
    const date = parseISO(iso);
    shown = isValid(date) ? format(date, DISPLAY_DATE_PATTERN) : iso;
    if (displayDates.size >= DISPLAY_DATES_KEPT) displayDates.clear();
    displayDates.set(iso, shown);
  }
  return shown;
}

/** An instant shown as 'dd.mm.gggg hh:mm' in the reader's local time. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = parseISO(iso);
  return isValid(date) ? format(date, `${DISPLAY_DATE_PATTERN} HH:mm`) : iso;
}

/**
 * What a user typed ('21.11.2026', '1.2.2026' or ISO '2026-11-21') -> ISO
 * date, or null when it is not a real date.
 */
export function parseDisplayDate(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const date = parseISO(trimmed);
    return isValid(date) ? trimmed : null;
  }
  if (!/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(trimmed)) return null;
  const date = parse(trimmed, 'd.M.yyyy', new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

/**
 * The app's one "today": the calendar day, as an ISO date, of `now` on this
 * machine's wall clock (its local time zone). Main's checks, the window's
 * defaults, the reports' dates and the backups' days all go through it, and
 * main and the window run on the same machine, so they agree (docs/time.md).
 */
export function isoToday(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** The local calendar day (ISO date) of an instant stored as UTC ISO ('2026-12-03T22:30:00.000Z' is 04.12.2026 in Riga). */
export function localDayOf(instant: string): string {
  return isoToday(parseISO(instant));
}

/** An ISO date `months` months after another (review cadence). */
export function addMonthsIso(iso: string, months: number): string {
  return format(addMonths(parseISO(iso), months), 'yyyy-MM-dd');
}

const collators = new Map<Language, Intl.Collator>();

/** Latvian collation (ā with a, č after c...); English for English. */
export function collator(lang: Language = 'lv'): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/** Sorts a copy of `items` by the text `key` picks, in the language's collation. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, lang: Language = 'lv'): T[] {
  const compare = collator(lang).compare;
  return [...items].sort((a, b) => compare(key(a), key(b)));
}
