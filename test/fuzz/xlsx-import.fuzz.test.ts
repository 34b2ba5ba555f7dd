/**
 * The Excel importer, fed mutated workbooks through the app's own channels
 * (`import:xlsxPreview`, then `import:xlsxCommit`): ROPA's own export of the
 * demo register and a register table of the kind DPOs keep, each with cells
 * changed to hostile values (formulas, overlong text, control characters,
 * numbers and dates where text belongs, empties),
 * rows deleted, cells merged, headers renamed; and the files damaged at the
 * byte level (cut short, bytes flipped, junk inserted). Every answer is a
 * clear error with a known code or a correct import; never a crash; a
 * refused workbook, and every preview, leaves the register byte-for-byte
 * unchanged.
 *
 * FUZZ_RUNS scales the number of cases; FUZZ_SEED repeats a run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/handlers/index.ts';
import { ERROR_CODES } from '../../shared/contract/result.ts';
import { value } from '../helpers/app.ts';
import { recordFigure } from '../helpers/figures.ts';
import { clockedApp, demoRegisterFile } from '../helpers/safety.ts';
import { fileHash } from '../helpers/temp.ts';
import { loadWorkbook, spreadsheet } from '../helpers/workbooks.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KNOWN = new Set<string>(ERROR_CODES.filter((code) => code !== 'INTERNAL'));
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A register table as a DPO keeps one (Latvian headers), three activities. */
const TABLE: ExcelJS.CellValue[][] = [
  ['Nr.', 'Apstrādes darbības nosaukums', 'Apstrādes nolūks', 'Tiesiskais pamats', 'Datu subjektu kategorijas', 'Personas datu kategorijas', 'Saņēmēji', 'Glabāšanas termiņš', 'Drošības pasākumi'],
  ['1', 'Personāla lietvedība', 'Darba attiecību uzskaite', 'Juridisks pienākums', 'Darbinieki', 'Kontaktinformācija', 'VID', '10 gadi pēc darba attiecību beigām', 'Piekļuves kontrole'],
  ['2', 'Klientu līgumi', 'Līgumu izpilde', 'Līguma izpilde', 'Klienti', 'Kontaktinformācija; Maksājumu dati', 'Grāmatvedība', '5 gadi', 'Šifrēšana'],
  ['3', 'Jaunumu vēstules', 'Mārketings', 'Piekrišana', 'Abonenti', 'E-pasta adrese', '', 'Līdz piekrišanas atsaukumam', ''],
];

/** Values a cell may be changed to: each is something a workbook can hold and the importer must handle. */
const hostileCell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>(
    null,
    '',
    '   ',
    'x'.repeat(40_000),
    '=1+1',
    '\u0000',
    'a\u0007b',
    '👩‍💻 שלום مرحبا',
    "'); DROP TABLE activity; --",
    '6(1)(z)',
    'Nezināms pamats',
    'PD-01',
    'nav',
    0,
    -1,
    1e308,
    Number.NaN,
    true,
    new Date('1900-01-01T00:00:00Z'),
    new Date('2999-12-31T00:00:00Z'),
    { formula: 'SUM(A1:A2)', result: 3 },
    { richText: [{ text: 'Līguma ' }, { text: 'izpilde', font: { bold: true } }] },
    { text: 'saite', hyperlink: 'https://example.lv' },
    { error: '#N/A' },
  ),
  fc.string({ maxLength: 60 }),
);

type CellChange =
  | { kind: 'cell'; sheet: number; row: number; column: number; value: ExcelJS.CellValue }
  | { kind: 'deleteRow'; sheet: number; row: number }
  | { kind: 'merge'; sheet: number; row: number; column: number }
  | { kind: 'header'; sheet: number; column: number; value: string };

const cellChange: fc.Arbitrary<CellChange> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('cell' as const), sheet: fc.nat(7), row: fc.integer({ min: 1, max: 25 }), column: fc.integer({ min: 1, max: 45 }), value: hostileCell }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), sheet: fc.nat(7), row: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), sheet: fc.nat(7), row: fc.integer({ min: 1, max: 20 }), column: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('header' as const), sheet: fc.nat(7), column: fc.integer({ min: 1, max: 45 }), value: fc.oneof(fc.constantFrom('', 'Nosaukums', 'Name', 'Tiesiskais pamats', 'Legal basis'), fc.string({ maxLength: 30 })) }) },
);

/** Applies the changes to the workbook's visible sheets; answers what was done, for the failure message. */
function applyChanges(workbook: ExcelJS.Workbook, changes: readonly CellChange[]): string[] {
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  return changes.map((change) => {
    const sheet = sheets[change.sheet % sheets.length] as ExcelJS.Worksheet;
    switch (change.kind) {
      case 'cell':
        sheet.getCell(change.row, change.column).value = change.value;
        return `${sheet.name}!R${change.row}C${change.column} = ${JSON.stringify(change.value)?.slice(0, 60)}`;
      case 'deleteRow':
        sheet.spliceRows(change.row, 1);
        return `${sheet.name}: row ${change.row} deleted`;
      case 'merge':
        try {
          sheet.mergeCells(change.row, change.column, change.row + 1, change.column + 1);
        } catch {
          return `${sheet.name}: merge at R${change.row}C${change.column} refused by exceljs`;
        }
        return `${sheet.name}: R${change.row}C${change.column} merged`;
      case 'header':
        sheet.getCell(1, change.column).value = change.value;
        return `${sheet.name}: header ${change.column} = ${JSON.stringify(change.value)}`;
    }
  });
}

