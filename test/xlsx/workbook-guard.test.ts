import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/index.ts';
import { PDF_FILE, deflatedZeros, encryptedWorkbook, rezip, unzipFiles, zipFiles } from '../helpers/crafted-files.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { ropaInProcess, spreadsheet } from '../helpers/workbooks.ts';

/** A register with one organisation, and the result of importing `bytes` into it; the register must be unchanged. */
async function importInto(bytes: Buffer, lang: Language = 'en', name = 'registrs.xlsx') {
  const dir = tempDir();
  const register = join(dir, 'firma.ropa');
  expect((await ropaInProcess(['init', register, '--org', 'SIA Firma'])).status).toBe(0);
  const before = fileHash(register);
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const result = await ropaInProcess(['import', 'xlsx', input, '--db', register], lang);
  expect(fileHash(register)).toBe(before);
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  return result.stderr.trim();
}

const HEADERS = ['Nr.', 'Processing activity', 'Purpose of processing', 'Lawful basis'];
const ROW = ['PD-01', 'Payroll', 'Paying salaries', 'contract'];

describe('a file that is not a workbook, or not a safe one, is refused with a clear message and changes nothing', () => {
  it('random bytes, a text file and a PDF are not workbooks', async () => {
    const noise = randomBytes(4096);
    noise[0] = 0;
    expect(await importInto(noise)).toBe('ropa: registrs.xlsx is not an Excel workbook (.xlsx). Open it in Excel or LibreOffice Calc and save it as .xlsx. The register was not changed.');
    expect(await importInto(Buffer.from('Nr.;Nosaukums\nPD-01;Algas\n', 'utf8'), 'en', 'registrs.csv')).toContain('registrs.csv is not an Excel workbook');
    expect(await importInto(PDF_FILE)).toContain('by its content it is PDF');
    expect(await importInto(zipFiles([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]))).toContain('by its content it is ZIP');
  });

  it('a password-protected workbook (an OLE container with EncryptedPackage) is named as such', async () => {
    const encrypted = encryptedWorkbook();
    expect(encrypted.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    expect(await importInto(encrypted)).toContain('registrs.xlsx is password-protected (encrypted). Open it in Excel, remove the password');
    expect(await importInto(encrypted, 'lv')).toContain('ir aizsargāta ar paroli (šifrēta)');
  });

  it('an empty workbook, or one with headers and no rows, holds no register', async () => {
    expect(await importInto(await spreadsheet([{ name: 'Sheet1', rows: [] }]))).toContain('holds no register');
    expect(await importInto(await spreadsheet([{ name: 'Sheet1', rows: [HEADERS] }]))).toContain('holds no register');
  });

  it('a table without a name or purpose column names the missing column', async () => {
    const unknown = await importInto(await spreadsheet([{ name: 'Data', rows: [['Foo', 'Bar'], ['1', '2']] }]));
    expect(unknown).toBe(
      'ropa: Sheet “Data” (registrs.xlsx) has no column for a required field: Processing activity name / Purposes of processing. Add it, or say which column holds it. The register was not changed.',
    );
    const noName = await importInto(await spreadsheet([{ name: 'ROPA', rows: [['Lawful basis', 'Categories of individuals'], ['contract', 'Employees']] }]), 'lv');
    expect(noName).toContain('Lapā “ROPA” (registrs.xlsx) nav atrasta obligātā kolonna: Apstrādes darbības nosaukums / Apstrādes nolūki');
  });

  it('a formula in the table is refused, naming the cell', async () => {
    const bytes = await spreadsheet([{ name: 'Register', rows: [HEADERS, ROW, ['PD-02', { formula: 'B2&" (copy)"', result: 'Payroll (copy)' }, 'x', 'contract']] }]);
    expect(await importInto(bytes)).toContain('Cell B3 of sheet “Register” (registrs.xlsx) holds a formula (=B2&" (copy)")');
    expect(await importInto(bytes, 'lv')).toContain('Lapas “Register” šūnā B3 (registrs.xlsx) ir formula');
  });

  it('merged cells in the table are refused, naming the range; a merged title above the header is fine', async () => {
    const merged = await spreadsheet([{ name: 'Register', rows: [HEADERS, ROW, ['PD-02', 'Recruitment', 'Hiring', '']], merges: ['C3:D3'] }]);
    expect(await importInto(merged)).toContain('Cells C3:D3 of sheet “Register” (registrs.xlsx) are merged.');

    const dir = tempDir();
    const register = join(dir, 'firma.ropa');
    await ropaInProcess(['init', register, '--org', 'SIA Firma']);
    const titled = join(dir, 'titled.xlsx');
    writeFileSync(titled, await spreadsheet([{ name: 'Register', rows: [['Record of processing activities', '', '', ''], HEADERS, ROW], merges: ['A1:D1'] }]));
    const result = await ropaInProcess(['import', 'xlsx', titled, '--db', register]);
    expect(result.stderr).toContain('Imported: 1 processing activities');
    expect(result.status).toBe(0);
  });

  it('a cell over 32,767 characters (written straight into the XML) is refused, naming the cell', async () => {
    const bytes = rezip(await spreadsheet([{ name: 'Register', rows: [HEADERS, ['PD-01', 'Payroll', 'MARKER', 'contract']] }]), 'xl/sharedStrings.xml', (xml) =>
      xml.replace('<t>MARKER</t>', `<t>${'x'.repeat(40_000)}</t>`),
    );
    expect(await importInto(bytes)).toContain('Cell C2 of sheet “Register” (registrs.xlsx) holds 40000 characters, more than the 32767 Excel allows.');
  });

  it('a zip bomb is refused from its directory before anything is unpacked', async () => {
    const base = unzipFiles(await spreadsheet([{ name: 'Register', rows: [HEADERS, ROW] }]));
    const zeros = await deflatedZeros(210 * 1024 * 1024);
    expect(zeros.data.length).toBeLessThan(1024 * 1024);
    const bomb = zipFiles([...base, { name: 'xl/media/image1.png', data: Buffer.alloc(0), deflated: zeros }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await importInto(bomb)).toContain('would unpack to 210 MB (at most 200 MB). It was not unpacked');
  });

  it('an entry that unpacks to more than its directory declares is caught, and so is a cut-off file', async () => {
    const base = unzipFiles(await spreadsheet([{ name: 'Register', rows: [HEADERS, ROW] }]));
    const lying = zipFiles(base.map((file) => (file.name === 'xl/sharedStrings.xml' ? { ...file, declaredSize: 10 } : file)));
    expect(await importInto(lying)).toContain('is damaged (xl/sharedStrings.xml unpacks to more than the 10 bytes it declares)');
    const whole = await spreadsheet([{ name: 'Register', rows: [HEADERS, ROW] }]);
    expect(await importInto(whole.subarray(0, Math.floor(whole.length / 2)))).toContain('registrs.xlsx is damaged');
  });
});
