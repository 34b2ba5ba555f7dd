import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/format.ts';
import { workbookToCsv } from '../helpers/libreoffice.ts';
import { tempDir } from '../helpers/temp.ts';
import { demoRegisterFile, documentOf, exportFile } from '../helpers/workbooks.ts';

describe('a real spreadsheet program reads the export', () => {
  it('LibreOffice Calc converts every sheet to CSV without error, holding the values of the demo register', async () => {
    const dir = tempDir();
    const demo = await demoRegisterFile(dir);
    const document = await documentOf(demo);
    const file = join(dir, 'registrs.xlsx');
    writeFileSync(file, await exportFile(demo, 'lv'));

    const converted = workbookToCsv(file);
    expect(converted.status).toBe(0);
    expect(converted.stderr).not.toMatch(/error/i);
    expect([...converted.sheets.keys()]).toEqual(
      expect.arrayContaining(['Par reģistru', 'Pārzinis 30(1)', 'Apstrādātājs 30(2)', 'Apstrādātāji un saņēmēji', 'Glabāšanas noteikumi', 'Nosūtīšana uz trešajām valstīm']),
    );

    const cover = converted.sheets.get('Par reģistru')!;
    expect(cover).toContainEqual(['Eksportēts', '21.11.2026', '']);
    for (const organisation of document.organisations) expect(cover).toContainEqual(['Organizācija', organisation.name, '']);

    const controller = converted.sheets.get('Pārzinis 30(1)')!;
    const headers = controller[0]!;
    const column = (name: string) => headers.indexOf(name);
    expect(headers.slice(0, 7)).toEqual([
      'Pārziņa nosaukums un kontaktinformācija',
      'Kopīgi pārziņi',
      'Kopīgo pārziņu vienošanās (26. pants)',
      'Pārziņa pārstāvis',
      'Datu aizsardzības speciālists',
      'Nr.',
      'Apstrādes darbības nosaukums',
    ]);
    const rows = new Map(controller.slice(1).map((row) => [row[column('Nr.')], row]));
    for (const activity of document.activities.filter((a) => a.kind === 'controller')) {
      const row = rows.get(activity.number);
      expect(row, activity.number).toBeDefined();
      expect(row![column('Apstrādes darbības nosaukums')]).toBe(activity.name);
      expect(row![column('Pārskatīts')]).toBe(formatDate(activity.lastReviewedOn));
      expect(row![column('Izveidots')]).toBe(formatDate(activity.createdOn));
      expect(row![column('Apstrādes nolūki')]!.split('\n')).toHaveLength(activity.purposes.length);
    }

    const processorNames = converted.sheets.get('Apstrādātāji un saņēmēji')!.slice(1).map((row) => row[0]);
    expect(processorNames.sort()).toEqual(document.processors.map((p) => p.name).sort());
    const rules = converted.sheets.get('Glabāšanas noteikumi')!;
    expect(rules.slice(1).map((row) => row[0]).sort()).toEqual(document.retentionRules.map((r) => r.name).sort());
    const processorRecord = converted.sheets.get('Apstrādātājs 30(2)')!;
    const processorActivity = document.activities.find((a) => a.kind === 'processor')!;
    expect(processorRecord.slice(1).map((row) => row[processorRecord[0]!.indexOf('Nr.')])).toEqual([processorActivity.number]);
    expect(converted.sheets.get('Nosūtīšana uz trešajām valstīm')!.length).toBeGreaterThan(1);
  });
});
