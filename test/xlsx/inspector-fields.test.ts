import { beforeAll, describe, expect, it } from 'vitest';
import { readImportWorkbook } from '../../main/xlsx/import-workbook.ts';
import { parseCount } from '../../main/xlsx/value-parsers.ts';
import { demoRegisterFile, exportFile, importIntoOrganisationRegister, loadWorkbook, suiteDir } from '../helpers/workbooks.ts';

const dir = suiteDir();
let demo: string;

beforeAll(async () => {
  demo = await demoRegisterFile(dir);
});

describe('the inspector-like fields in the workbook', () => {
  it('reads approximate counts as DPOs type them', () => {
    expect(['25 000', '25,000', '~25000', 'ap. 25 000', 'about 25000', '25\u00a0000'].map(parseCount)).toEqual([25000, 25000, 25000, 25000, 25000, 25000]);
    expect(parseCount('')).toBeNull();
    expect(['daudz', '2,5 tūkst.', '-3', '1.5'].map(parseCount)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('shows the counts, the reasons and the criteria inferred from the record beside the ticked ones, and an edited workbook keeps them', async () => {
    const workbook = await loadWorkbook(await exportFile(demo, 'lv'));
    const sheet = workbook.getWorksheet('Pārzinis 30(1)')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (header: string) => {
      const index = headers.indexOf(header);
      expect(index, header).toBeGreaterThan(0);
      return index;
    };
    let cctvRow = 0;
    sheet.eachRow((row, number) => {
      if (String(row.getCell(column('Nr.')).value) === 'PD-11') cctvRow = number;
    });
    const cctv = sheet.getRow(cctvRow);
    expect(String(cctv.getCell(column('Aptuvenais datu subjektu skaits')).value)).toBe('1500');
    expect(String(cctv.getCell(column('Aptuvenais ierakstu skaits')).value)).toBe('4200');
    expect(String(cctv.getCell(column('No ieraksta satura secinātie kritēriji')).value)).toBe(
      'Sistemātiska uzraudzība (secināts no: videonovērošana)\nNeaizsargāti datu subjekti (secināts no: darbinieki)',
    );
    column('Kāpēc lēmumiem nav juridisku vai līdzīgi būtisku seku');
    column('Kur datu subjekti informēti par profilēšanu');

    // Edited in Excel: the workbook is read by its columns, not from its hidden data sheet.
    cctv.getCell(column('Aptuvenais datu subjektu skaits')).value = '2 300';
    cctv.getCell(column('Kur datu subjekti informēti par profilēšanu')).value = 'Privātuma politika, 5. sadaļa';
    const edited = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const loaded = await readImportWorkbook(edited, 'labots.xlsx', 'lv');
    expect(loaded.source).toBe('spreadsheet');
    const imported = (await importIntoOrganisationRegister(loaded)).activities.find((a) => a.number === 'PD-11')!;
    expect([imported.approxSubjects, imported.approxRecords, imported.profilingInformation]).toEqual([2300, 4200, 'Privātuma politika, 5. sadaļa']);
  });
});
