/**
 * Paragraphs set into lines for the pdfkit renderer: a text node's runs
 * (each with its own style: a bold word, a small locator, a fallback
 * font's run) broken where Unicode's line breaking rules allow (UAX #14,
 * the `linebreak` package, which pdfkit and pdfmake use too), a line filled
 * word by word while the word without its trailing spaces fits, a word
 * wider than the whole line cut between characters. Widths are pdfkit's
 * (fontkit's advances, the same as pdfmake measures), so a cell's lines
 * break where pdfmake breaks them.
 */
import { createRequire } from 'node:module';
import type { StyleDictionary } from 'pdfmake/interfaces.js';
import { resolveStyle, type Fonts, type TextStyle } from './style.ts';

const require = createRequire(import.meta.url);
interface Breaker {
  nextBreak(): { position: number; required: boolean } | null;
}
/** The `linebreak` package (pinned; pdfkit's own line breaker): Unicode line break opportunities. */
const LineBreaker = require('linebreak') as new (text: string) => Breaker;

/** Text of one style. */
export interface Run {
  text: string;
  style: TextStyle;
}

/** A piece of a line, drawn in one operation: its text, style and offset from the line's left. */
export interface Fragment extends Run {
  x: number;
}

export interface Line {
  fragments: Fragment[];
  /** Width of the text without the trailing spaces. */
  width: number;
  height: number;
  /** The tallest ascender of the line: where the baseline lies below its top. */
  ascender: number;
}

type Node = Record<string, unknown>;

/** The runs of a text value (a string, a node, an array of both), each with its resolved style. */
export function runsOf(value: unknown, style: TextStyle, styles: StyleDictionary, into: Run[] = []): Run[] {
  if (typeof value === 'string' || typeof value === 'number') into.push({ text: String(value), style });
  else if (Array.isArray(value)) for (const part of value) runsOf(part, style, styles, into);
  else if (value && typeof value === 'object') runsOf((value as Node).text, resolveStyle(value as Node, style, styles), styles, into);
  return into;
}

/** A word (a break opportunity to the next) as the runs it spans, measured. */
interface Word {
  pieces: Run[];
  widths: number[];
  width: number;
  /** Width without the trailing spaces. */
  trimmed: number;
}

class Setter {
  readonly lines: Line[] = [];
  private fragments: Fragment[] = [];
  private x = 0;
  private trimmed = 0;

  private readonly fonts: Fonts;
  private readonly width: number;

  constructor(fonts: Fonts, width: number) {
    this.fonts = fonts;
    this.width = width;
  }

  measure(run: Run): number {
    const { style } = run;
    // As pdfmake measures a word: the spacing between its characters, not after the last.
    return this.fonts.font(style).widthOfString(run.text, style.fontSize) + style.characterSpacing * (run.text.length - 1);
  }

  add(word: Word): void {
    if (this.fragments.length > 0 && this.x + word.trimmed > this.width) this.finish();
    if (word.trimmed > this.width && this.fragments.length === 0) return this.cut(word);
    word.pieces.forEach((piece, i) => this.place(piece, word.widths[i]!));
    this.trimmed = this.x - (word.width - word.trimmed);
  }

  /**
   * A word wider than the line, as pdfmake cuts it: its pieces placed
   * whole while each fits what is left of the line; the first that does not
   * is cut at its longest start that fits (at least one character), and
   * the rest begins the next line.
   */
  private cut(word: Word): void {
    for (const piece of word.pieces) {
      let text = piece.text;
      while (text) {
        const run = { text, style: piece.style };
        const width = this.measure(run);
        const fit = text.length > 1 && width > this.width - this.x ? longestFit(text, this.width - this.x, (part) => this.measure({ text: part, style: piece.style })) : text.length;
        if (fit >= text.length) {
          this.place(run, width);
          break;
        }
        const start = { text: text.slice(0, fit), style: piece.style };
        this.place(start, this.measure(start));
        this.trimmed = this.x;
        this.finish();
        text = text.slice(fit);
      }
    }
    this.trimmed = this.x - (word.width - word.trimmed);
  }

  private place(run: Run, width: number): void {
    const last = this.fragments[this.fragments.length - 1];
    // Spaced-out words are drawn one by one, each where its measure puts it (as pdfmake does).
    if (last && last.style === run.style && !run.style.characterSpacing) last.text += run.text;
    else this.fragments.push({ text: run.text, style: run.style, x: this.x });
    this.x += width;
  }

  /** Ends the line; an empty paragraph still takes a line of `style`. */
  finish(style?: TextStyle): void {
    if (this.fragments.length === 0 && !style) return;
    let height = 0;
    let ascender = 0;
    const styles = this.fragments.length > 0 ? this.fragments.map((f) => f.style) : [style!];
    for (const s of styles) {
      const font = this.fonts.font(s);
      height = Math.max(height, font.lineHeight(s.fontSize) * s.lineHeight);
      ascender = Math.max(ascender, (font.ascender / 1000) * s.fontSize);
    }
    this.lines.push({ fragments: this.fragments, width: this.trimmed, height, ascender });
    this.fragments = [];
    this.x = 0;
    this.trimmed = 0;
  }
}

/** The length of the longest start of `text` (at least one character, a surrogate pair kept whole) no wider than `room`. */
function longestFit(text: string, room: number, measure: (part: string) => number): number {
  let low = 1;
  let high = text.length;
  let best = 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (measure(text.slice(0, middle)) <= room) {
      best = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const code = text.charCodeAt(best - 1);
  return code >= 0xd800 && code <= 0xdbff ? (best > 1 ? best - 1 : best + 1) : best;
}

/** One paragraph's runs (no line feeds) as words at its break opportunities. */
function words(runs: readonly Run[], setter: Setter): Word[] {
  const text = runs.map((run) => run.text).join('');
  const result: Word[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  let runIndex = 0;
  let runStart = 0;
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const end = found.position;
    const word: Word = { pieces: [], widths: [], width: 0, trimmed: 0 };
    let at = start;
    while (at < end) {
      while (runStart + runs[runIndex]!.text.length <= at) runStart += runs[runIndex++]!.text.length;
      const run = runs[runIndex]!;
      const to = Math.min(end, runStart + run.text.length);
      const piece = { text: text.slice(at, to), style: run.style };
      const width = setter.measure(piece);
      word.pieces.push(piece);
      word.widths.push(width);
      word.width += width;
      at = to;
    }
    const last = word.pieces[word.pieces.length - 1]!;
    const spaces = last.text.length - last.text.trimEnd().length;
    word.trimmed = word.width - (spaces > 0 ? setter.measure({ text: last.text.slice(last.text.length - spaces), style: last.style }) : 0);
    result.push(word);
    start = end;
  }
  return result;
}

/** The runs set into lines `width` points wide; each line feed starts a new line. Empty text is one empty line, as in pdfmake. */
export function setLines(runs: readonly Run[], width: number, fonts: Fonts): Line[] {
  const setter = new Setter(fonts, width);
  if (runs.length === 0) return [];
  let paragraph: Run[] = [];
  const flush = (style: TextStyle) => {
    for (const word of words(paragraph, setter)) setter.add(word);
    setter.finish(style);
    paragraph = [];
  };
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) flush(run.style);
      if (part) paragraph.push({ text: part, style: run.style });
    });
  }
  flush(runs[runs.length - 1]!.style);
  return setter.lines;
}
