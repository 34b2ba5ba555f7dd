/**
 * What changed between two states of the register: records added, changed
 * (field by field, before → after) and removed, grouped by organisation and
 * record. Computed from two rebuilt documents (as-of.ts) read in one pass
 * over the history, so a diff is checked against the hash chain like any
 * state it compares.
 *
 * A diff carries what applying it needs (`applyRegisterDiff`): the whole
 * record for an addition, and every differing top-level field of a change,
 * bookkeeping (revision, updatedAt) included but marked, so that screens and
 * reports show only what the user changed.
 */
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../../shared/domain/register.ts';
import { BOOKKEEPING } from '../../../shared/versions/record-changes.ts';
import { sameJson } from '../../db/canonical-json.ts';
import type { DB } from '../../db/schema.ts';
import type { DiffField, RecordChange, RegisterDiff } from '../../../shared/versions/diff-types.ts';
import { rebuildRegistersAsOf, type MomentQuery } from './as-of.ts';
import { RECORD_KINDS, recordId, recordKey, type RecordKind, type StoredRecord } from './record-kinds.ts';

export type { DiffField, RecordChange, RegisterDiff };

/** A record's one-line label, as the history labels it. */
export function recordLabel(record: StoredRecord): string {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  if (text('number') && text('name')) return `${text('number')} ${text('name')}`;
  return text('name') || text('nameLv') || text('nameEn') || text('title') || text('id') || text('registerId');
}

function organisationOf(kind: RecordKind, record: StoredRecord): string | null {
  if (kind.type === 'organisation') return String(record.id);
  return kind.organisationOf?.(record) ?? null;
}

function indexKind(kind: RecordKind, document: RegisterDocument): Map<string, StoredRecord> {
  return new Map(kind.read(document).map((record) => [recordId(kind, record), record]));
}

function fieldsOf(before: StoredRecord, after: StoredRecord): DiffField[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => !sameJson(before[key] ?? null, after[key] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null, bookkeeping: BOOKKEEPING.has(field) }));
}

/** The changes that turn `from` into `to`, in the order of organisation, kind and label. */
export function diffRegisterDocuments(from: RegisterDocument, to: RegisterDocument): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const kind of RECORD_KINDS) {
    const before = indexKind(kind, from);
    const after = indexKind(kind, to);
    const base = (id: string, record: StoredRecord) => ({ entityType: kind.type, entityId: id, label: recordLabel(record), organisationId: organisationOf(kind, record) });
    if (kind.singleton) {
      const [a, b] = [kind.read(from)[0], kind.read(to)[0]];
      if (a && b && !sameJson(a, b)) changes.push({ ...base(recordId(kind, b), b), change: 'changed', record: null, fields: fieldsOf(a, b) });
      continue;
    }
    for (const [id, record] of after) {
      const old = before.get(id);
      if (!old) changes.push({ ...base(id, record), change: 'added', record, fields: [] });
      else if (!sameJson(old, record)) changes.push({ ...base(id, record), change: 'changed', record: null, fields: fieldsOf(old, record) });
    }
    for (const [id, record] of before) {
      if (!after.has(id)) changes.push({ ...base(id, record), change: 'removed', record, fields: [] });
    }
  }
  return changes;
}

/** `from` with `changes` applied: equals the `to` the changes were computed against. */
export function applyRegisterDiff(from: RegisterDocument, changes: readonly RecordChange[]): RegisterDocument {
  const document: RegisterDocument = { ...from, catalogues: { ...from.catalogues } };
  for (const kind of RECORD_KINDS) {
    const mine = changes.filter((change) => change.entityType === kind.type);
    if (mine.length === 0) continue;
    const records = new Map(kind.read(from).map((record) => [recordKey(kind, recordId(kind, record)), record]));
    for (const change of mine) {
      const key = recordKey(kind, change.entityId);
      if (change.change === 'removed') records.delete(key);
      else if (change.change === 'added') records.set(key, change.record as StoredRecord);
      else {
        const previous = kind.singleton ? (kind.read(from)[0] as StoredRecord) : (records.get(key) as StoredRecord);
        const updated = { ...previous };
        for (const field of change.fields) updated[field.field] = field.after;
        records.delete(recordKey(kind, recordId(kind, previous)));
        records.set(key, updated);
      }
    }
    kind.write(document, [...records.values()]);
  }
  return document;
}

/**
 * What changed in the register between two moments (the later one defaults
 * to now). Throws HISTORY_BROKEN as the rebuild does.
 */
export async function diffRegisterBetween(db: Kysely<DB>, from: MomentQuery, to?: MomentQuery): Promise<RegisterDiff> {
  const [earlier, later] = await rebuildRegistersAsOf(db, [from, to ?? { seq: Number.MAX_SAFE_INTEGER }]);
  return {
    from: { ...earlier!.moment, fingerprint: earlier!.fingerprint },
    to: { ...later!.moment, fingerprint: later!.fingerprint },
    changes: diffRegisterDocuments(earlier!.document, later!.document),
  };
}

