/**
 * The report's look, in one place: page geometry, colours, text styles, the
 * table layout, and the helpers every section builds its tables with.
 *
 * Every table column that holds the user's text has a fixed width in points.
 * pdfmake sizes 'auto' and '*' columns from their longest word, so one long
 * unbroken word (a URL, a file path, pasted text) would push a table past
 * the page edge and cut it off; with fixed widths pdfmake breaks such a word
 * inside its column instead.
 */
import type { Content, ContentTable, CustomTableLayout, Style, StyleDictionary, TableCell } from 'pdfmake/interfaces.js';

export const PAGE_SIZE = 'A4';
/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };
/** left, top, right, bottom. The footer lives in the bottom margin. */
export const PAGE_MARGINS: [number, number, number, number] = [48, 48, 48, 54];
export const CONTENT_WIDTH = {
  portrait: A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2],
  landscape: A4.height - PAGE_MARGINS[0] - PAGE_MARGINS[2],
};

export const COLOURS = {
  ink: '#1b1f24',
  heading: '#1f3a5f',
  muted: '#55606e',
  rule: '#b8c2cf',
  groupFill: '#e6ecf3',
  headerFill: '#f2f4f7',
  special: '#9b1c1c',
  specialFill: '#fbeaea',
};

const CELL_PADDING_X = 4;
const LINE_WIDTH = 0.5;

/** The one table layout of the report: thin grey rules, modest padding. */
export const tableLayout: CustomTableLayout = {
  hLineWidth: () => LINE_WIDTH,
  vLineWidth: () => LINE_WIDTH,
  hLineColor: () => COLOURS.rule,
  vLineColor: () => COLOURS.rule,
  paddingLeft: () => CELL_PADDING_X,
  paddingRight: () => CELL_PADDING_X,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

export const styles: StyleDictionary = {
  coverTitle: { fontSize: 26, bold: true, color: COLOURS.heading },
  coverSubtitle: { fontSize: 11, color: COLOURS.muted },
  coverOrganisation: { fontSize: 15, bold: true, color: COLOURS.ink },
  h1: { fontSize: 17, bold: true, color: COLOURS.heading, margin: [0, 0, 0, 10] },
  h2: { fontSize: 13.5, bold: true, color: COLOURS.heading, margin: [0, 0, 0, 4] },
  h3: { fontSize: 11, bold: true, color: COLOURS.heading, margin: [0, 12, 0, 5] },
  meta: { fontSize: 8.5, color: COLOURS.muted },
  label: { fontSize: 8, color: COLOURS.muted },
  group: { fontSize: 9, bold: true, color: COLOURS.heading },
  columnHeader: { fontSize: 8, bold: true, color: COLOURS.ink },
  small: { fontSize: 7.5, color: COLOURS.muted },
  special: { fontSize: 7.5, bold: true, color: COLOURS.special },
  tocEntry: { fontSize: 9.5 },
  tocSection: { fontSize: 10.5, bold: true, color: COLOURS.heading },
};

export const defaultStyle: Style = { font: 'Roboto', fontSize: 9, lineHeight: 1.15, color: COLOURS.ink };

/** The empty-field mark: an inspector must see that something is missing. */
export const DASH = '—';

/** The text, or the dash when it is empty. */
export function orDash(value: string | null | undefined): string {
  return value && value.trim().length > 0 ? value : DASH;
}

/**
 * Fixed column widths that fill `total` points: each column's share of
 * what is left after cell padding and rules.
 */
export function columnWidths(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  // One point of slack so that rounding never makes a table wider than the page.
  const free = total - shares.length * 2 * CELL_PADDING_X - (shares.length + 1) * LINE_WIDTH - 1;
  return shares.map((share) => Math.floor((free * share * 100) / sum) / 100);
}

/** Longest locator shown beside a group title (the activity's number); the full one is in the table. */
const ASIDE_MAX = 40;

/** A table cell showing a group title across all columns (repeated on each page the table spans), with a locator beside it. */
export function groupRow(title: string, columns: number, aside = ''): TableCell[] {
  const locator = aside.length > ASIDE_MAX ? `${aside.slice(0, ASIDE_MAX - 1)}…` : aside;
  const cell: TableCell = {
    text: locator ? [title, { text: `   ${locator}`, style: 'small', bold: false }] : title,
    style: 'group',
    fillColor: COLOURS.groupFill,
    colSpan: columns,
  };
  return [cell, ...Array.from({ length: columns - 1 }, () => ({ text: '' }))];
}

/** A row of column headings. */
export function headerRow(titles: readonly string[]): TableCell[] {
  return titles.map((title) => ({ text: title, style: 'columnHeader', fillColor: COLOURS.headerFill }));
}

/** One labelled field: label on the left, value (or the dash) on the right. */
export function fieldRow(label: string, value: Content | string | null | undefined): TableCell[] {
  const shown: Content = typeof value === 'string' || value === null || value === undefined ? { text: orDash(value) } : value;
  return [{ text: label, style: 'label' }, shown as TableCell];
}

export interface TableOptions {
  /** Column shares (not points): [1, 2] gives the second column twice the width. */
  shares: readonly number[];
  /** Content width the table fills, in points. */
  width: number;
  /** Rows repeated at the top of every page the table spans (group title, column headings). */
  headerRows: number;
  body: TableCell[][];
  /** Space after the table. */
  marginBottom?: number;
}

/** The characters of a cell's text, paragraph by paragraph. */
function paragraphs(node: unknown, into: string[] = []): string[] {
  if (typeof node === 'string') into.push(...node.split('\n'));
  else if (Array.isArray(node)) node.forEach((child) => paragraphs(child, into));
  else if (node && typeof node === 'object') {
    const { text, stack } = node as { text?: unknown; stack?: unknown };
    if (text !== undefined) paragraphs(text, into);
    if (stack !== undefined) paragraphs(stack, into);
  }
  return into;
}

/** Rows lower than this are kept whole on one page. */
const UNBROKEN_ROW_LIMIT = 220;

/**
 * A generous guess of a row's height in points (characters at 0.6 em on 9 pt
 * lines): a row split across pages splits its label too, so short rows are
 * kept whole; but pdfmake cuts off whatever it was told to keep together
 * and cannot fit on a page, so a long row must be free to split.
 */
function rowHeight(row: readonly TableCell[], widths: readonly number[]): number {
  const fontSize = defaultStyle.fontSize as number;
  let column = 0;
  let tallest = 0;
  for (const cell of row) {
    const span = (cell as { colSpan?: number }).colSpan ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const perLine = Math.max(1, Math.floor(width / (fontSize * 0.6)));
    const height = paragraphs(cell).reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / perLine)) * fontSize * 1.2, 0);
    tallest = Math.max(tallest, height);
    column += span;
  }
  return tallest;
}

