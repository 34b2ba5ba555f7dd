/**
 * What a change did to a record, field by field, in words: the stored
 * records before and after are compared, ids are shown as the names they
 * stand for, dates as dd.mm.gggg. Pure functions, shared by the history
 * screen, the register diff (main/services/versions) and the CLI.
 */
import { formatDate } from '../format.ts';

/** Bookkeeping every save changes; not what the user changed. */
export const BOOKKEEPING = new Set(['id', 'revision', 'createdAt', 'updatedAt', 'builtin']);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * The top-level fields that differ. For a record created or deleted, the
 * fields it had (empty ones left out).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !BOOKKEEPING.has(field));
  return fields
    .filter((field) => !same(a[field], b[field]))
    .filter((field) => !(isEmpty(a[field]) && isEmpty(b[field])))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
}

export interface ValueWords {
  yes: string;
  no: string;
  none: string;
  /** The name of a linked record by its id, when known. */
  nameOf: (id: string) => string | undefined;
  /** The label of a nested field ('description' in a purpose). */
  labelOf: (field: string) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields that hold ids of other records: 'countryId', 'legalBasisIds'. */
const isLinkField = (field: string) => /Ids?$/.test(field);

/**
 * A stored value as a reader wants it: names for the ids of linked records,
 * dd.mm.gggg for dates, Jā/Nē for booleans, nested rows as "label: value".
 */
export function describeValue(value: unknown, words: ValueWords, field = ''): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (isLinkField(field)) return words.nameOf(value) ?? value;
    return ISO_DATE.test(value) ? formatDate(value) : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return words.none;
    return value.map((item) => describeValue(item, words, field)).join(typeof value[0] === 'object' ? '\n' : ', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => !BOOKKEEPING.has(key) && !isEmpty(item))
      .map(([key, item]) => `${words.labelOf(key)}: ${describeValue(item, words, key)}`)
      .join('; ');
  }
  return String(value);
}
