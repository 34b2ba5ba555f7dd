/**
 * The visible sheets' fingerprint is the one workbooks already exported
 * carry (issue 19 hashes the rows in larger pieces): the same sheets give
 * the hash the earlier code gave, so a workbook exported before still
 * imports as untouched. The sheets hold empty rows inside and at the end,
 * trailing empty cells, every value type, and enough rows to span several
 * pieces.
 */
import { describe, expect, it } from 'vitest';
import { sheetsFingerprint, type SheetValues } from '../../main/xlsx/cells.ts';

const manyRows = Array.from({ length: 20000 }, (_, i) => [`rinda ${i} ā "x"`, i, new Date(Date.UTC(2026, 0, 1 + (i % 300))), i % 7 ? null : '']);
const sheets: SheetValues[] = [
  { name: 'Lapa', rows: [[], [null, ''], ['a', null, ''], [], [null], [new Date(0), 1.5, true, 'b\r\n\u0001'], [], [null, null]] },
  { name: 'tukša', rows: [] },
  { name: 'liela', rows: manyRows },
];

describe('the fingerprint of the visible sheets', () => {
  it('is the hash the earlier code gave for the same sheets, texts cleaned or not', () => {
    expect(sheetsFingerprint(sheets)).toBe('a6554990717785e012ba413161b77eed97e03c95a0dc88f901b9b607a962ae24');
    expect(sheetsFingerprint(sheets, true)).toBe('b4eab712bc6dca11d986d9d7083e15a3af441765f74af62b655cd831829bc26c');
  });

  it('changes when one cell changes, and not for an empty row at the end', () => {
    const edited = structuredClone(sheets);
    edited[2]!.rows[12345]![0] = 'labots';
    expect(sheetsFingerprint(edited)).not.toBe(sheetsFingerprint(sheets));
    const padded = structuredClone(sheets);
    padded[2]!.rows.push([], [null, '']);
    expect(sheetsFingerprint(padded)).toBe(sheetsFingerprint(sheets));
  });
});
