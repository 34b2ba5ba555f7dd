/**
 * The floors `npm run bench` measures the operations against: for each, the
 * best known way to do the same work with nothing of ROPA's around it
 * (issue 19: a floor weaker than the best way, or doing other work, makes a
 * ratio flatter than the truth). docs/benchmarks.md says what each is and
 * why.
 */
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { loadActivities } from '../../main/db/repositories/activity-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import { activitySearchText, loadLinkedNames } from '../../main/services/search-index.ts';
import { matchesTerms, queryTerms } from '../../shared/search-text.ts';

/** The tables of an activity's links, read by `activity_id`. */
export const activityChildren = (contentTables: readonly string[]) =>
  contentTables.filter((t) => t.startsWith('activity_') && t !== 'activity_purpose_legal_basis');

/**
 * The rows of one activity (what `activities:get` reads), with every
 * statement prepared once, as the app's repository reuses its prepared
 * statements: the floor pays SQLite's stepping, not its parser.
 */
export function preparedActivityReader(raw: Database.Database, children: readonly string[]): (id: string) => void {
  const activity = raw.prepare('select * from activity where id = ?');
  const links = children.map((table) => raw.prepare(`select * from ${table} where activity_id = ?`));
  const bases = raw.prepare('select b.* from activity_purpose_legal_basis b join activity_purpose p on p.id = b.purpose_id where p.activity_id = ?');
  return (id) => {
    activity.get(id);
    for (const statement of links) statement.all(id);
    bases.all(id);
  };
}

/** Each activity's normalised search text, built as the app's in-memory index builds it (search-index.ts). */
export async function searchTexts(db: Kysely<DB>): Promise<Array<[string, string]>> {
  const names = await loadLinkedNames(db);
  return (await loadActivities(db)).map((activity) => [activity.id, activitySearchText(activity, names)]);
}

/** The search floor: the query's terms looked for with `includes()` in the same texts. */
export function scanTexts(texts: ReadonlyArray<[string, string]>, query: string): string[] {
  const terms = queryTerms(query);
  const ids: string[] = [];
  for (const [id, text] of texts) if (matchesTerms(text, terms)) ids.push(id);
  return ids;
}

/** The exchange file's serialisation (json-exchange.ts `serialiseRegister`), applied to raw rows. */
export function serialiseRows(rows: unknown): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * A pdfmake content tree with only its structure and text: tables (body,
 * widths, spans), stacks, columns, lists and text; every style, fill, margin,
 * layout, page break and table-of-contents mark dropped.
 */
export function plainContent(node: unknown): unknown {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(plainContent);
  if (!node || typeof node !== 'object') return '';
  const record = node as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  if ('table' in record) {
    const table = record.table as { body: unknown[][]; widths?: unknown };
    plain.table = { widths: table.widths, body: table.body.map((row) => row.map(plainContent)) };
  }
  for (const key of ['text', 'stack', 'columns', 'ul', 'ol'] as const) if (key in record) plain[key] = plainContent(record[key]);
  for (const key of ['colSpan', 'rowSpan', 'width'] as const) if (key in record) plain[key] = record[key];
  if (Object.keys(plain).length === 0) return '';
  return plain;
}
