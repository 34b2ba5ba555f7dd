/**
 * One text piece per line and style, instead of one per word (issue 19).
 *
 * pdfmake breaks every paragraph into words and keeps each word as an
 * "inline": an object carrying the word, its width and some thirty copied
 * style properties. The laid-out pages hold every inline until the whole
 * document is laid out, and the renderer then writes each word as its own
 * text-showing operation (font, size and colour set again for each). At
 * 1,000 activities that is 745,000 pieces kept in memory and written one by
 * one.
 *
 * Once pdfmake has decided where a line breaks, its words no longer need to
 * be apart: here, each finished line's consecutive inlines of the same look
 * are joined into one (texts concatenated, widths added, the last word's
 * trailing space kept as the line's). The page keeps a piece per line and
 * style; pdfkit writes a line in one operation. The drawn glyphs do not
 * move: pdfkit lays out a string word by word, each word and its trailing
 * space on its own (`EmbeddedFont.layout` splits at spaces and caches each
 * word), which is exactly how pdfmake measured the words it placed one after
 * the other. The text a reader extracts (pdftotext) is the same.
 *
 * Left apart: anything that is not plain text in one look: links, page
 * references (the contents' page numbers are filled in at render time,
 * per inline), decorations, backgrounds, sub/superscript, justified lines
 * (pdfmake spreads their words one by one). Not for snaking columns, where
 * pdfmake puts a line's inlines back to break them again (the report has
 * none).
 *
 * The patch replaces pdfmake's `LayoutBuilder.prototype.buildNextLine`
 * (pdfmake is pinned to an exact version in package.json; installed and
 * undone by pdfmake-tuning.ts; report-tuning.test.ts compares the reports
 * with and without it).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The inline's properties pdfmake reads when it draws (Renderer.renderLine, TextDecorator). */
interface Inline {
  text: string;
  width: number;
  height: number;
  x: number;
  trailingCut?: number;
  lineEnd?: boolean;
  noNewLine?: boolean;
  font: unknown;
  fontSize: number;
  fontFeatures?: unknown;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  alignment?: string;
  decoration?: unknown;
  background?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  sup?: boolean;
  sub?: boolean;
  _pageRef?: unknown;
  _tocItemRef?: unknown;
  _pageNodeRef?: unknown;
}

interface Line {
  inlines: Inline[];
}

/** Whether the inline is plain text, drawn the same way wherever it stands on the line. */
function plain(inline: Inline): boolean {
  return (
    !inline.decoration &&
    !inline.background &&
    !inline.link &&
    !inline.linkToPage &&
    !inline.linkToDestination &&
    !inline.sup &&
    !inline.sub &&
    !inline.fontFeatures &&
    !inline.characterSpacing &&
    inline.alignment !== 'justify' &&
    !inline._pageRef &&
    !inline._tocItemRef &&
    !inline._pageNodeRef
  );
}

function sameLook(a: Inline, b: Inline): boolean {
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity && a.height === b.height;
}

/** Joins the line's consecutive plain inlines of the same look; returns how many inlines it kept. */
export function joinLineInlines(line: Line): number {
  const { inlines } = line;
  if (inlines.length < 2) return inlines.length;
  const kept: Inline[] = [];
  let last: Inline | undefined;
  for (const inline of inlines) {
    if (last && plain(last) && plain(inline) && sameLook(last, inline)) {
      last.text += inline.text;
      last.width += inline.width;
      last.trailingCut = inline.trailingCut ?? 0;
      if (inline.lineEnd) last.lineEnd = true;
      last.noNewLine = inline.noNewLine ?? false;
      continue;
    }
    kept.push(inline);
    last = inline;
  }
  line.inlines = kept;
  return kept.length;
}

interface LineUnderConstruction extends Line {
  maxWidth: number;
  inlineWidths: number;
  leadingCut: number;
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  addInline(inline: Inline): void;
  getAvailableWidth(): number;
}

interface PdfmakeModules {
  LayoutBuilder: { prototype: { buildNextLine(node: TextNode): Line | null; writer: { context(): { availableWidth: number } } } };
  Line: new (maxWidth: number) => LineUnderConstruction;
  widthOfText(text: string, inline: Inline): number;
}

