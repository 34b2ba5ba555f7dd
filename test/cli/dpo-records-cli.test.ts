import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { value } from '../helpers/app.ts';
import { ropa } from '../helpers/cli.ts';
import { pdfText as pdfTextOf, squeeze } from '../helpers/pdf.ts';
import { appWithDemo, breachInput, requestInput } from '../helpers/dpo-records.ts';
import { tempDir } from '../helpers/temp.ts';

/** The demo register with one breach and two requests, closed so the CLI can read it. */
async function registerWithRecords() {
  const { app, path, organisationId, idOf } = await appWithDemo('lv');
  const breach = await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')], awareAt: '2026-11-20T08:30:00.000Z' }));
  await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-1', type: 'erasure', receivedOn: '2026-01-31', respondedOn: '2026-02-20', outcome: 'done', status: 'closed' }));
  await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-2', receivedOn: '2026-10-31' }));
  await app.close();
  return { path, breachId: breach.id };
}

describe('ropa breaches / ropa requests', () => {
  it('lists breaches and requests, with --json and filters', async () => {
    const { path } = await registerWithRecords();
    const table = ropa(['breaches', 'list', '--db', path]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('IN-2026-01');
    expect(table.stdout).toContain('Nozaudēts klēpjdators');
    const json = JSON.parse(ropa(['breaches', 'list', '--db', path, '--json']).stdout) as Array<{ number: string; clock: { state: string } }>;
    expect(json.map((b) => b.number)).toEqual(['IN-2026-01']);
    expect(['running', 'overdue']).toContain(json[0]?.clock.state);
    expect(JSON.parse(ropa(['breaches', 'list', '--db', path, '--json', '--year', '2025']).stdout)).toEqual([]);

    const requests = ropa(['requests', 'list', '--db', path], { lang: 'en' });
    expect(requests.stdout).toContain('Erasure (Art. 17)');
    // Received 31.01.2026: due 28.02.2026.
    expect(requests.stdout).toContain('28.02.2026');
    const open = JSON.parse(ropa(['requests', 'list', '--db', path, '--json', '--open']).stdout) as Array<{ number: string; deadline: string }>;
    expect(open.map((r) => [r.number, r.deadline])).toEqual([['DS-2', '2026-11-30']]);
    const erasures = JSON.parse(ropa(['requests', 'list', '--db', path, '--json', '--type', 'erasure']).stdout) as Array<{ number: string }>;
    expect(erasures.map((r) => r.number)).toEqual(['DS-1']);
    expect(ropa(['requests', 'list', '--db', path, '--year', '26']).status).toBe(2);
  });

  it('exports CSV with the sheet’s columns, JSON records, and the DVI notification draft', async () => {
    const { path, breachId } = await registerWithRecords();
    const out = join(tempDir(), 'breaches.csv');
    expect(ropa(['breaches', 'export', '--db', path, '--out', out]).status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain('Kad pārzinis uzzināja (72 stundu sākums)');
    expect(csv).toContain('PD-02');
    expect(csv).toContain('Veselības dati (īpašu kategoriju dati)');
    const records = JSON.parse(ropa(['requests', 'export', '--db', path, '--json']).stdout) as Array<{ number: string }>;
    expect(records.map((r) => r.number).sort()).toEqual(['DS-1', 'DS-2']);
    const notice = ropa(['breaches', 'export', '--db', path, '--notice', breachId], { lang: 'en' });
    expect(notice.stdout).toContain('Notification of a personal data breach to the Data State Inspectorate');
    expect(notice.stdout).toContain('Approximate number of data subjects: ~120');
    const pdf = join(tempDir(), 'pazinojums.pdf');
    expect(ropa(['breaches', 'export', '--db', path, '--notice', breachId, '--out', pdf]).status).toBe(0);
    const pdfText = squeeze(pdfTextOf(pdf));
    expect(pdfText).toContain(squeeze('Paziņojums Datu valsts inspekcijai par personas datu aizsardzības pārkāpumu'));
    expect(pdfText).toContain(squeeze('Veselības dati (īpašu kategoriju dati)'));
    const missing = ropa(['breaches', 'export', '--db', path, '--notice', 'no-such-breach']);
    expect(missing.status).toBe(2);
  });
});
