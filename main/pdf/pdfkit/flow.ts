/**
 * The report's document definition laid out as a flow of blocks for the
 * pdfkit renderer: lines of text, spaces (margins), rules (the canvas
 * lines), groups that stay whole (columns, unbreakable stacks), tables and
 * page breaks. Widths and heights are final here; pages.ts only decides
 * where pages break and draws.
 *
 * The definition is the one pdfmake reads (report-document.ts): the same
 * nodes, styles, margins and table widths, so the two engines cannot drift
 * in what they say. The subset of pdfmake's nodes the report uses is read;
 * anything else is an error, not a silent omission.
 */
import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces.js';
import { marginOf, resolveStyle, type Fonts, type TextStyle } from './style.ts';
import { runsOf, setLines, type Line } from './text.ts';

type Node = Record<string, unknown>;

export interface LineBlock {
  kind: 'line';
  dx: number;
  width: number;
  height: number;
  line: Line;
  alignment: TextStyle['alignment'];
  /** The heading's anchor (contents, bookmarks), on its first line. */
  anchor?: { id: string; title: string; outline: boolean };
  link?: string;
  /** The page number of this heading, filled in when every page is known. */
  pageReference?: { id: string; style: TextStyle };
}
export interface SpaceBlock {
  kind: 'space';
  height: number;
}
export interface RuleBlock {
  kind: 'rule';
  dx: number;
  height: number;
  lines: Array<{ x1: number; y1: number; x2: number; y2: number; lineWidth: number; color: string }>;
}
/** Blocks side by side or one under another that stay on one page. */
export interface GroupBlock {
  kind: 'group';
  height: number;
  columns: Block[][];
}
export interface Cell {
  /** Offset of the cell's left edge (its left rule) from the table's. */
  left: number;
  /** The column it starts in. */
  column: number;
  /** From its left rule to the next cell's. */
  outer: number;
  fill?: string;
  blocks: Block[];
}
export interface Row {
  cells: Cell[];
  /** The tallest cell's content. */
  content: number;
}
export interface TableBlock {
  kind: 'table';
  dx: number;
  width: number;
  rule: number;
  ruleColour: string;
  padding: { left: number[]; right: number[]; top: number; bottom: number };
  headerRows: number;
  keepWithHeaderRows: number;
  dontBreakRows: boolean;
  rows: Row[];
}
export interface BreakBlock {
  kind: 'break';
  orientation?: 'portrait' | 'landscape';
}
export type Block = LineBlock | SpaceBlock | RuleBlock | GroupBlock | TableBlock | BreakBlock;

/** The height of blocks set one under another (tables and breaks do not go in groups). */
export function heightOf(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + ('height' in block ? block.height : 0), 0);
}

const RULE = '#000000';

export class Flow {
  private readonly fonts: Fonts;
  private readonly styles: StyleDictionary;

  constructor(fonts: Fonts, styles: StyleDictionary) {
    this.fonts = fonts;
    this.styles = styles;
  }

  /** `node` laid out `width` points wide, `dx` from the left margin, under `parent`'s style. */
  layout(node: unknown, parent: TextStyle, width: number, dx = 0, into: Block[] = []): Block[] {
    if (node === undefined || node === null) return into;
    if (typeof node === 'string' || typeof node === 'number') return this.layout({ text: String(node) }, parent, width, dx, into);
    if (Array.isArray(node)) {
      for (const child of node) this.layout(child, parent, width, dx, into);
      return into;
    }
    const item = node as Node;
    const style = resolveStyle(item, parent, this.styles);
    if (item.pageBreak === 'before') into.push({ kind: 'break', ...(item.pageOrientation ? { orientation: item.pageOrientation as 'portrait' | 'landscape' } : {}) });
    const [left, top, right, bottom] = marginOf(item, this.styles) ?? [0, 0, 0, 0];
    if (top) into.push({ kind: 'space', height: top });
    const inner = width - left - right;
    const x = dx + left;
    if ('text' in item || 'pageReference' in item) this.text(item, style, inner, x, into);
    else if ('stack' in item) {
      const blocks = this.layout(item.stack, style, inner, x);
      if (item.unbreakable && !blocks.some((b) => b.kind === 'table' || b.kind === 'break')) into.push({ kind: 'group', height: heightOf(blocks), columns: [blocks] });
      else into.push(...blocks);
    } else if ('columns' in item) into.push(this.columns(item.columns as Node[], style, inner, x));
    else if ('table' in item) into.push(this.table(item, style, inner, x));
    else if ('canvas' in item) into.push(this.canvas(item.canvas as Node[], x));
    else if (Object.keys(item).length > 0) throw new Error(`The PDF renderer does not draw this node: ${Object.keys(item).join(', ')}`);
    if (bottom) into.push({ kind: 'space', height: bottom });
    return into;
  }

