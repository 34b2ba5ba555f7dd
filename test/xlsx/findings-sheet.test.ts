import { describe, expect, it } from 'vitest';
import { DEMO_IMPERFECTIONS } from '../../main/demo/demo-register.ts';
import { demoRegisterFile, exportFile, loadWorkbook, workbookValues } from '../helpers/workbooks.ts';

describe('the Excel export carries the compliance findings', () => {
  it('a sheet lists exactly what the checks find in the demo register, in the export language', async () => {
    const path = await demoRegisterFile();
    for (const [lang, sheetName, header] of [
      ['lv', 'Atbilstības pārbaude', 'Kas jādara'],
      ['en', 'Compliance checks', 'What to do'],
    ] as const) {
      const values = workbookValues(await loadWorkbook(await exportFile(path, lang)), { visibleOnly: true });
      const rows = values.get(sheetName);
      expect(rows, `sheet ${sheetName}`).toBeDefined();
      const [headers, ...findings] = rows as unknown[][];
      expect(headers).toContain(header);
      const ruleColumn = headers!.length - 1;
      expect(findings.map((row) => row[ruleColumn]).sort()).toEqual(DEMO_IMPERFECTIONS.map((i) => i.ruleId).sort());
      const text = findings.map((row) => row.join(' ')).join('\n');
      for (const imperfection of DEMO_IMPERFECTIONS) expect(text).toContain(imperfection.activityNumber ?? imperfection.processorName ?? "");
    }
  });
});
