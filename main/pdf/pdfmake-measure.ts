/**
 * pdfmake's word measuring with each paragraph's style looked up once, not
 * once per word (issue 19).
 *
 * pdfmake measures a paragraph word by word (TextInlines.measure), and for
 * every word looks up 23 style properties through the style stack: the
 * word's own properties, then every style and node above it, each named
 * style with a fresh `Set` to guard against `extends` cycles. At 1,000
 * activities that is 745,000 words and some 17 million look-ups and their
 * garbage, for values that are the same for every word of a run of text.
 *
 * Here the look-ups are done once per run of words whose own style
 * properties are equal (TextBreaker copies a text node's properties onto
 * each of its words, so a paragraph is usually one run) and reused for the
 * following words; everything else is pdfmake 0.3.11's TextInlines.measure
 * step for step (widths, line heights, leading and trailing spaces).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Item = Record<string, unknown> & { text: string; width?: number; leadingCut?: number; trailingCut?: number; leadingIndent?: number };

interface StyleContextStack {
  readonly __brand?: 'StyleContextStack';
}

interface TextInlinesInstance {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): { lineHeight(size: number): number } };
  widthOfText(text: string, inline: Item): number;
}

interface Modules {
  getStyleProperty(item: object, stack: StyleContextStack, property: string, fallback: unknown): unknown;
}

/** The properties TextInlines.measure looks up for each word, with pdfmake's defaults. */
const LOOKED_UP: ReadonlyArray<readonly [string, unknown]> = [
  ['font', 'Roboto'],
  ['bold', false],
  ['italics', false],
  ['alignment', 'left'],
  ['fontSize', 12],
  ['fontFeatures', null],
  ['characterSpacing', 0],
  ['color', 'black'],
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['opacity', 1],
  ['sup', false],
  ['sub', false],
  ['lineHeight', 1],
  ['preserveLeadingSpaces', false],
  ['preserveTrailingSpaces', false],
];
/** What a word's looked-up values depend on besides the stack: its own values of those properties, and its named styles. */
const KEYS = ['style', ...LOOKED_UP.map(([name]) => name)];

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

function ownValues(item: Item): unknown[] {
  return KEYS.map((key) => item[key]);
}

function sameOwnValues(item: Item, values: readonly unknown[]): boolean {
  for (let i = 0; i < KEYS.length; i += 1) if (item[KEYS[i] as string] !== values[i]) return false;
  return true;
}

function measure(this: TextInlinesInstance, modules: Modules, array: Item[], stack: StyleContextStack): Item[] {
  const look = (item: Item, name: string, fallback: unknown) => modules.getStyleProperty(item, stack, name, fallback);
  const first = array[0];
  if (first) {
    const leadingIndent = look(first, 'leadingIndent', 0) as number;
    if (leadingIndent) {
      first.leadingCut = -leadingIndent;
      first.leadingIndent = leadingIndent;
    }
  }
  let runValues: unknown[] | null = null;
  let style: Record<string, unknown> = {};
  let font: ReturnType<TextInlinesInstance['pdfDocument']['provideFont']> | null = null;
  for (const item of array) {
    if (!runValues || !sameOwnValues(item, runValues)) {
      runValues = ownValues(item);
      style = Object.fromEntries(LOOKED_UP.map(([name, fallback]) => [name, look(item, name, fallback)]));
      font = this.pdfDocument.provideFont(style.font, style.bold, style.italics);
      if (style.sup || style.sub) style.fontSize = (style.fontSize as number) * 0.58;
    }
    // Written out, not looped over names: the same assignments on every word keep V8's property caches
    // monomorphic. What pdfmake sets to null or false (no decoration, link, background, sub/superscript:
    // nearly every word) is left unset: every reader tests it for truthiness, and a word without those
    // dozen properties is a smaller object, kept until the page is laid out.
    item.font = font;
    item.alignment = style.alignment;
    item.fontSize = style.fontSize;
    item.characterSpacing = style.characterSpacing;
    item.color = style.color;
    item.opacity = style.opacity;
    if (style.fontFeatures) item.fontFeatures = style.fontFeatures;
    if (style.decoration) item.decoration = style.decoration;
    if (style.decorationColor) item.decorationColor = style.decorationColor;
    if (style.decorationStyle) item.decorationStyle = style.decorationStyle;
    if (style.decorationThickness !== null && style.decorationThickness !== undefined) item.decorationThickness = style.decorationThickness;
    if (style.background) item.background = style.background;
    if (style.link) item.link = style.link;
    if (style.linkToPage) item.linkToPage = style.linkToPage;
    if (style.linkToDestination) item.linkToDestination = style.linkToDestination;
    if (style.noWrap) item.noWrap = style.noWrap;
    if (style.sup) item.sup = style.sup;
    if (style.sub) item.sub = style.sub;
    item.width = this.widthOfText(item.text, item);
    item.height = (font as NonNullable<typeof font>).lineHeight(style.fontSize as number) * (style.lineHeight as number);
    if (!item.leadingCut) item.leadingCut = 0;
    if (!style.preserveLeadingSpaces) {
      const leadingSpaces = item.text.match(LEADING);
      if (leadingSpaces) item.leadingCut += this.widthOfText(leadingSpaces[0], item);
    }
    item.trailingCut = 0;
    if (!style.preserveTrailingSpaces) {
      const trailingSpaces = item.text.match(TRAILING);
      if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0], item);
    }
  }
  return array;
}

interface TextInlinesClass {
  prototype: { measure(array: Item[], stack: StyleContextStack): Item[] };
}

/** Makes pdfmake measure words as `measure` above does; returns the undoing (pdfmake-tuning.ts). */
export function measureStylesPerRun(): () => void {
  const TextInlines = (require('pdfmake/js/TextInlines.js') as { default: TextInlinesClass }).default;
  const StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: Modules }).default;
  const proto = TextInlines.prototype;
  const original = proto.measure;
  if (typeof original !== 'function' || typeof StyleContextStack.getStyleProperty !== 'function') {
    throw new Error('pdfmake changed: TextInlines.measure or StyleContextStack.getStyleProperty is gone (see main/pdf/pdfmake-measure.ts)');
  }
  const modules: Modules = { getStyleProperty: (item, stack, property, fallback) => StyleContextStack.getStyleProperty(item, stack, property, fallback) };
  proto.measure = function (this: TextInlinesInstance, array: Item[], stack: StyleContextStack): Item[] {
    return measure.call(this, modules, array, stack);
  };
  return () => {
    proto.measure = original;
  };
}
