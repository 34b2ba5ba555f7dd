/**
 * The flow (flow.ts) onto pages, drawn with pdfkit as it goes: a new page
 * when a line does not fit above the bottom margin, a table's header rows
 * drawn again at the top of each page it continues on, rows kept whole
 * where the table asks for it (dontBreakRows) and otherwise split between
 * lines, a table's header kept with its first row (keepWithHeaderRows),
 * groups (columns, unbreakable stacks) kept whole. Headings become named
 * destinations and bookmarks; the contents' page numbers and the footers
 * are drawn when the last page is known (pdfkit keeps the pages open).
 */
import type PDFKit from 'pdfkit';
import type { Block, Cell, GroupBlock, LineBlock, Row, RuleBlock, TableBlock } from './flow.ts';
import { heightOf } from './flow.ts';
import type { Fonts, Margin } from './style.ts';
import type { Line } from './text.ts';

export interface PageGeometry {
  size: [number, number];
  margins: Margin;
}

/** The parts of pdfkit's page (PDFPage, not in its types) that seal() uses. */
interface ContentStream {
  write(operators: string): void;
  end(): void;
}
interface OpenPage {
  content: ContentStream;
  dictionary: { data: { Contents: unknown } };
}

/** Drawing left for when every page is known: on which page. */
interface Deferred {
  page: number;
  paint: () => void;
}

export class Pages {
  /** Heading id → page number (1-based). */
  readonly anchors = new Map<string, number>();
  private readonly deferred: Deferred[] = [];
  private deferring = false;
  private orientation: 'portrait' | 'landscape' = 'portrait';
  private readonly orientations: Array<'portrait' | 'landscape'> = [];
  private count = 0;
  private y = 0;

  private readonly doc: PDFKit.PDFDocument;
  private readonly fonts: Fonts;
  private readonly geometry: PageGeometry;

  constructor(doc: PDFKit.PDFDocument, fonts: Fonts, geometry: PageGeometry) {
    this.doc = doc;
    this.fonts = fonts;
    this.geometry = geometry;
  }

  get pageCount(): number {
    return this.count;
  }

  private get size(): [number, number] {
    const [w, h] = this.geometry.size;
    return this.orientation === 'landscape' ? [h, w] : [w, h];
  }
  private get top(): number {
    return this.geometry.margins[1];
  }
  private get bottom(): number {
    return this.size[1] - this.geometry.margins[3];
  }
  private get left(): number {
    return this.geometry.margins[0];
  }

