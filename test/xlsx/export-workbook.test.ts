import { beforeAll, describe, expect, it } from 'vitest';
import { unzipFiles } from '../helpers/crafted-files.ts';
import { demoRegisterFile, documentOf, exportFile, loadWorkbook, suiteDir, workbookValues } from '../helpers/workbooks.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { contentHash, shortHash } from '../../main/services/register-version.ts';

const dir = suiteDir();
let demo: string;
let document: RegisterDocument;
let latvian: Buffer;

beforeAll(async () => {
  demo = await demoRegisterFile(dir);
  document = await documentOf(demo);
  latvian = await exportFile(demo, 'lv');
});

const LV_SHEETS = ['Par reģistru', 'Pārzinis 30(1)', 'Apstrādātājs 30(2)', 'Apstrādātāji un saņēmēji', 'Glabāšanas noteikumi', 'Nosūtīšana uz trešajām valstīm', 'Atbilstības pārbaude'];

describe('Excel export of the register', () => {
  it('has the sheets an inspector expects, in Latvian, and keeps its data sheet out of sight', async () => {
    const workbook = await loadWorkbook(latvian);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...LV_SHEETS, 'ropa-data']);
    expect(workbook.worksheets.map((s) => s.state)).toEqual([...LV_SHEETS.map(() => 'visible'), 'veryHidden']);
    const english = await loadWorkbook(await exportFile(demo, 'en'));
    expect(english.worksheets.map((s) => s.name)).toEqual([
      'About',
      'Controller 30(1)',
      'Processor 30(2)',
      'Processors and recipients',
      'Retention rules',
      'Third-country transfers',
      'Compliance checks',
      'ropa-data',
    ]);
  });

  it('states on the first sheet who keeps the register, its DPO, the export date and the version', async () => {
    const workbook = await loadWorkbook(latvian);
    const cover = workbookValues(workbook).get('Par reģistru')!;
    const byLabel = (label: string) => cover.filter((row) => row[0] === label).map((row) => row[1]);
    expect(cover[0]?.[0]).toBe('Apstrādes darbību reģistrs (VDAR 30. pants)');
    expect(byLabel('Organizācija')).toEqual(['SIA "Ziemeļkurzemes Mēbeles"', 'SIA "ZKM Serviss"']);
    expect(byLabel('Datu aizsardzības speciālists')).toContain('Ilze Kalniņa');
    expect(byLabel('Pārziņa pārstāvis')).toHaveLength(2);
    const exported = byLabel('Eksportēts')[0];
    expect(exported).toBeInstanceOf(Date);
    expect((exported as Date).toISOString().slice(0, 10)).toBe('2026-11-21');
    const sheet = workbook.getWorksheet('Par reģistru')!;
    const exportRow = cover.findIndex((row) => row[0] === 'Eksportēts') + 1;
    expect(sheet.getRow(exportRow).getCell(2).numFmt).toBe('dd.mm.yyyy');
    const version = byLabel('Reģistra versija (izmaiņu skaits)')[0];
    expect(typeof version).toBe('number');
    expect(version).toBeGreaterThan(18);
    expect(byLabel('Satura nospiedums (SHA-256)')[0]).toBe(shortHash(contentHash(document)));
    expect(cover.find((row) => row[0] === 'Satura nospiedums (SHA-256)')?.[2]).toBe(contentHash(document));
    expect(byLabel('Izmaiņu vēstures pēdējā ieraksta nospiedums')[0]).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  });

  it('lists each controller activity on one row, columns in the order of Art. 30(1), with GDPR terms as headers', async () => {
    const workbook = await loadWorkbook(latvian);
    const rows = workbookValues(workbook).get('Pārzinis 30(1)')!;
    const headers = rows[0] as string[];
    const order = [
      'Pārziņa nosaukums un kontaktinformācija',
      'Kopīgi pārziņi',
      'Pārziņa pārstāvis',
      'Datu aizsardzības speciālists',
      'Nr.',
      'Apstrādes darbības nosaukums',
      'Struktūrvienība',
      'Apstrādes nolūki',
      'Tiesiskais pamats (6. panta 1. punkts)',
      'Leģitīmās intereses un to izvērtējums',
      'Īpašu kategoriju datu apstrādes pamats (9. panta 2. punkts)',
      'Datu subjektu kategorijas',
      'Personas datu kategorijas',
      'Datu avots',
      'Saņēmēju kategorijas',
      'Nosūtīšana uz trešo valsti vai starptautisku organizāciju',
      'Nosūtīšanas pamats un atbilstošo garantiju dokumentācija',
      'Paredzētie dzēšanas termiņi',
      'Tehniskie un organizatoriskie drošības pasākumi',
      'Informācijas sistēmas',
      'Automatizēta individuālu lēmumu pieņemšana',
      'NIDA statuss',
      'Statuss',
      'Pārskatīts',
      'Nākamā pārskatīšana',
    ];
    const positions = order.map((header) => headers.indexOf(header));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const controllerActivities = document.activities.filter((a) => a.kind === 'controller');
    expect(rows.length - 1).toBe(controllerActivities.length);
    const numbers = rows.slice(1).map((row) => row[headers.indexOf('Nr.')]);
    expect(numbers).toContain('PD-01');
    const processorRecord = document.activities.find((a) => a.kind === 'processor')!;
    expect(numbers).not.toContain(processorRecord.number);
  });

  it('puts several values of a cell on separate lines and shows dates as real dates, dd.mm.gggg', async () => {
    const workbook = await loadWorkbook(latvian);
    const sheet = workbook.getWorksheet('Pārzinis 30(1)')!;
    const rows = workbookValues(workbook).get('Pārzinis 30(1)')!;
    const headers = rows[0] as string[];
    const pd01 = rows.find((row) => row[headers.indexOf('Nr.')] === 'PD-01')!;
    const source = document.activities.find((a) => a.number === 'PD-01')!;
    const subjects = String(pd01[headers.indexOf('Datu subjektu kategorijas')]).split('\n');
    expect(subjects).toHaveLength(source.dataSubjectCategoryIds.length);
    expect(subjects[0]).toBe('Darbinieki');
    expect(String(pd01[headers.indexOf('Tiesiskais pamats (6. panta 1. punkts)')])).toMatch(/^1\. 6\(1\)\(b\) Līguma izpilde/m);
    const reviewed = pd01[headers.indexOf('Pārskatīts')];
    expect(reviewed).toBeInstanceOf(Date);
    expect((reviewed as Date).toISOString().slice(0, 10)).toBe(source.lastReviewedOn);
    const reviewedColumn = headers.indexOf('Pārskatīts') + 1;
    expect(sheet.getRow(2).getCell(reviewedColumn).numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(2).getCell(1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('freezes and filters the header row, sets column widths and prints A4 landscape, one page wide, header on every page', async () => {
    const workbook = await loadWorkbook(latvian);
    const files = new Map(unzipFiles(latvian).map((f) => [f.name, f.data.toString('utf8')]));
    for (const name of LV_SHEETS.slice(1)) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // The filter spans the header and every row of the table: A1 to the last column and row.
      expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount}`);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.columns.every((column) => (column.width ?? 0) >= 9)).toBe(true);
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    }
    const workbookXml = files.get('xl/workbook.xml')!;
    for (let index = 1; index < LV_SHEETS.length; index += 1) {
      expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">`);
    }
    expect(files.get('xl/worksheets/sheet2.xml')).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
  });

  it('lists processors with the activities that use them, retention rules with numbers, and every transfer', async () => {
    const workbook = await loadWorkbook(latvian);
    const values = workbookValues(workbook);
    const processors = values.get('Apstrādātāji un saņēmēji')!;
    expect(processors.length - 1).toBe(document.processors.length);
    const headers = processors[0] as string[];
    const linked = processors.slice(1).map((row) => String(row[headers.indexOf('Apstrādes darbības')]));
    expect(linked.some((cell) => /PD-\d\d /.test(cell))).toBe(true);

    const rules = values.get('Glabāšanas noteikumi')!;
    expect(rules.length - 1).toBe(document.retentionRules.length);
    const period = (rules[0] as string[]).indexOf('Termiņš');
    expect(rules.slice(1).some((row) => typeof row[period] === 'number')).toBe(true);

    const transfers = values.get('Nosūtīšana uz trešajām valstīm')!;
    const transferCount = document.activities.reduce((sum, a) => sum + a.transfers.length, 0);
    expect(transferCount).toBeGreaterThan(0);
    expect(transfers.length - 1).toBe(transferCount);
    expect(transfers.slice(1).some((row) => row.includes('Amerikas Savienotās Valstis'))).toBe(true);

    const processorRecord = values.get('Apstrādātājs 30(2)')!;
    expect(processorRecord.length - 1).toBe(document.activities.filter((a) => a.kind === 'processor').length);
  });

  it('exports one organisation with --org: only its activities, and it alone on the first sheet', async () => {
    const second = document.organisations.find((o) => o.name === 'SIA "ZKM Serviss"')!;
    const workbook = await loadWorkbook(await exportFile(demo, 'lv', second.id));
    const values = workbookValues(workbook);
    expect(values.get('Par reģistru')!.filter((row) => row[0] === 'Organizācija').map((row) => row[1])).toEqual(['SIA "ZKM Serviss"']);
    const rows = values.get('Pārzinis 30(1)')!;
    const number = (rows[0] as string[]).indexOf('Nr.');
    const expected = document.activities.filter((a) => a.organisationId === second.id && a.kind === 'controller').map((a) => a.number);
    expect(rows.slice(1).map((row) => row[number]).sort()).toEqual(expected.sort());
  });
});
