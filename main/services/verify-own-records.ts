/**
 * Verify's second half (verify-records.ts has the register document's
 * records): the tables that are not in the exchange document but that the
 * app writes with a history entry, and the columns it derives.
 *
 * - `meta`, the register's own facts (id, title, creation, the date the
 *   adequacy list was checked): read raw, so a key put there outside the app
 *   is named too. They are compared with the latest `register` entry of any
 *   id (an import or a restore gives the register another id). A register
 *   the app creates has that entry from the start (its first, `create`,
 *   main/db/register-meta.ts). One made by an older version and never
 *   retitled, imported into or restored has none: then only its keys are
 *   checked (none missing, none foreign), and its values are covered by the
 *   fingerprint alone (docs/hostile-files.md).
 * - `activity_template`, the DPO's own templates: each row equals the
 *   `after` of its latest `activityTemplate` entry, its name columns included.
 * - `notice`, each privacy notice's set-up: equals its latest set-up entry
 *   (the `notice` entries that carry settings), its revision the number of
 *   those entries, its created/updated times those of the first and last.
 * - `notice_issue`, each notice generated: equals the issue entry written
 *   with it (a `notice` entry whose `after` is the issue), and its facts
 *   still have the digest recorded there.
 * - the activity's list columns (what the activities list filters on) are
 *   derived from its links: each must equal what the links give now, so
 *   a list that shows something else than the records is found.
 *
 * The app never deletes a template, a notice or an issue, so a row missing
 * is a deletion outside the app.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { RecordDifference } from '../../shared/contract/verify.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { audienceKey } from '../../shared/notice/settings.ts';
import { ActivityTemplate } from '../../shared/templates/schema.ts';
import { canonicalJson } from '../db/canonical-json.ts';
import { listColumns, listFacts } from '../db/repositories/activity-repository.ts';
import type { DB } from '../db/schema.ts';
import { issueColumns, type NoticeIssueTable } from '../notice/notice-repository.ts';
import { TemplateDefinitions } from '../templates/template-store.ts';

interface Entry {
  seq: number;
  at: string;
  entityType: string;
  entityId: string;
  after: Record<string, unknown> | null;
}

type Row = Record<string, unknown>;

/** The meta keys and the names the register document gives them. */
const META_FIELDS: Record<string, string> = {
  register_id: 'registerId',
  title: 'title',
  created_at: 'createdAt',
  adequacy_list_checked_on: 'adequacyListCheckedOn',
};

/** The top-level fields whose values differ between two records. */
export function differingFields(now: Record<string, unknown>, then: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(now), ...Object.keys(then)]);
  return [...keys].filter((key) => canonicalJson(now[key] ?? null) !== canonicalJson(then[key] ?? null)).sort();
}

function parsed(text: unknown, schema?: { safeParse(value: unknown): { success: boolean; data?: unknown } }): unknown {
  let value: unknown;
  try {
    value = JSON.parse(String(text));
  } catch {
    return text;
  }
  // As the app reads it back (template-store.ts parses with the schema); what does not parse is compared raw, and differs.
  const read = schema?.safeParse(value);
  return read?.success ? read.data : value;
}

async function entriesOf(db: Kysely<DB>, types: readonly string[]): Promise<Entry[]> {
  const rows = await db
    .selectFrom('history')
    .select(['seq', 'at', 'entity_type', 'entity_id', 'after_json'])
    .where('entity_type', 'in', types as never)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    entityType: row.entity_type,
    entityId: row.entity_id,
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as Record<string, unknown>),
  }));
}

