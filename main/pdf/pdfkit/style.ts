/**
 * The report's text styles as the pdfkit renderer resolves them: the same
 * document definition pdfmake reads (report-document.ts and the sections,
 * styles and defaultStyle in layout.ts), the same rule of inheritance
 * (defaultStyle, then the node's named styles in order, then the node's own
 * properties; children inherit from their parent), so both engines set the
 * same words in the same font, size and colour.
 */
import type PDFKit from 'pdfkit';
import type { StyleDictionary } from 'pdfmake/interfaces.js';

export interface TextStyle {
  font: string;
  fontSize: number;
  bold: boolean;
  italics: boolean;
  color: string;
  lineHeight: number;
  characterSpacing: number;
  alignment: 'left' | 'right' | 'center';
}

/** What the renderer reads of a pdfkit font object (its metrics and widths). */
export interface FontMetrics {
  ascender: number;
  descender: number;
  lineHeight(size: number, includeGap?: boolean): number;
  widthOfString(text: string, size: number): number;
}

export type Margin = [number, number, number, number];

/** The inheritable properties a node may carry, directly or through a named style. */
const INHERITED = ['font', 'fontSize', 'bold', 'italics', 'color', 'lineHeight', 'characterSpacing', 'alignment'] as const;

type Node = Record<string, unknown>;

function apply(into: TextStyle, from: Node): void {
  for (const key of INHERITED) {
    const value = from[key];
    if (value !== undefined && value !== null) (into as unknown as Record<string, unknown>)[key] = value;
  }
}

/** The node's named styles, first to last. */
function namedStyles(node: Node, dictionary: StyleDictionary): Node[] {
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
  return names.map((name) => (typeof name === 'string' ? (dictionary[name] as Node | undefined) : (name as Node))).filter((s): s is Node => !!s);
}

/** The style of `node` under `parent`'s. */
export function resolveStyle(node: Node, parent: TextStyle, dictionary: StyleDictionary): TextStyle {
  if (node.style === undefined && !INHERITED.some((key) => node[key] !== undefined)) return parent;
  const style = { ...parent };
  for (const named of namedStyles(node, dictionary)) apply(style, named);
  apply(style, node);
  return style;
}

/** The node's margin (its own, else its named styles'), as left, top, right, bottom. */
export function marginOf(node: Node, dictionary: StyleDictionary): Margin | null {
  let margin = node.margin as number | number[] | undefined;
  if (margin === undefined) for (const named of namedStyles(node, dictionary)) margin = (named.margin as number[] | undefined) ?? margin;
  if (margin === undefined) return null;
  if (typeof margin === 'number') return [margin, margin, margin, margin];
  if (margin.length === 2) return [margin[0]!, margin[1]!, margin[0]!, margin[1]!];
  return [margin[0] ?? 0, margin[1] ?? 0, margin[2] ?? 0, margin[3] ?? 0];
}

type Faces = { normal: string; bold: string; italics: string; bolditalics: string };

/** pdfkit's fonts by family and face, registered once per document (pdfkit embeds a subset of each used). */
export class Fonts {
  private readonly loaded = new Map<string, FontMetrics>();

  private readonly doc: PDFKit.PDFDocument;
  private readonly families: Record<string, Faces>;

  constructor(doc: PDFKit.PDFDocument, families: Record<string, Faces>) {
    this.doc = doc;
    this.families = families;
  }

  /** The registered name of the style's face. */
  key(style: TextStyle): string {
    const face = style.bold ? (style.italics ? 'bolditalics' : 'bold') : style.italics ? 'italics' : 'normal';
    return `${style.font}/${face}`;
  }

  /** The font object (metrics, widths) of the style's face. */
  font(style: TextStyle): FontMetrics {
    const key = this.key(style);
    let font = this.loaded.get(key);
    if (!font) {
      const faces = this.families[style.font];
      if (!faces) throw new Error(`The report names a font it does not have: ${style.font}`);
      const face = key.slice(key.indexOf('/') + 1) as keyof Faces;
      this.doc.registerFont(key, faces[face]);
      this.doc.font(key);
      font = (this.doc as unknown as { _font: FontMetrics })._font;
      this.loaded.set(key, font);
    }
    return font;
  }
}
