/**
 * The kinds of record the history holds, described as data: where a kind's
 * records sit in the register document, in which order the export lists
 * them, and whether a record can exist without a history entry. The as-of
 * rebuild, the diff and restore work over this table only, so a new kind
 * of record (breaches, requests) is one more row here.
 */
import { CATALOGUE_NAMES, type CatalogueName } from '../../../shared/domain/catalogues.ts';
import type { RegisterDocument, RegisterInfo } from '../../../shared/domain/register.ts';
import { breachTable } from '../../db/repositories/breach-repository.ts';
import { subjectRequestTable } from '../../db/repositories/subject-request-repository.ts';

export type StoredRecord = Record<string, unknown>;

export interface RecordKind {
  /** The history's entity type. */
  type: string;
  /**
   * One record per register (the register's own facts): all its entries are
   * one record whatever id they carry (an import may bring another registerId).
   */
  singleton?: boolean;
  /**
   * Records that exist without a history entry: the built-in catalogues
   * (written by a migration) and the register's own facts (written when the
   * file was made). Such a record untouched by the history is taken as it is
   * now. Every other record exists only through its history.
   */
  predatesHistory: boolean;
  /** The kind's records in a document. */
  read(document: RegisterDocument): readonly StoredRecord[];
  /** Puts the records into a document in the export's order. */
  write(document: RegisterDocument, records: StoredRecord[]): void;
  /** The organisation a record belongs to (activities), for grouping changes. */
  organisationOf?(record: StoredRecord): string | null;
}

/**
 * SQLite's BINARY order (UTF-8 bytes), which `ORDER BY` gives the exports:
 * code point order, which differs from JavaScript's `<` (UTF-16 units) only
 * beyond U+FFFF.
 */
export function binaryOrder(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.codePointAt(index) as number;
    const y = b.codePointAt(index) as number;
    if (x !== y) return x - y;
    if (x > 0xffff) index += 1;
  }
  return a.length - b.length;
}

const text = (record: StoredRecord, key: string): string => String(record[key] ?? '');

/** Compares by the given fields in SQLite's order. */
function byFields(...keys: string[]) {
  return (a: StoredRecord, b: StoredRecord): number => {
    for (const key of keys) {
      const order = binaryOrder(text(a, key), text(b, key));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** loadProcessors sorts in JavaScript (`<`), by name then id. */
function processorOrder(a: StoredRecord, b: StoredRecord): number {
  const [x, y] = [text(a, 'name'), text(b, 'name')];
  if (x !== y) return x < y ? -1 : 1;
  return text(a, 'id') < text(b, 'id') ? -1 : text(a, 'id') > text(b, 'id') ? 1 : 0;
}

type ListKey = 'organisations' | 'processors' | 'retentionRules' | 'activities';

function listKind(type: string, key: ListKey, order: (a: StoredRecord, b: StoredRecord) => number, extra: Partial<RecordKind> = {}): RecordKind {
  return {
    type,
    predatesHistory: false,
    read: (document) => document[key] as unknown as StoredRecord[],
    write: (document, records) => {
      (document as unknown as Record<ListKey, StoredRecord[]>)[key] = records.sort(order);
    },
    ...extra,
  };
}

function catalogueKind(name: CatalogueName): RecordKind {
  return {
    type: name,
    predatesHistory: true,
    read: (document) => document.catalogues[name] as unknown as StoredRecord[],
    write: (document, records) => {
      (document.catalogues as unknown as Record<string, StoredRecord[]>)[name] = records.sort(byFields('id'));
    },
  };
}

/** The breach register and the request log: in the document only when the register holds any (as the export writes it). */
function optionalListKind(type: string, key: 'breaches' | 'subjectRequests', order: (a: StoredRecord, b: StoredRecord) => number): RecordKind {
  return {
    type,
    predatesHistory: false,
    read: (document) => (document[key] ?? []) as unknown as StoredRecord[],
    write: (document, records) => {
      const target = document as unknown as Record<string, unknown>;
      if (records.length > 0) target[key] = records.sort(order);
      else delete target[key];
    },
  };
}

const EMPTY_REGISTER_INFO: RegisterInfo = { registerId: '', title: '', createdAt: '', adequacyListCheckedOn: null };

/** Every kind of record in the register document, in the document's order. */
export const RECORD_KINDS: readonly RecordKind[] = [
  {
    type: 'register',
    singleton: true,
    predatesHistory: true,
    read: (document) => [document.register as unknown as StoredRecord],
    write: (document, records) => {
      document.register = (records[0] ?? EMPTY_REGISTER_INFO) as unknown as RegisterInfo;
    },
  },
  listKind('organisation', 'organisations', byFields('name', 'id')),
  ...CATALOGUE_NAMES.map(catalogueKind),
  listKind('processor', 'processors', processorOrder),
  listKind('retentionRule', 'retentionRules', byFields('name', 'id')),
  listKind('activity', 'activities', byFields('organisationId', 'number'), {
    organisationOf: (record) => (typeof record.organisationId === 'string' ? record.organisationId : null),
  }),
  optionalListKind('breach', 'breaches', breachTable.compare as unknown as (a: StoredRecord, b: StoredRecord) => number),
  optionalListKind('subjectRequest', 'subjectRequests', subjectRequestTable.compare as unknown as (a: StoredRecord, b: StoredRecord) => number),
];

const KINDS_BY_TYPE = new Map(RECORD_KINDS.map((kind) => [kind.type, kind]));

/** The kind of a history entity type; undefined for entries that are not register content (approvals). */
export function recordKind(type: string): RecordKind | undefined {
  return KINDS_BY_TYPE.get(type);
}

/** The key a record is tracked under: its kind and id (the kind alone for a singleton). */
export function recordKey(kind: RecordKind, id: string): string {
  return kind.singleton ? kind.type : `${kind.type}\u0000${id}`;
}

/** A record's id as the history names it. */
export function recordId(kind: RecordKind, record: StoredRecord): string {
  return String(kind.singleton ? (record.registerId ?? '') : record.id);
}
