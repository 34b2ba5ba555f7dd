import { describe, expect, it } from 'vitest';
import { readImportWorkbook } from '../../main/xlsx/import-workbook.ts';
import { exportRegisterWorkbook } from '../../main/xlsx/export-workbook.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo, breachInput, requestInput } from '../helpers/dpo-records.ts';
import { EXPORT_TIME, loadWorkbook, workbookValues } from '../helpers/workbooks.ts';

describe('the Excel workbook with breaches and requests', () => {
  it('has one sheet each, in the reader’s language, and carries them for a lossless import', async () => {
    const { app, organisationId, idOf } = await appWithDemo('lv');
    await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')], attachments: ['Akts Nr. 5'] }));
    await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-9', type: 'portability', receivedOn: '2027-01-31' }));
    const db = app.requireSession().db;
    const bytes = await exportRegisterWorkbook(db, { lang: 'lv', now: EXPORT_TIME });
    const sheets = workbookValues(await loadWorkbook(bytes), { visibleOnly: true });
    const breaches = sheets.get('Pārkāpumi 33(5)');
    expect(breaches?.[0]).toContain('Kad pārzinis uzzināja (72 stundu sākums)');
    expect(breaches?.[1]).toContain('Nozaudēts klēpjdators');
    expect(breaches?.[1]?.some((cell) => typeof cell === 'string' && cell.startsWith('PD-02 '))).toBe(true);
    const requests = sheets.get('Datu subjektu pieprasījumi');
    expect(requests?.[1]).toContain('Datu pārnesamība (20. pants)');
    // The deadline column: received 31.01.2027, due 28.02.2027.
    const deadlineColumn = requests?.[0]?.indexOf('Termiņš') ?? -1;
    expect(requests?.[1]?.[deadlineColumn]).toEqual(new Date(Date.UTC(2027, 1, 28)));

    const english = workbookValues(await loadWorkbook(await exportRegisterWorkbook(db, { lang: 'en', now: EXPORT_TIME })), { visibleOnly: true });
    expect(english.get('Breaches 33(5)')?.[0]).toContain('When the controller became aware (72 hours start)');

    const imported = await readImportWorkbook(bytes, 'register.xlsx', 'lv');
    expect(imported.source).toBe('ropa');
    expect(imported.source === 'ropa' && imported.document.breaches?.[0]?.attachments).toEqual(['Akts Nr. 5']);
    await app.close();
  });

  it('a register without them has no such sheets', async () => {
    const { app } = await appWithDemo('lv');
    const sheets = workbookValues(await loadWorkbook(await exportRegisterWorkbook(app.requireSession().db, { lang: 'lv', now: EXPORT_TIME })));
    expect([...sheets.keys()]).not.toContain('Pārkāpumi 33(5)');
    await app.close();
  });
});