/** A table in the report's layout; its header rows kept with the first body row when that row is short. */
export function table({ shares, width, headerRows, body, marginBottom = 8 }: TableOptions): ContentTable {
  const widths = columnWidths(shares, width);
  const heights = body.map((row) => rowHeight(row, widths));
  const short = (height: number) => height < UNBROKEN_ROW_LIMIT;
  const firstRows = heights.slice(0, headerRows + 1).reduce((a, b) => a + b, 0);
  return {
    table: {
      widths,
      headerRows,
      keepWithHeaderRows: body.length > headerRows && short(firstRows) ? 1 : 0,
      dontBreakRows: heights.every(short),
      body,
    },
    layout: tableLayout,
    margin: [0, 0, 0, marginBottom],
  };
}

/** A label/value table under a group title. */
export function fieldTable(title: string, rows: TableCell[][], width: number, aside = ''): ContentTable {
  return table({ shares: [30, 70], width, headerRows: 1, body: [groupRow(title, 2, aside), ...rows] });
}

export interface GridField {
  label: string;
  value: Content | string | null | undefined;
  /** Takes the whole width (long text); otherwise two fields share a row. */
  wide?: boolean;
}

/**
 * Labelled fields under a group title, two short fields to a row (label,
 * value, label, value) and long ones across the width: a register's many
 * dates, names and yes/no answers take half the paper this way.
 */
export function fieldGrid(title: string, fields: readonly GridField[], width: number, aside = ''): ContentTable {
  const rows: TableCell[][] = [];
  let pending: GridField | null = null;
  const cell = (field: GridField): TableCell[] => fieldRow(field.label, field.value);
  const across = (field: GridField) => {
    const [label, value] = cell(field);
    rows.push([label as TableCell, { ...(value as object), colSpan: 3 } as TableCell, { text: '' }, { text: '' }]);
  };
  const flush = () => {
    if (pending) across(pending);
    pending = null;
  };
  for (const field of fields) {
    if (field.wide) {
      flush();
      across(field);
    } else if (pending) {
      rows.push([...cell(pending), ...cell(field)]);
      pending = null;
    } else pending = field;
  }
  flush();
  return table({ shares: [17, 33, 17, 33], width, headerRows: 1, body: [groupRow(title, 4, aside), ...rows] });
}

/** Several values, one per line; the dash when there are none. */
export function lines(values: readonly string[]): string {
  const present = values.filter((value) => value.trim().length > 0);
  return present.length > 0 ? present.join('\n') : DASH;
}