interface TextNode {
  _inlines?: Inline[];
  _pageRef?: unknown;
  _tocItemRef?: unknown;
}

/**
 * Line.hasEnoughSpaceForInline(inlines[0], inlines.slice(1)), without the
 * slice: pdfmake copies the rest of the paragraph for every word it places,
 * which makes a paragraph's layout quadratic in its words.
 */
function fitsNext(line: LineUnderConstruction, inlines: readonly Inline[]): boolean {
  if (line.inlines.length === 0) return true;
  if (line.newLineForced) return false;
  const inline = inlines[0] as Inline;
  let width = inline.width;
  let trailingCut = inline.trailingCut ?? 0;
  if (inline.noNewLine) {
    for (let i = 1; i < inlines.length; i += 1) {
      const next = inlines[i] as Inline;
      width += next.width;
      trailingCut += next.trailingCut ?? 0;
      if (!next.noNewLine) break;
    }
  }
  return line.inlineWidths + width - line.leadingCut - trailingCut <= line.maxWidth;
}

/** The longest start of `text` (at least one character) that `measure` finds no wider than `maxWidth`. */
function maxFitLength(text: string, maxWidth: number, measure: (part: string) => number): number {
  let low = 1;
  let high = text.length;
  let best = 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (measure(text.slice(0, middle)) <= maxWidth) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

/**
 * pdfmake 0.3.11's LayoutBuilder.buildNextLine (the next line of a
 * paragraph: as many words as fit, a word wider than the line cut where it
 * fills it), step for step, with two changes: no copy of the paragraph's
 * rest per word (fitsNext), and the finished line's words joined.
 */
function buildNextLine(modules: PdfmakeModules, availableWidth: number, node: TextNode): Line | null {
  const inlines = node._inlines;
  if (!inlines || inlines.length === 0) return null;
  const line = new modules.Line(availableWidth);
  let forceContinue = false;
  while (inlines.length > 0 && (fitsNext(line, inlines) || forceContinue)) {
    let hardWrap = false;
    const inline = inlines.shift() as Inline;
    if (!(inline as { noWrap?: boolean }).noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
      const fit = maxFitLength(inline.text, line.getAvailableWidth(), (part) => modules.widthOfText(part, inline));
      if (fit < inline.text.length) {
        const rest: Inline = { ...inline, text: inline.text.slice(fit) };
        inline.text = inline.text.slice(0, fit);
        rest.width = modules.widthOfText(rest.text, rest);
        inline.width = modules.widthOfText(inline.text, inline);
        inlines.unshift(rest);
        hardWrap = true;
      }
    }
    line.addInline(inline);
    forceContinue = Boolean(inline.noNewLine) && !hardWrap;
  }
  line.lastLineInParagraph = inlines.length === 0;
  // A page reference's line has its first inline replaced by the page number when drawn.
  if (!node._pageRef && !node._tocItemRef) joinLineInlines(line);
  return line;
}

/** Makes pdfmake lay out lines as buildNextLine above does; returns the undoing (pdfmake-tuning.ts). */
export function joinInlinesPerLine(): () => void {
  const load = <T>(name: string): T => (require(`pdfmake/js/${name}.js`) as { default: T }).default;
  const LayoutBuilder = load<PdfmakeModules['LayoutBuilder']>('LayoutBuilder');
  const TextInlines = load<new (document: null) => { widthOfText(text: string, inline: Inline): number }>('TextInlines');
  const proto = LayoutBuilder.prototype;
  const original = proto.buildNextLine;
  if (typeof original !== 'function') throw new Error('pdfmake changed: LayoutBuilder.buildNextLine is gone (see main/pdf/pdfmake-lines.ts)');
  const measurer = new TextInlines(null);
  const modules: PdfmakeModules = { LayoutBuilder, Line: load('Line'), widthOfText: (text, inline) => measurer.widthOfText(text, inline) };
  proto.buildNextLine = function (this: PdfmakeModules['LayoutBuilder']['prototype'], node: TextNode): Line | null {
    return buildNextLine(modules, this.writer.context().availableWidth, node);
  };
  return () => {
    proto.buildNextLine = original;
  };
}
