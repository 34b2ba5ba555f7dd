/**
 * Mine against theirs, field by field: what the compare dialog shows when
 * two people changed one record. Pure, so the editor's comparison is the
 * same whichever form asks.
 */

/** What the form carries but the user does not edit: never a difference. */
const NOT_COMPARED = new Set(['id', 'revision', 'createdAt', 'updatedAt', 'usedBy', 'builtin']);

export interface FieldDifference {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** Equal as stored: key order of objects does not matter, `undefined` and null are both "empty". */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((key) => `${key}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The top-level fields whose values differ, in the order of `mine`'s fields (the form's order). */
export function differingFields(mine: Record<string, unknown>, theirs: Record<string, unknown>): FieldDifference[] {
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((field) => !NOT_COMPARED.has(field));
  return fields.filter((field) => !same(mine[field], theirs[field])).map((field) => ({ field, mine: mine[field], theirs: theirs[field] }));
}

/** A value as one line of text for the side-by-side: lists joined, records by their visible texts. */
export function displayValue(value: unknown, words: { empty: string; yes: string; no: string }): string {
  if (value === undefined || value === null || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? words.empty : value.map((item) => displayValue(item, words)).join('; ');
  if (typeof value === 'object') {
    const texts = Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => !NOT_COMPARED.has(key) && item !== null && item !== '' && !(Array.isArray(item) && item.length === 0))
      .map(([, item]) => displayValue(item, words));
    return texts.length > 0 ? texts.join(', ') : words.empty;
  }
  return String(value);
}

/** A save refused because the record changed since it was read (main's CONFLICT). */
export function isConflict(error: unknown): error is Error & { code: 'CONFLICT' } {
  return error instanceof Error && (error as { code?: unknown }).code === 'CONFLICT';
}

/** The stored record, or null when it has been deleted since (NOT_FOUND). */
export async function unlessGone<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof Error && (error as { code?: unknown }).code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** "X changed this record at T": the panel's words for a change heard while the form holds unsaved input. */
export function changedElsewhere(t: (key: string, params: Record<string, unknown>) => string, change: { author: string | null; at: string } | undefined, format: (iso: string) => string): string {
  const at = change ? format(change.at) : '';
  return change?.author ? t('conflicts:changedElsewhere', { author: change.author, at }) : t('conflicts:changedElsewhereNoAuthor', { at });
}
