/**
 * A field holding one long unbroken word (pasted data, a base64 string, a
 * long URL) prints whole, wrapped inside its column, every character in the
 * PDF; pdfmake is handed the word in pieces (main/pdf/long-words.ts), which
 * made a 20,000-character word take about a second instead of fifteen.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIECE, piecesOf } from '../../main/pdf/long-words.ts';
import { defaultStyle, table } from '../../main/pdf/layout.ts';
import { renderPdf } from '../../main/pdf/render.ts';
import { MISSING_GLYPH_MARKER } from '../../main/pdf/script-fallback.ts';
import { pdfInfo, pdfPageTexts } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/temp.ts';

describe('long words in pieces', () => {
  it('cuts only words longer than a piece, into pieces that put back together are the text', () => {
    expect(piecesOf({ text: 'Algu aprēķins un izmaksa' })).toEqual([{ text: 'Algu aprēķins un izmaksa' }]);
    const word = `${'ā'.repeat(40)}😀${'b'.repeat(30)}`;
    const pieces = piecesOf({ text: `Saite: ${word} beigas`, font: 'Fallback0' });
    expect(pieces.map((piece) => piece.text).join('')).toBe(`Saite: ${word} beigas`);
    expect(pieces.every((piece) => piece.font === 'Fallback0')).toBe(true);
    expect(pieces.every((piece) => Array.from(piece.text).length <= PIECE)).toBe(true);
    // The emoji (two UTF-16 units) is never cut in half.
    expect(pieces.some((piece) => piece.text.includes('😀'))).toBe(true);
    expect(pieces.length).toBeGreaterThan(3);
  });

  it('prints a 20,000-character unbroken field whole, wrapped in its column over several pages', async () => {
    const word = Array.from({ length: 20_000 }, (_, index) => 'abcdefghijklmnopqrstuvwxyzāēīū'[index % 30]).join('');
    const pdf = await renderPdf({
      content: [table({ shares: [30, 70], width: 499, headerRows: 0, body: [['Apraksts', word]] })],
      defaultStyle,
    });
    const file = join(tempDir(), 'long.pdf');
    writeFileSync(file, pdf);
    expect(pdfInfo(file).pages).toBeGreaterThan(3);
    const printed = pdfPageTexts(file).join('').replace(/\s+/g, '').replace('Apraksts', '');
    expect(printed).toBe(word);
    expect(printed).not.toContain(MISSING_GLYPH_MARKER);
  }, 60_000);
});