const rowsOf = async (db: Kysely<DB>, table: string): Promise<Row[]> => (await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows;

/** The register's facts in `meta` against its latest `register` entry (or, with none, only its keys). */
async function verifyMeta(db: Kysely<DB>, entries: Entry[]): Promise<RecordDifference[]> {
  const now: Record<string, unknown> = {};
  for (const row of await rowsOf(db, 'meta')) {
    const key = String(row.key);
    now[META_FIELDS[key] ?? key] = key === 'adequacy_list_checked_on' ? row.value || null : row.value;
  }
  const latest = entries.filter((entry) => entry.entityType === 'register' && entry.after).at(-1)?.after;
  const known = Object.values(META_FIELDS);
  // Without an entry the values are unknown: each known key must be there, and nothing else.
  const then = Object.fromEntries(known.map((field) => [field, latest ? (latest[field] ?? null) : field in now ? now[field] : '(missing)']));
  const fields = differingFields(now, then);
  if (fields.length === 0) return [];
  return [{ entityType: 'register', entityId: String(now.registerId ?? ''), label: String(now.title ?? ''), kind: 'changed', fields }];
}

/** One record kind of a table against what its entries recorded: changed, added, deleted. */
function compare(
  entityType: RecordDifference['entityType'],
  current: Map<string, { label: string; content: Record<string, unknown> }>,
  expected: Map<string, { label: string; content: Record<string, unknown> }>,
): RecordDifference[] {
  const differences: RecordDifference[] = [];
  for (const [id, record] of current) {
    const then = expected.get(id);
    if (!then) differences.push({ entityType, entityId: id, label: record.label, kind: 'added', fields: [] });
    else {
      const fields = differingFields(record.content, then.content);
      if (fields.length > 0) differences.push({ entityType, entityId: id, label: record.label, kind: 'changed', fields });
    }
  }
  for (const [id, then] of expected) {
    if (!current.has(id)) differences.push({ entityType, entityId: id, label: then.label, kind: 'deleted', fields: [] });
  }
  return differences;
}

async function verifyTemplates(db: Kysely<DB>, entries: Entry[]): Promise<RecordDifference[]> {
  const current = new Map(
    (await rowsOf(db, 'activity_template')).map((row) => [
      String(row.id),
      {
        label: String(row.name_lv),
        content: {
          template: parsed(row.body, ActivityTemplate),
          definitions: parsed(row.definitions, TemplateDefinitions),
          revision: row.revision,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          nameLv: row.name_lv,
          nameEn: row.name_en,
        },
      },
    ]),
  );
  const expected = new Map<string, { label: string; content: Record<string, unknown> }>();
  for (const entry of entries) {
    if (entry.entityType !== 'activityTemplate') continue;
    if (!entry.after) {
      expected.delete(entry.entityId);
      continue;
    }
    const name = ((entry.after.template as Row | undefined)?.name ?? {}) as Row;
    expected.set(entry.entityId, { label: String(name.lv ?? ''), content: { ...entry.after, nameLv: name.lv, nameEn: name.en } });
  }
  return compare('activityTemplate', current, expected);
}

/** The notices' set-ups and every notice issued, against their `notice` entries. */
async function verifyNotices(db: Kysely<DB>, entries: Entry[]): Promise<RecordDifference[]> {
  const settings = new Map<string, { label: string; content: Record<string, unknown> }>();
  const issues = new Map<string, { label: string; content: Record<string, unknown> }>();
  for (const entry of entries) {
    if (entry.entityType !== 'notice' || !entry.after) continue;
    const after = entry.after;
    if ('audienceIds' in after) {
      const previous = settings.get(entry.entityId)?.content;
      settings.set(entry.entityId, {
        label: `${String(after.organisationId)}: ${audienceKey(after.audienceIds as string[])}`,
        content: {
          settings: after,
          organisationId: after.organisationId,
          audienceKey: audienceKey(after.audienceIds as string[]),
          revision: Number(previous?.revision ?? 0) + 1,
          createdAt: previous?.createdAt ?? entry.at,
          updatedAt: entry.at,
        },
      });
    } else if ('version' in after) {
      issues.set(String(after.id), { label: `v${String(after.version)} ${String(after.lang)} ${String(after.format)}`, content: { ...after, factsIntact: true } });
    }
  }
  const notices = new Map(
    (await rowsOf(db, 'notice')).map((row) => [
      String(row.id),
      {
        label: `${String(row.organisation_id)}: ${String(row.audience_key)}`,
        content: {
          settings: parsed(row.settings_json),
          organisationId: row.organisation_id,
          audienceKey: row.audience_key,
          revision: row.revision,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        },
      },
    ]),
  );
  const issued = new Map(
    (await rowsOf(db, 'notice_issue')).map((row) => [
      String(row.id),
      {
        label: `v${String(row.version)} ${String(row.lang)} ${String(row.format)}`,
        content: {
          ...issueColumns(row as unknown as NoticeIssueTable),
          // The facts themselves are not in the entry; the digest recorded there is (notice-service.ts, factsDigest).
          factsIntact: createHash('sha256').update(canonicalJson(parsed(row.facts_json))).digest('hex') === row.facts_digest,
        },
      },
    ]),
  );
  return [...compare('notice', notices, settings), ...compare('notice', issued, issues)];
}

/** Each activity's list columns against what its links give now (activity-repository.ts, listColumns). */
async function verifyListColumns(db: Kysely<DB>, document: RegisterDocument): Promise<RecordDifference[]> {
  const facts = await listFacts(db);
  const stored = new Map((await rowsOf(db, 'activity')).map((row) => [String(row.id), row]));
  const differences: RecordDifference[] = [];
  for (const activity of document.activities) {
    const row = stored.get(activity.id);
    if (!row) continue;
    const derived: Record<string, unknown> = listColumns(activity, facts);
    const fields = Object.keys(derived).filter((column) => row[column] !== derived[column]);
    if (fields.length > 0) differences.push({ entityType: 'activity', entityId: activity.id, label: `${activity.number} ${activity.name}`, kind: 'changed', fields });
  }
  return differences;
}

/** The differences in what verify-records.ts does not compare (see above), with the number of records looked at. */
export async function verifyOwnRecords(db: Kysely<DB>, document: RegisterDocument): Promise<{ records: number; differences: RecordDifference[] }> {
  const entries = await entriesOf(db, ['register', 'activityTemplate', 'notice']);
  const differences = [
    ...(await verifyMeta(db, entries)),
    ...(await verifyTemplates(db, entries)),
    ...(await verifyNotices(db, entries)),
    ...(await verifyListColumns(db, document)),
  ];
  const counted = await sql<{ n: number }>`SELECT (SELECT count(*) FROM activity_template) + (SELECT count(*) FROM notice) + (SELECT count(*) FROM notice_issue) + 1 AS n`.execute(db);
  return { records: Number(counted.rows[0]?.n ?? 0), differences };
}
