/**
 * The report's font covers Latvian: every letter, lower and upper case, has
 * its own glyph in each face the report uses (asked of fontkit, the library
 * pdfkit embeds fonts with), so no letter prints as an empty box.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { reportFonts } from '../../main/pdf/render.ts';

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const requireHere = createRequire(import.meta.url);
const fontkit = createRequire(requireHere.resolve('pdfkit'))('fontkit') as { openSync(path: string): FontkitFont };

const LATVIAN = 'aābcčdeēfgģhiījkķlļmnņoprsštuūvzž';
const PUNCTUATION = '—–“”„"\'·…§¹²';

describe('the report font', () => {
  it.each(Object.entries(reportFonts().Roboto ?? {}))('%s face has a glyph for every Latvian letter and the marks the report prints', (_face, path) => {
    const font = fontkit.openSync(path as string);
    const missing = [...`${LATVIAN}${LATVIAN.toUpperCase()}${PUNCTUATION}0123456789`].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) as number));
    expect(missing).toEqual([]);
  });
});
