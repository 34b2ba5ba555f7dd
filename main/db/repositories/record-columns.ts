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

const asIs: ColumnCodec = { toColumn: (value) => value, fromColumn: (value) => value };
const bool: ColumnCodec = { toColumn: (value) => toBool(value as boolean), fromColumn: (value) => fromBool(value as number) };

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

/** The two maps of a table whose columns are described by `fields`. */
export function recordColumns<R extends RecordMeta>(fields: FieldColumns<R>): RecordColumns<R> {
  const described = Object.entries(fields as Record<string, FieldStorage>).map(([field, storage]) => ({
    field,
    column: columnName(field),
    link: storage === 'link',
    codec: storage === 'as-is' || storage === 'link' ? asIs : storage === 'bool' ? bool : storage,
  }));
  const stored = described.filter((entry) => !entry.link);
  return {
    toColumns(input) {
      const values = input as Record<string, unknown>;
      const columns: Record<string, unknown> = {};
      for (const { field, column, codec } of stored) columns[column] = codec.toColumn(values[field]);
      return columns;
    },
    fromRow(row, links = {}) {
      const columns = row as Record<string, unknown>;
      const record: Record<string, unknown> = { id: columns.id, revision: columns.revision, createdAt: columns.created_at, updatedAt: columns.updated_at };
      for (const { field, column, link, codec } of described) record[field] = link ? (links[field] ?? []) : codec.fromColumn(columns[column]);
      return record as R;
    },
  };
}