  private text(item: Node, style: TextStyle, width: number, dx: number, into: Block[]): void {
    const reference = item.pageReference as string | undefined;
    // The widest page number the contents can show: its line's height, the number itself drawn later.
    const lines = setLines(runsOf(reference ? '00000' : item.text, style, this.styles), width, this.fonts);
    lines.forEach((line, i) => {
      const block: LineBlock = { kind: 'line', dx, width, height: line.height, line, alignment: style.alignment };
      if (i === 0 && typeof item.id === 'string') block.anchor = { id: item.id, title: lineText(item.text), outline: !!item.outline };
      if (typeof item.linkToDestination === 'string') block.link = item.linkToDestination;
      if (reference) block.pageReference = { id: reference, style };
      into.push(block);
    });
  }

  private columns(columns: Node[], style: TextStyle, width: number, dx: number): GroupBlock {
    let x = dx;
    const laid = columns.map((column) => {
      const own = typeof column.width === 'number' ? column.width : width - (x - dx);
      const blocks = this.layout(column, style, own, x);
      x += own;
      return blocks;
    });
    return { kind: 'group', height: Math.max(0, ...laid.map(heightOf)), columns: laid };
  }

  private canvas(shapes: Node[], dx: number): RuleBlock {
    const lines = shapes.map((shape) => {
      if (shape.type !== 'line') throw new Error(`The PDF renderer draws only lines on a canvas, not ${String(shape.type)}`);
      return {
        x1: shape.x1 as number,
        y1: shape.y1 as number,
        x2: shape.x2 as number,
        y2: shape.y2 as number,
        lineWidth: (shape.lineWidth as number | undefined) ?? 1,
        color: (shape.lineColor as string | undefined) ?? RULE,
      };
    });
    // Its height is its lowest point, as pdfmake measures a canvas (the line's width overlaps what follows).
    return { kind: 'rule', dx, height: Math.max(0, ...lines.map((l) => Math.max(l.y1, l.y2))), lines };
  }

  private table(item: Node, style: TextStyle, width: number, dx: number): TableBlock {
    const spec = item.table as { widths: number[]; headerRows?: number; keepWithHeaderRows?: number; dontBreakRows?: boolean; body: Node[][] };
    const layout = tableGeometry(item.layout, spec.widths.length);
    const edges: number[] = [0];
    spec.widths.forEach((w, i) => edges.push(edges[i]! + layout.rule + layout.padding.left[i]! + w + layout.padding.right[i]!));
    const rows: Row[] = spec.body.map((cells) => {
      const row: Row = { cells: [], content: 0 };
      for (let column = 0; column < cells.length; column += 1) {
        const cell = (cells[column] ?? {}) as Node;
        const span = (cell.colSpan as number | undefined) ?? 1;
        const left = edges[column]!;
        const inner = edges[column + span]! - left - layout.rule - layout.padding.left[column]! - layout.padding.right[column + span - 1]!;
        const blocks = this.layout(cell, style, inner);
        row.cells.push({ left, column, outer: edges[column + span]! - left, blocks, ...(typeof cell.fillColor === 'string' ? { fill: cell.fillColor } : {}) });
        row.content = Math.max(row.content, heightOf(blocks));
        column += span - 1;
      }
      return row;
    });
    return {
      kind: 'table',
      dx,
      width: edges[edges.length - 1]! + layout.rule,
      ...layout,
      headerRows: spec.headerRows ?? 0,
      keepWithHeaderRows: spec.keepWithHeaderRows ?? 0,
      dontBreakRows: !!spec.dontBreakRows,
      rows,
    };
  }
}

/** The rules and paddings of a table: the report's one layout (a CustomTableLayout of constants) or pdfmake's 'noBorders'. */
function tableGeometry(layout: unknown, columns: number): Pick<TableBlock, 'rule' | 'ruleColour' | 'padding'> {
  const indices = Array.from({ length: columns }, (_, i) => i);
  if (layout === 'noBorders') {
    return { rule: 0, ruleColour: RULE, padding: { left: indices.map((i) => (i ? 4 : 0)), right: indices.map((i) => (i < columns - 1 ? 4 : 0)), top: 2, bottom: 2 } };
  }
  const custom = layout as CustomTableLayout | undefined;
  if (!custom?.hLineWidth) throw new Error('The PDF renderer draws tables in the report layout or without borders');
  const node = {} as never;
  const at = (value: number | null | undefined) => value ?? 0;
  return {
    rule: at(custom.hLineWidth(0, node)),
    ruleColour: (typeof custom.hLineColor === 'function' ? custom.hLineColor(0, node, 0) : custom.hLineColor) ?? RULE,
    padding: {
      left: indices.map((i) => at(custom.paddingLeft?.(i, node))),
      right: indices.map((i) => at(custom.paddingRight?.(i, node))),
      top: at(custom.paddingTop?.(0, node)),
      bottom: at(custom.paddingBottom?.(0, node)),
    },
  };
}

function lineText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(lineText).join('');
  if (value && typeof value === 'object') return lineText((value as Node).text);
  return '';
}
