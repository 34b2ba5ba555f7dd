import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../main/pdf/report.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo, breachInput, requestInput } from '../helpers/dpo-records.ts';
import { pdfText, squeeze } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the PDF report with the breach register and the request log', () => {
  it('adds them as sections only when asked', async () => {
    const { app, organisationId, idOf } = await appWithDemo('lv');
    await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')] }));
    await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-77', receivedOn: '2026-01-31', type: 'erasure' }));
    const db = app.requireSession().db;
    const now = new Date('2026-11-21T12:00:00.000Z');
    const folder = tempDir();
    const withRecords = join(folder, 'with.pdf');
    writeFileSync(withRecords, (await generateReport(db, { lang: 'lv', now, dpoRecords: true })).pdf);
    const text = squeeze(pdfText(withRecords));
    expect(text).toContain(squeeze('Personas datu aizsardzības pārkāpumi'));
    expect(text).toContain(squeeze('IN-2026-01 Nozaudēts klēpjdators'));
    expect(text).toContain(squeeze('Datu subjektu pieprasījumi'));
    expect(text).toContain(squeeze('Dzēšana (17. pants)'));
    // Received 31.01.2026: due 28.02.2026.
    expect(text).toContain(squeeze('28.02.2026'));

    const without = join(folder, 'without.pdf');
    writeFileSync(without, (await generateReport(db, { lang: 'lv', now })).pdf);
    const plain = squeeze(pdfText(without));
    expect(plain).not.toContain(squeeze('IN-2026-01 Nozaudēts klēpjdators'));
    expect(plain).not.toContain(squeeze('Dzēšana (17. pants)'));
    await app.close();
  });
});