  newPage(orientation = this.orientation): void {
    this.seal();
    this.orientation = orientation;
    this.doc.addPage({ size: this.geometry.size, layout: orientation, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.orientations.push(orientation);
    this.count += 1;
    this.y = this.top;
  }

  /**
   * Writes out the finished page's content (compressed) now and gives the
   * page a second, empty content stream for what is drawn on it at the end
   * (footer, contents' page numbers): the pages stay open for those, but
   * not their thousands of drawing operations.
   */
  private seal(): void {
    const page = (this.doc as unknown as { page?: OpenPage }).page;
    if (!page) return;
    const rest = this.doc.ref({}) as unknown as ContentStream;
    // A stream, even when nothing more is drawn on the page (an empty object is not a content stream): save and restore, a no-op.
    rest.write('q Q');
    page.dictionary.data.Contents = [page.content, rest];
    page.content.end();
    page.content = rest;
  }

  orientationOf(page: number): 'portrait' | 'landscape' {
    return this.orientations[page] ?? 'portrait';
  }

  private fits(height: number): boolean {
    return this.y + height <= this.bottom + 0.01 || this.y <= this.top;
  }

  /** Draws on the current page now, or when every page is known (deferred). */
  private paint(draw: () => void): void {
    if (this.deferring) this.deferred.push({ page: this.count - 1, paint: draw });
    else draw();
  }

  /**
   * Places the blocks (the contents, with its page numbers) now but draws
   * them when every heading's page is known, in the order they were placed.
   */
  flowDeferred(blocks: readonly Block[]): void {
    this.deferring = true;
    try {
      this.flow(blocks);
    } finally {
      this.deferring = false;
    }
  }

  /** Draws what was deferred, each on its page. */
  paintDeferred(): void {
    for (const { page, paint } of this.deferred) {
      this.doc.switchToPage(page);
      paint();
    }
    this.deferred.length = 0;
  }

  /** Places the blocks one under another from the current position, breaking pages where needed. */
  flow(blocks: readonly Block[]): void {
    for (const block of blocks) {
      if (block.kind === 'break') {
        this.newPage(block.orientation);
        continue;
      }
      if (this.count === 0) this.newPage();
      if (block.kind === 'space') this.y = Math.min(this.y + block.height, this.bottom);
      else if (block.kind === 'table') this.table(block);
      else {
        if (!this.fits(block.height)) this.newPage();
        this.draw(block, this.left, this.y);
        this.y += block.height;
      }
    }
  }

  /** Draws a line, rule or group with its top left at (x, y); no page breaks. */
  draw(block: Block, x: number, y: number): void {
    if (block.kind === 'line') this.line(block, x, y);
    else if (block.kind === 'rule') this.rule(block, x, y);
    else if (block.kind === 'group') this.group(block, x, y);
    else if (block.kind === 'space' || block.kind === 'break') return;
    else throw new Error('A table inside a table cell or a group is not drawn by the PDF renderer');
  }

  /** Blocks one under another at (x, y), not broken across pages. */
  drawStack(blocks: readonly Block[], x: number, y: number): void {
    let at = y;
    for (const block of blocks) {
      this.draw(block, x, at);
      if ('height' in block) at += block.height;
    }
  }

  private group(block: GroupBlock, x: number, y: number): void {
    for (const column of block.columns) this.drawStack(column, x, y);
  }

  private rule(block: RuleBlock, x: number, y: number): void {
    for (const l of block.lines) {
      this.paint(() => this.doc
        .moveTo(x + block.dx + l.x1, y + l.y1)
        .lineTo(x + block.dx + l.x2, y + l.y2)
        .lineWidth(l.lineWidth)
        .strokeColor(l.color)
        .stroke());
    }
  }

  private line(block: LineBlock, x: number, y: number): void {
    const left = x + block.dx;
    if (block.anchor) this.anchors.set(block.anchor.id, this.count);
    this.paint(() => {
      if (block.anchor) {
        this.doc.addNamedDestination(block.anchor.id, 'XYZ', left, y, null);
        if (block.anchor.outline) this.doc.outline.addItem(block.anchor.title);
      }
      const line = block.pageReference ? this.pageNumber(block) : block.line;
      const shift = block.alignment === 'right' ? block.width - line.width : block.alignment === 'center' ? (block.width - line.width) / 2 : 0;
      this.text(line, left + shift, y);
      if (block.link) this.doc.goTo(left + shift, y, line.width, block.height, block.link);
    });
  }

  /** The line of a contents entry's page number, once the heading's page is known. */
  private pageNumber(block: LineBlock): Line {
    const style = block.pageReference!.style;
    const text = String(this.anchors.get(block.pageReference!.id) ?? '');
    const width = this.fonts.font(style).widthOfString(text, style.fontSize);
    return { fragments: [{ text, style, x: 0 }], width, height: block.height, ascender: block.line.ascender };
  }

  private text(line: Line, x: number, y: number): void {
    for (const fragment of line.fragments) {
      const { style } = fragment;
      const ascender = (this.fonts.font(style).ascender / 1000) * style.fontSize;
      this.doc
        .font(this.fonts.key(style))
        .fontSize(style.fontSize)
        .fillColor(style.color)
        .text(fragment.text, x + fragment.x, y + line.ascender - ascender, { lineBreak: false, characterSpacing: style.characterSpacing });
    }
  }

  private table(table: TableBlock): void {
    const header = table.rows.slice(0, table.headerRows);
    const rowHeight = (row: Row) => table.rule + table.padding.top + row.content + table.padding.bottom;
    const headerHeight = header.reduce((sum, row) => sum + rowHeight(row), 0);
    const kept = table.rows.slice(table.headerRows, table.headerRows + (table.keepWithHeaderRows || (table.dontBreakRows ? 1 : 0)));
    if (!this.fits(headerHeight + kept.reduce((sum, row) => sum + rowHeight(row), 0) + table.rule)) this.newPage();
    const startPage = () => {
      for (const row of header) this.row(table, row, rowHeight(row));
    };
    startPage();
    for (let row of table.rows.slice(table.headerRows)) {
      for (;;) {
        if (this.y + rowHeight(row) + table.rule <= this.bottom + 0.01) {
          this.row(table, row, rowHeight(row));
          break;
        }
        // A row kept whole goes to the next page; split only when it is taller than a page (as pdfmake does).
        const atTop = this.y <= this.top + headerHeight + 0.01;
        const room = this.bottom - this.y - table.rule * 2 - table.padding.top - table.padding.bottom;
        const split = table.dontBreakRows && !atTop ? null : splitRow(row, room);
        if (split) {
          this.row(table, split.first, rowHeight(split.first));
          row = split.rest;
        } else if (atTop) {
          // Not even one line fits a page: drawn as it is.
          this.row(table, row, rowHeight(row));
          break;
        }
        this.closeTable(table);
        this.newPage();
        startPage();
      }
    }
    this.closeTable(table);
  }

  /** A row with its top at the current position: fills, text, the rules above it and at its sides. */
  private row(table: TableBlock, row: Row, height: number): void {
    const x0 = this.left + table.dx;
    const top = this.y;
    const { rule, padding } = table;
    this.paint(() => {
      for (const cell of row.cells) if (cell.fill) this.doc.rect(x0 + cell.left + rule, top + rule, cell.outer - rule, height - rule).fill(cell.fill);
    });
    for (const cell of row.cells) this.drawStack(cell.blocks, x0 + cell.left + rule + padding.left[cell.column]!, top + rule + padding.top);
    if (rule > 0) this.paint(() => {
      this.doc.lineWidth(rule).strokeColor(table.ruleColour);
      this.doc.moveTo(x0, top + rule / 2).lineTo(x0 + table.width, top + rule / 2);
      for (const cell of row.cells) this.doc.moveTo(x0 + cell.left + rule / 2, top).lineTo(x0 + cell.left + rule / 2, top + height + rule);
      this.doc.moveTo(x0 + table.width - rule / 2, top).lineTo(x0 + table.width - rule / 2, top + height + rule);
      this.doc.stroke();
    });
    this.y += height;
  }

  /** The rule under the last row on this page. */
  private closeTable(table: TableBlock): void {
    if (table.rule > 0) {
      const x0 = this.left + table.dx;
      const y = this.y + table.rule / 2;
      this.paint(() => this.doc.lineWidth(table.rule).strokeColor(table.ruleColour).moveTo(x0, y).lineTo(x0 + table.width, y).stroke());
    }
    this.y += table.rule;
  }
}

/** The row's cells cut where the first part fits `room` points; null when not even a line of every cell fits. */
function splitRow(row: Row, room: number): { first: Row; rest: Row } | null {
  if (room <= 0) return null;
  const first: Cell[] = [];
  const rest: Cell[] = [];
  let moved = false;
  for (const cell of row.cells) {
    let height = 0;
    let count = 0;
    while (count < cell.blocks.length) {
      const block = cell.blocks[count]!;
      const h = 'height' in block ? block.height : 0;
      if (height + h > room) break;
      height += h;
      count += 1;
    }
    if (count > 0) moved = true;
    first.push({ ...cell, blocks: cell.blocks.slice(0, count) });
    rest.push({ ...cell, blocks: cell.blocks.slice(count) });
  }
  if (!moved) return null;
  return { first: { cells: first, content: Math.max(0, ...first.map((c) => heightOf(c.blocks))) }, rest: { cells: rest, content: Math.max(0, ...rest.map((c) => heightOf(c.blocks))) } };
}
