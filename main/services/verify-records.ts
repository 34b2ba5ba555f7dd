/**
 * Verify covers what the register says now, not only its history.
 *
 * The history chain (history-repository.ts, `verifyHistory`) proves that no
 * entry was rewritten; it says nothing of the records themselves: an
 * `UPDATE activity SET name = …` made with any SQLite tool leaves the chain
 * intact. Every write the app makes records the record as it is after the
 * write (`after`), so the register now must be exactly the `after` of each
 * record's latest entry:
 *
 * - a record whose content differs from that `after` was changed outside the
 *   app (named with the fields that differ);
 * - a record whose latest entry is a deletion, or that has no entry at all,
 *   was put there outside the app (built-in catalogue entries, which the
 *   app's migrations write without history, must then equal the built-in
 *   entry as shipped);
 * - a record whose latest entry is not a deletion but that is gone (or a
 *   built-in entry with no history that is gone) was deleted outside the app.
 *
 * The register's own facts (`meta`), the own templates, the privacy notices
 * and the activity's derived list columns are compared in
 * verify-own-records.ts, which reads their tables raw.
 *
 * Kept apart from the chain check so that the history's other uses (an
 * author per entry, the register as of a date) can grow beside it.
 */
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { EntityType } from '../../shared/domain/history.ts';
import type { RecordDifference, RecordsVerdict } from '../../shared/contract/verify.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { emptyRegisterImage, kyselyFor } from '../db/connection.ts';
import { listCatalogues } from '../db/repositories/catalogue-repository.ts';
import type { DB } from '../db/schema.ts';
import { readRegisterDocument } from './register-document.ts';
import { differingFields, verifyOwnRecords } from './verify-own-records.ts';

export type { RecordDifference, RecordsVerdict };

interface Current {
  id: string;
  label: string;
  content: Record<string, unknown>;
}

interface Latest {
  action: string;
  label: string;
  after: Record<string, unknown> | null;
}

/** The register's records by entity type, as the history names them. */
function currentRecords(document: RegisterDocument): Map<EntityType, Current[]> {
  const records = new Map<EntityType, Current[]>();
  const put = (type: EntityType, list: readonly object[], label: (record: Record<string, unknown>) => string) =>
    records.set(
      type,
      list.map((record) => {
        const content = record as Record<string, unknown>;
        return { id: String(content.id ?? content.registerId), label: label(content), content };
      }),
    );
  put('organisation', document.organisations, (r) => String(r.name));
  put('activity', document.activities, (r) => `${String(r.number)} ${String(r.name)}`);
  put('processor', document.processors, (r) => String(r.name));
  put('retentionRule', document.retentionRules, (r) => String(r.name));
  put('breach', document.breaches ?? [], (r) => `${String(r.number)} ${String(r.title)}`);
  put('subjectRequest', document.subjectRequests ?? [], (r) => String(r.number));
  for (const [name, entries] of Object.entries(document.catalogues)) {
    put(name as EntityType, entries as object[], (r) => String(r.nameLv ?? r.id));
  }
  return records;
}

/** The latest history entry of every record that has one, by `type id`. */
async function latestEntries(db: Kysely<DB>): Promise<Map<string, Latest>> {
  const rows = await db
    .selectFrom('history as h')
    .innerJoin(
      (eb) => eb.selectFrom('history').select(['entity_type', 'entity_id']).select((e) => e.fn.max('seq').as('seq')).groupBy(['entity_type', 'entity_id']).as('l'),
      (join) => join.onRef('l.seq', '=', 'h.seq'),
    )
    .select(['h.entity_type', 'h.entity_id', 'h.action', 'h.label', 'h.after_json'])
    .execute();
  return new Map(
    rows.map((row) => [
      `${row.entity_type} ${row.entity_id}`,
      { action: row.action, label: row.label, after: row.after_json === null ? null : (JSON.parse(row.after_json) as Record<string, unknown>) },
    ]),
  );
}

/**
 * The record's fields that its entry recorded. A field added to the model
 * after the record's latest entry (a later version's migration gave it its
 * value: "no recipients" false, an empty list of named sources) is not in
 * that entry, and the history cannot vouch for it either way: without this,
 * every record of a register kept with an older version would read "changed
 * outside the app" after the upgrade. Such fields are covered by the
 * fingerprint until the record is next saved (docs/hostile-files.md).
 */
function fieldsItRecorded(now: Record<string, unknown>, then: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(now).filter(([key]) => Object.hasOwn(then, key)));
}

/**
 * Compares every current record with its latest history entry. `builtins`
 * are the built-in catalogue entries as the app ships them (by `type id`),
 * the only records allowed to have no history.
 */
export async function verifyRecords(
  db: Kysely<DB>,
  document: RegisterDocument,
  builtins: ReadonlyMap<string, Record<string, unknown>>,
): Promise<RecordsVerdict> {
  const latest = await latestEntries(db);
  const differences: RecordDifference[] = [];
  const seen = new Set<string>();
  let records = 0;
  const current = currentRecords(document);
  for (const [entityType, list] of current) {
    for (const record of list) {
      records += 1;
      const key = `${entityType} ${record.id}`;
      seen.add(key);
      const entry = latest.get(key);
      const expected = entry ? entry.after : (builtins.get(key) ?? null);
      if (!expected) {
        differences.push({ entityType, entityId: record.id, label: record.label, kind: 'added', fields: [] });
        continue;
      }
      const fields = differingFields(fieldsItRecorded(record.content, expected), expected);
      if (fields.length > 0) differences.push({ entityType, entityId: record.id, label: record.label, kind: 'changed', fields });
    }
  }
  const gone = (key: string, label: string) => {
    const [entityType, ...id] = key.split(' ');
    differences.push({ entityType: entityType as EntityType, entityId: id.join(' '), label, kind: 'deleted', fields: [] });
  };
  for (const [key, entry] of latest) {
    // The register's facts, own templates and notices are compared in verify-own-records.ts; approvals live in the history alone.
    if (seen.has(key) || entry.after === null || !current.has(key.slice(0, key.indexOf(' ')) as EntityType)) continue;
    gone(key, entry.label);
  }
  for (const [key, builtin] of builtins) {
    if (!seen.has(key) && !latest.has(key)) gone(key, String(builtin.nameLv ?? builtin.id));
  }
  const own = await verifyOwnRecords(db, document);
  differences.push(...own.differences);
  return { intact: differences.length === 0, records: records + own.records, differences };
}

let shipped: Promise<Map<string, Record<string, unknown>>> | null = null;

/** The built-in catalogue entries as this build ships them (the empty register's), keyed as `verifyRecords` takes them; read once per process. */
export function shippedBuiltins(): Promise<Map<string, Record<string, unknown>>> {
  shipped ??= readShippedBuiltins();
  shipped.catch(() => {
    shipped = null;
  });
  return shipped;
}

async function readShippedBuiltins(): Promise<Map<string, Record<string, unknown>>> {
  const db = kyselyFor(new Database(await emptyRegisterImage()));
  try {
    const entries = new Map<string, Record<string, unknown>>();
    for (const [name, list] of Object.entries(await listCatalogues(db))) {
      for (const entry of list as Record<string, unknown>[]) entries.set(`${name} ${String(entry.id)}`, entry);
    }
    return entries;
  } finally {
    await db.destroy();
  }
}

/** `verifyRecords` on an open register: its document as exported, against the built-ins as shipped. */
export async function verifyRegisterRecords(db: Kysely<DB>, document?: RegisterDocument): Promise<RecordsVerdict> {
  return verifyRecords(db, document ?? (await readRegisterDocument(db)), await shippedBuiltins());
}