/** Byte-level damage to a file: cut short, a byte changed, junk inserted. */
const byteDamage: fc.Arbitrary<{ what: string; damage: (bytes: Buffer) => Buffer }> = fc.oneof(
  fc.nat().map((at) => ({ what: `cut at ${at}`, damage: (bytes: Buffer) => bytes.subarray(0, at % Math.max(1, bytes.length)) })),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => ({
    what: `byte ${at} = ${byte}`,
    damage: (bytes: Buffer) => {
      const copy = Buffer.from(bytes);
      copy[at % copy.length] = byte;
      return copy;
    },
  })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => ({
    what: `${junk.length} junk bytes at ${at}`,
    damage: (bytes: Buffer) => {
      const index = at % bytes.length;
      return Buffer.concat([bytes.subarray(0, index), Buffer.from(junk), bytes.subarray(index)]);
    },
  })),
);

describe('fuzzing the Excel importer', () => {
  it('refuses every broken workbook clearly, imports the rest correctly, and leaves the register as it was when it refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-xlsx-fuzz-'));
    folders.push(dir);
    const { app, dialogs } = clockedApp('en');
    const source = await demoRegisterFile(join(dir, 'source.ropa'));
    await app.open(source);
    const exported = join(dir, 'demo.xlsx');
    dialogs.answer(exported);
    await value(app, 'export:xlsx', { lang: 'lv' });
    await app.close();
    const samples = { ropa: readFileSync(exported), table: await spreadsheet([{ name: 'Reģistrs', rows: TABLE }]) };

    const target = await demoRegisterFile(join(dir, 'target.ropa'));
    await app.open(target);
    let organisationId = (await value(app, 'organisations:list', {}))[0]!.id;
    const file = join(dir, 'in.xlsx');
    const codes = new Map<string, number>();
    let cases = 0;
    let imported = 0;
    console.log(`Excel import fuzz: ${RUNS * 2} cases, seed ${SEED} (repeat with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`);

    const refused = (what: string, error: { code: string; message: string }, before: string) => {
      codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
      expect(KNOWN.has(error.code), `${what}: ${error.code} ${error.message}`).toBe(true);
      expect(error.message.length, what).toBeGreaterThan(0);
      expect(fileHash(target), `${what}: refused (${error.code}) but the register changed`).toBe(before);
    };

    const check = async (bytes: Buffer, what: string) => {
      writeFileSync(file, bytes);
      const before = fileHash(target);
      cases += 1;
      dialogs.answer(file);
      const preview = await dispatch(app, 'import:xlsxPreview', { organisationId }, { checkOutput: true });
      type Preview = { previewId: string; problems: unknown[]; missing: unknown[] };
      if (!preview.ok) return refused(`${what} (preview)`, preview.error, before);
      const planned = preview.value as Preview;
      expect(fileHash(target), `${what}: the preview changed the register`).toBe(before);
      const result = await dispatch(app, 'import:xlsxCommit', { previewId: planned.previewId, organisationId, replace: true }, { checkOutput: true });
      if (!result.ok) {
        refused(`${what} (commit)`, result.error, before);
        // Refused exactly when the preview said something stands in the way.
        expect(planned.problems.length + planned.missing.length, `${what}: the preview promised an import that was refused (${result.error.message})`).toBeGreaterThan(0);
        return;
      }
      imported += 1;
      // A ROPA export replaces the register, organisations included: the next table goes to one of the new ones.
      organisationId = (await value(app, 'organisations:list', {}))[0]!.id;
      // What was imported is a whole, readable register with an intact history.
      expect(app.requireSession().connection.sqlite.pragma('integrity_check', { simple: true }), what).toBe('ok');
      expect(await value(app, 'history:verify', {}), what).toMatchObject({ intact: true });
      expect((await value(app, 'activities:list', {})).length, what).toBeGreaterThan(0);
    };

    // Unchanged, both import: what the mutations break, they break.
    for (const kind of ['ropa', 'table'] as const) {
      await check(samples[kind], `${kind}: unchanged`);
      expect(imported, `${kind}: the unchanged workbook was not imported`).toBe(cases);
    }

    await fc.assert(
      fc.asyncProperty(fc.constantFrom('ropa', 'table'), fc.array(cellChange, { minLength: 1, maxLength: 3 }), async (kind, changes) => {
        const workbook = await loadWorkbook(samples[kind as 'ropa' | 'table']);
        const done = applyChanges(workbook, changes);
        await check(Buffer.from(await workbook.xlsx.writeBuffer()), `${kind}: ${done.join('; ')}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('ropa', 'table'), byteDamage, async (kind, { what, damage }) => {
        await check(damage(samples[kind as 'ropa' | 'table']), `${kind}: ${what}`);
      }),
      { numRuns: RUNS, seed: SEED + 1, endOnFailure: true },
    );

    expect(app.requireSession().connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    await app.close();
    console.log(`Excel import fuzz: ${cases} workbooks, ${cases - imported} refused (${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')}), ${imported} imported correctly`);
    // The mutations are not all harmless.
    expect(cases - imported).toBeGreaterThan(RUNS / 2);
    recordFigure('xlsxImportFuzzCases', cases);
  }, 900_000);
});
