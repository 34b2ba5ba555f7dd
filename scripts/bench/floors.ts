/**
 * The floors `npm run bench` measures the operations against: for each, the
 * best known way to do the same work with nothing of ROPA's around it
 * (issue 19: a floor weaker than the best way, or doing other work, makes a
 * ratio flatter than the truth). docs/benchmarks.md says what each is and
 * why.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { loadActivities } from '../../main/db/repositories/activity-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import { activitySearchText, loadLinkedNames } from '../../main/services/search-index.ts';
import { firstInOrder } from '../../shared/domain/activity-order.ts';
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

/**
 * What a save writes, done with raw statements prepared once: the activity's
 * row updated, its link rows deleted and inserted again, and a history entry
 * whose after-snapshot is the activity's rows serialised and whose hash is
 * SHA-256 over the previous entry's hash and that text (the app's entry
 * carries the activity's JSON and is hashed the same way). The caller commits
 * it durably (journal_mode DELETE, synchronous FULL: the app's settings).
 */
export function preparedActivityWriter(raw: Database.Database, children: readonly string[], id: string): () => void {
  const rowsOf = Object.fromEntries(children.map((table) => [table, raw.prepare(`select * from ${table} where activity_id = ?`).all(id) as Array<Record<string, unknown>>]));
  const bases = raw.prepare('select b.* from activity_purpose_legal_basis b join activity_purpose p on p.id = b.purpose_id where p.activity_id = ?').all(id) as Array<Record<string, unknown>>;
  const update = raw.prepare("update activity set notes = notes || '.', revision = revision + 1 where id = ?");
  const activityRow = raw.prepare('select * from activity where id = ?');
  const deletes = children.map((table) => raw.prepare(`delete from ${table} where activity_id = ?`));
  const inserts = children.map((table) => {
    const columns = Object.keys(rowsOf[table]?.[0] ?? {});
    return columns.length === 0 ? null : raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  });
  const insertBasis = raw.prepare('insert into activity_purpose_legal_basis (purpose_id, legal_basis_id, position) values (@purpose_id, @legal_basis_id, @position)');
  const head = raw.prepare('select seq, hash from history order by seq desc limit 1');
  const history = raw.prepare('insert into history (seq, at, entity_type, entity_id, action, label, before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  return raw.transaction(() => {
    const before = JSON.stringify(activityRow.get(id));
    update.run(id);
    deletes.forEach((statement) => statement.run(id));
    children.forEach((table, index) => {
      for (const row of rowsOf[table] ?? []) inserts[index]?.run(row);
    });
    for (const row of bases) insertBasis.run(row);
    const after = JSON.stringify({ activity: activityRow.get(id), ...rowsOf, bases });
    const last = head.get() as { seq: number; hash: string };
    const hash = createHash('sha256').update(last.hash).update(after).digest('hex');
    history.run(last.seq + 1, new Date().toISOString(), 'activity', id, 'update', id, before, after, last.hash, hash);
  });
}

/** The columns of a list row (activity-list-rows.ts `listActivitySummaries`): the floors read the same ones. */
export const LIST_COLUMNS =
  'id, organisation_id, kind, number, name, owner_unit, status, last_reviewed_on, next_review_on, updated_at, list_legal_bases, list_special, list_criminal, list_transfer_countries';

/**
 * The first screenful (what `activities:firstRows` does): every activity's
 * number in the list's order, the first `count` in Latvian order picked in
 * one pass (`firstInOrder`, the same selection: a full sort is slower), and
 * those rows read; every statement prepared once.
 */
export function preparedFirstRows(raw: Database.Database, count: number): () => void {
  const keys = raw.prepare('select id, number from activity order by organisation_id, number');
  const rows = raw.prepare(`select ${LIST_COLUMNS} from activity where id in (${Array.from({ length: count }, () => '?').join(', ')})`);
  return () => {
    const all = keys.all() as Array<{ id: string; number: string }>;
    const first = firstInOrder(all, (row) => row.number, false, 'lv', count).map((row) => row.id);
    rows.all(...first);
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

/**
 * The PDF's floor: pdfkit alone laying out and writing the report's text in
 * the report's tables, from `plainContent` of the report's definition:
 * every paragraph at the page's width, every table cell at its column's
 * width (spans added), rows one under the other, a new page when the next
 * row starts below the bottom margin; the report's font (Roboto, embedded as
 * a subset) at its size, compressed as the report is. pdfkit is the engine
 * under pdfmake, so this is the same glyph measuring, line breaking (UAX #14,
 * the same `linebreak` package) and writing, with none of pdfmake's
 * document model (styles, inlines per word, measuring every table before
 * laying it out, pages kept until the end): the least any engine writing
 * these words in these widths pays. Rows are not kept whole, headers not
 * repeated, no rules drawn: what a report would add on top.
 */
export async function pdfkitTables(content: unknown, robotoRegular: string): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const margins = { top: 48, left: 48, right: 48, bottom: 54 };
  const doc = new PDFDocument({ size: 'A4', margins, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('Roboto', robotoRegular);
  doc.font('Roboto').fontSize(9).lineGap(1.35);
  const bottom = () => doc.page.height - margins.bottom;
  const textOf = (node: unknown): string => {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) return node.map(textOf).join('');
    if (!node || typeof node !== 'object') return '';
    const record = node as Record<string, unknown>;
    if ('text' in record) return textOf(record.text);
    return ['stack', 'ul', 'ol', 'columns'].flatMap((key) => (key in record ? [(record[key] as unknown[]).map(textOf).join('\n')] : [])).join('\n');
  };
  const paragraph = (text: string, x: number, y: number, width: number): number => {
    if (text) doc.text(text, x, y, { width });
    return text ? doc.y : y;
  };
  const block = (node: unknown, x: number, width: number): void => {
    if (Array.isArray(node)) return node.forEach((child) => block(child, x, width));
    const record = node && typeof node === 'object' ? (node as Record<string, unknown>) : null;
    if (record && 'table' in record) {
      const { widths, body } = record.table as { widths: number[]; body: unknown[][] };
      for (const row of body) {
        if (doc.y > bottom() - 12) doc.addPage();
        const top = doc.y;
        let lowest = top;
        let column = 0;
        for (const cell of row) {
          const span = ((cell as { colSpan?: number } | null)?.colSpan ?? 1) as number;
          const cellX = x + widths.slice(0, column).reduce((a, b) => a + b + 8, 0) + 4;
          const cellWidth = widths.slice(column, column + span).reduce((a, b) => a + b, 0) + (span - 1) * 8;
          if (cellWidth > 0) lowest = Math.max(lowest, paragraph(textOf(cell), cellX, top + 2.5, cellWidth));
          column += span;
        }
        doc.y = lowest + 2.5;
      }
      return;
    }
    if (record && 'stack' in record) return block(record.stack, x, width);
    if (doc.y > bottom() - 12) doc.addPage();
    doc.y = paragraph(textOf(node), x, doc.y, width);
  };
  block(content, margins.left, doc.page.width - margins.left - margins.right);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
