/**
 * Every script in the report: a fallback font per character.
 *
 * Roboto (render.ts) covers Latin, Cyrillic (names in Russian are common in
 * Latvian registers) and Greek. pdfkit draws only what a font has a glyph
 * for and silently drops the rest, so a name in Hebrew or Arabic, or an
 * emoji, would vanish from the audit report without a word. Before
 * rendering, every text of the document is split into runs: characters
 * Roboto has stay in the paragraph's font; the others go to the first
 * fallback font that has them (Noto Sans Hebrew, Noto Sans Arabic, Noto
 * Emoji, from the @fontsource packages on npm, whose WOFF files pdfkit's
 * fontkit reads and embeds as subsets); a character no font has is drawn as
 * the visible replacement marker U+FFFD (�), and `charactersWithoutGlyph`
 * lets the export say which ones.
 *
 * Limits, said plainly: pdfkit does not shape text. Arabic letters are drawn
 * in their isolated forms, and Hebrew and Arabic runs left to right, in the
 * order they are stored; the characters are all in the PDF (search,
 * copy and pdftotext find them), but the words do not read as typeset.
 * Invisible joiners (U+200D, variation selectors) that no font draws are
 * left out rather than marked.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hasLongWord, piecesOf, type Run } from './long-words.ts';

const require = createRequire(import.meta.url);

/** The marker drawn for a character no report font has (Roboto has it). */
export const MISSING_GLYPH_MARKER = '\uFFFD';

interface Fallback {
  family: string;
  file: string;
  covers: Set<number>;
}

interface Coverage {
  base: Set<number>;
  fallbacks: Fallback[];
}

let coverage: Coverage | null = null;

function fontFiles(pkg: string, pattern: RegExp): string[] {
  const folder = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(folder, name));
}

function characterSet(file: string): Set<number> {
  const fontkit = require('fontkit') as { openSync(path: string): { characterSet: number[] } };
  return new Set(fontkit.openSync(file).characterSet);
}

/** The fallback fonts and what each covers, read once. `robotoRegular` is the base font's file. */
export function fontCoverage(robotoRegular: string): Coverage {
  if (coverage) return coverage;
  const files = [
    ...fontFiles('@fontsource/noto-sans-hebrew', /^noto-sans-hebrew-hebrew-400-normal\.woff$/),
    ...fontFiles('@fontsource/noto-sans-arabic', /^noto-sans-arabic-arabic-400-normal\.woff$/),
    ...fontFiles('@fontsource/noto-emoji', /^noto-emoji-\d+-400-normal\.woff$/),
  ];
  coverage = {
    base: characterSet(robotoRegular),
    fallbacks: files.map((file, index) => ({ family: `Fallback${index}`, file, covers: characterSet(file) })),
  };
  return coverage;
}

/** The fallback fonts as pdfmake font families (one face for all four styles). */
export function fallbackFontDictionary(cover: Coverage): Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> {
  return Object.fromEntries(cover.fallbacks.map((f) => [f.family, { normal: f.file, bold: f.file, italics: f.file, bolditalics: f.file }]));
}

/** Anything outside Latin, Latin-1/Extended, Greek, Cyrillic and common punctuation needs a look. */
const NEEDS_LOOK = /[^\t\n\r\u0020-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/u;
/** Zero-width joiner and variation selectors: they change how a neighbour looks, and draw nothing themselves. */
const INVISIBLE = new Set([0x200d, ...Array.from({ length: 16 }, (_, index) => 0xfe00 + index)]);

/** A text split into runs by the font that draws each character (long words in pieces: long-words.ts); `missing` collects those none has. */
function runsOf(text: string, cover: Coverage, missing: Set<string>): string | Run[] {
  if (!NEEDS_LOOK.test(text)) return hasLongWord(text) ? piecesOf({ text }) : text;
  const runs: Run[] = [];
  for (const character of text) {
    const point = character.codePointAt(0) as number;
    let font: string | undefined;
    let drawn = character;
    if (!cover.base.has(point) && point >= 0x20) {
      const fallback = cover.fallbacks.find((f) => f.covers.has(point));
      if (fallback) font = fallback.family;
      else if (INVISIBLE.has(point)) continue;
      else {
        missing.add(character);
        drawn = MISSING_GLYPH_MARKER;
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += drawn;
    else runs.push(font ? { text: drawn, font } : { text: drawn });
  }
  if (runs.some((run) => hasLongWord(run.text))) return runs.flatMap(piecesOf);
  return runs.length === 1 && runs[0]?.font === undefined ? (runs[0]?.text ?? '') : runs;
}

function textValue(value: unknown, cover: Coverage, missing: Set<string>): unknown {
  if (typeof value === 'string') return runsOf(value, cover, missing);
  if (Array.isArray(value)) {
    return value.map((part) => {
      if (typeof part !== 'string') return node(part, cover, missing);
      const runs = runsOf(part, cover, missing);
      return typeof runs === 'string' ? runs : { text: runs };
    });
  }
  return value;
}

const CONTAINERS = ['stack', 'columns', 'ul', 'ol', 'content'] as const;

function node(value: unknown, cover: Coverage, missing: Set<string>): unknown {
  if (typeof value === 'string') {
    const runs = runsOf(value, cover, missing);
    return typeof runs === 'string' ? runs : { text: runs };
  }
  if (Array.isArray(value)) return value.map((item) => node(item, cover, missing));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if ('text' in copy) copy.text = textValue(copy.text, cover, missing);
  for (const key of CONTAINERS) if (key in copy) copy[key] = node(copy[key], cover, missing);
  const table = copy.table as { body?: unknown[][] } | undefined;
  if (table?.body) copy.table = { ...table, body: table.body.map((row) => row.map((cell) => node(cell, cover, missing))) };
  return copy;
}

/**
 * The document definition with every text split into font runs, and the
 * characters no font has (drawn as the marker).
 */
export function withScriptFallback<T extends object>(definition: T, cover: Coverage): { definition: T; missing: string[] } {
  const missing = new Set<string>();
  const result = node(definition, cover, missing) as T;
  return { definition: result, missing: [...missing] };
}

/** The characters of `text` that no report font has: what the report will show as the marker. */
export function charactersWithoutGlyph(text: string, cover: Coverage): string[] {
  const missing = new Set<string>();
  runsOf(text, cover, missing);
  return [...missing];
}
