/**
 * One "today" for the whole app: the calendar day of the machine's own time
 * zone (docs/time.md). A review marked at 23:59 local time is that day's
 * review in the register, the checks, the Excel workbook and the PDF report,
 * in a zone far behind UTC (where UTC's date is already the next day), far
 * ahead of it, and in Riga; the history's UTC timestamps are shown in local
 * time by the app and on the report's cover. A breach the controller became
 * aware of at 00:30 local time is that day's breach in every export.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { seedDemo, DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { generateReport } from '../../main/pdf/report.ts';
import { exportRegisterWorkbook } from '../../main/xlsx/export-workbook.ts';
import { formatTimestamp } from '../../shared/format.ts';
import { invoke, testAppOn, value } from '../helpers/app.ts';
import { breachInput } from '../helpers/dpo-records.ts';
import { pdfText, squeeze } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/temp.ts';
import { loadWorkbook, workbookValues } from '../helpers/workbooks.ts';
import { writeFileSync } from 'node:fs';

const ZONES = ['Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Europe/Riga'] as const;
const original = process.env.TZ;

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** A clock at `at` that moves a millisecond per call (the history wants ordered times; a second per call would cross midnight). */
function clockAt(at: Date): () => Date {
  let tick = 0;
  return () => new Date(at.getTime() + tick++);
}

describe.each(ZONES)('the local calendar day in %s', (zone) => {
  it('a review marked at 23:59 local time is that calendar day everywhere, and the history shows its local time', async () => {
    process.env.TZ = zone;
    // 03.12.2026 23:59 on this zone's wall clock: in Pago Pago UTC is already 04.12.
    const at = new Date(2026, 11, 3, 23, 59, 0);
    const now = clockAt(at);
    const path = join(tempDir(), 'demo.ropa');
    const connection = await createRegisterFile(path, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
    await connection.close();
    const app = await testAppOn(path, now);
    try {
      const pd01 = (await value(app, 'activities:list', {})).find((a) => a.number === 'PD-01')!;
      const before = await value(app, 'activities:get', { id: pd01.id });
      const reviewed = await value(app, 'activities:markReviewed', { id: pd01.id, revision: before.revision, reviewedBy: 'Anna Bērziņa', cadenceMonths: 12 });
      expect(reviewed.lastReviewedOn).toBe('2026-12-03');
      expect(reviewed.nextReviewOn).toBe('2027-12-03');

      // The checks run for the same day.
      expect((await value(app, 'checks:activities', {})).today).toBe('2026-12-03');

      // The history stores UTC; the app shows it on the local wall clock.
      const [latest] = await value(app, 'history:list', { entityId: pd01.id, limit: 1 });
      expect(latest!.at.slice(0, 16)).toBe(at.toISOString().slice(0, 16));
      expect(formatTimestamp(latest!.at)).toBe('03.12.2026 23:59');

      const session = app.session!;
      // Excel: the export day, the last change and the review date.
      const workbook = workbookValues(await loadWorkbook(await exportRegisterWorkbook(session.db, { lang: 'lv', now: now() })), { visibleOnly: true });
      const about = workbook.get('Par reģistru')!;
      const row = (label: string) => about.find((cells) => cells[0] === label)!;
      expect((row('Eksportēts')[1] as Date).toISOString().slice(0, 10)).toBe('2026-12-03');
      expect(row('Pēdējās izmaiņas')[1]).toBe('03.12.2026 23:59');
      const controllers = workbook.get('Pārzinis 30(1)')!;
      const header = controllers.findIndex((cells) => cells.includes('Pārskatīts'));
      const column = controllers[header]!.indexOf('Pārskatīts');
      const reviewedRow = controllers.find((cells) => cells.some((cell) => typeof cell === 'string' && cell.startsWith('PD-01')))!;
      expect((reviewedRow[column] as Date).toISOString().slice(0, 10)).toBe('2026-12-03');

      // PDF: the cover's date and last change, and the activity's review date.
      const { pdf } = await generateReport(session.db, { lang: 'lv', now: now() });
      const file = join(tempDir(), 'report.pdf');
      writeFileSync(file, pdf);
      const text = squeeze(pdfText(file));
      expect(text).toContain(squeeze('Sagatavots 03.12.2026'));
      expect(text).toContain(squeeze('Pēdējās izmaiņas 03.12.2026 23:59'));
      expect(text).toContain(squeeze('Pārskatīts 03.12.2026'));
      expect(text).not.toContain('04.12.2026');
    } finally {
      await app.close();
    }
  });

  it('a breach the controller became aware of at 00:30 local time is that calendar day in the register, the workbook and the report', async () => {
    process.env.TZ = zone;
    // 04.12.2026 00:30 on this zone's wall clock: in Kiritimati UTC is still 03.12, in Pago Pago already 04.12 11:30.
    const aware = new Date(2026, 11, 4, 0, 30, 0);
    const now = clockAt(new Date(2026, 11, 4, 9, 0, 0));
    const path = join(tempDir(), 'demo.ropa');
    const connection = await createRegisterFile(path, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
    await connection.close();
    const app = await testAppOn(path, now);
    try {
      const organisationId = (await value(app, 'organisations:list', {}))[0]!.id;
      const draft = breachInput(organisationId, { occurredAt: null, awareAt: aware.toISOString() });
      // Closed the day before the controller became aware (local days): refused in every zone.
      const early = await invoke(app, 'breaches:save', { ...draft, status: 'closed', closedOn: '2026-12-03' });
      expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      // Closed the same local day: accepted in every zone.
      const saved = await value(app, 'breaches:save', { ...draft, status: 'closed', closedOn: '2026-12-04' });
      expect(saved.awareAt).toBe(aware.toISOString());

      const session = app.session!;
      const workbook = workbookValues(await loadWorkbook(await exportRegisterWorkbook(session.db, { lang: 'lv', now: now() })), { visibleOnly: true });
      const breaches = workbook.get('Pārkāpumi 33(5)')!;
      expect(breaches.flat()).toContain('04.12.2026 00:30');

      const { pdf } = await generateReport(session.db, { lang: 'lv', now: now(), dpoRecords: true });
      const file = join(tempDir(), 'report.pdf');
      writeFileSync(file, pdf);
      expect(squeeze(pdfText(file))).toContain(squeeze('04.12.2026 00:30'));
    } finally {
      await app.close();
    }
  });
});
