/**
 * A record's fields and its table's columns, described once as data (house
 * style §8): each field of the domain record is named with how it is stored,
 * and the column is the field's name in snake case (`regNo` -> `reg_no`).
 * From that one description come both directions: the row -> the record
 * (`fromRow`) and the record's fields -> the columns a save writes
 * (`toColumns`). Before, each repository wrote both maps by hand, field by
 * field, and the maps of five tables repeated one another.
 *
 * The description is typed by the domain record: leaving a field out, or
 * naming one the record does not have, does not compile. The record's keys
 * come out in the description's order (the order the history and the JSON
 * exchange show).
 */
import { fromBool, toBool } from './write-context.ts';

/** The fields every stored record carries, set by the repository (record-table.ts), never by the caller. */
export interface RecordMeta {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** How a field is stored when it is not stored as is. */
export interface ColumnCodec {
  /** The field's value (undefined when the caller left it out) -> the column's. */
  toColumn(value: unknown): unknown;
  /** The column's value -> the field's. */
  fromColumn(value: unknown): unknown;
}

/**
 * `'as-is'`: the column holds the field's value; `'bool'`: a 0/1 integer;
 * `'link'`: not a column at all (a child table's ids, handed to `fromRow`);
 * or a codec of the field's own.
 */
export type FieldStorage = 'as-is' | 'bool' | 'link' | ColumnCodec;

/** Every field of record R but its meta (id, revision, timestamps), each with how it is stored. */
export type FieldColumns<R extends RecordMeta> = { [K in Exclude<keyof R, keyof RecordMeta> & string]-?: FieldStorage };

/** A JSON array column of strings: written from the field's array (none when left out), read back as written. */
export const jsonStrings: ColumnCodec = {
  toColumn: (value) => JSON.stringify(value ?? []),
  fromColumn: (value) => JSON.parse(value as string) as string[],
};

/** A field that may be left out on a save (a record from before a migration): the column then gets `fallback`. */
export const withDefault = (fallback: unknown): ColumnCodec => ({ toColumn: (value) => value ?? fallback, fromColumn: (value) => value });

/** `regNo` -> `reg_no`. */
export const columnName = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export interface RecordColumns<R extends RecordMeta> {
  /** The record's fields (meta and link fields are skipped) -> its own columns. */
  toColumns(fields: object): Record<string, unknown>;
  /** A stored row, and the record's link sets when it has any -> the domain record. */
  fromRow(row: object, links?: Readonly<Record<string, string[]>>): R;
}

const AS_IS = 0;
const BOOL = 1;
const LINK = 2;
const CODEC = 3;

/**
 * The two maps of a table whose columns are described by `fields`. They
 * walk plain arrays, the common kinds inlined, and a record starts as a copy
 * of one with every key (so each record has one shape): a register's lists
 * are read through them, and a loop over described fields with a codec call
 * each was twenty times slower than the maps written by hand (now about
 * twice; scripts in docs/structure.md).
 */
export function recordColumns<R extends RecordMeta>(fields: FieldColumns<R>): RecordColumns<R> {
  const entries = Object.entries(fields as Record<string, FieldStorage>);
  const names = entries.map(([field]) => field);
  const columnNames = names.map(columnName);
  const kinds = entries.map(([, storage]) => (storage === 'as-is' ? AS_IS : storage === 'bool' ? BOOL : storage === 'link' ? LINK : CODEC));
  const codecs = entries.map(([, storage]) => (typeof storage === 'object' ? storage : null));
  const shape: Record<string, unknown> = { id: null, revision: null, createdAt: null, updatedAt: null };
  for (const name of names) shape[name] = null;
  const blank = { ...shape };
  const columnShape: Record<string, unknown> = {};
  names.forEach((_, index) => {
    if (kinds[index] !== LINK) columnShape[columnNames[index] as string] = null;
  });
  const blankColumns = { ...columnShape };
  const count = names.length;
  return {
    toColumns(input) {
      const values = input as Record<string, unknown>;
      const columns: Record<string, unknown> = { ...blankColumns };
      for (let index = 0; index < count; index += 1) {
        const kind = kinds[index];
        if (kind === LINK) continue;
        const value = values[names[index] as string];
        columns[columnNames[index] as string] = kind === AS_IS ? value : kind === BOOL ? toBool(value as boolean) : (codecs[index] as ColumnCodec).toColumn(value);
      }
      return columns;
    },
    fromRow(row, links = {}) {
      const columns = row as Record<string, unknown>;
      const record: Record<string, unknown> = { ...blank };
      record.id = columns.id;
      record.revision = columns.revision;
      record.createdAt = columns.created_at;
      record.updatedAt = columns.updated_at;
      for (let index = 0; index < count; index += 1) {
        const kind = kinds[index];
        const field = names[index] as string;
        if (kind === LINK) record[field] = links[field] ?? [];
        else {
          const value = columns[columnNames[index] as string];
          record[field] = kind === AS_IS ? value : kind === BOOL ? fromBool(value as number) : (codecs[index] as ColumnCodec).fromColumn(value);
        }
      }
      return record as R;
    },
  };
}
