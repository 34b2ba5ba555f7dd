/**
 * The report's worker started ahead (issue 19, "at 100 activities under
 * 2 s"): once a register has been shown, the desktop app and browser mode
 * keep one worker waiting with the report's code loaded, so the next report
 * begins at once; the PDF is the very same, and a spare that cannot start
 * never holds a report up.
 */
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../main/services/app-context.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { loadReportInput, renderReport } from '../../main/pdf/report.ts';
import { prewarmReportWorker, renderReportOffThread, renderWorkerUrl, spareReportWorkerReady } from '../../main/pdf/report-worker.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { queuedDialogs, value } from '../helpers/app.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';

describe('the report worker started ahead', () => {
  it('is started once the register has been shown, not when it opens', async () => {
    const path = await fixedDemoRegister();
    let started = 0;
    const app = new AppContext(
      { transport: 'web', version: 'test', dialogs: queuedDialogs(), recentFiles: recentFilesAt(null), now: () => DEMO_REPORT_NOW, prewarmReport: () => (started += 1) },
      'lv',
    );
    await app.open(path);
    expect(started).toBe(0);
    await value(app, 'activities:list', {});
    await app.requireSession().settleHeld();
    expect(started).toBe(1);
    await app.close();
  });

  it('makes the very same PDF from the waiting worker, then has the next one waiting; a spare that cannot start holds nothing up', async () => {
    const path = await fixedDemoRegister();
    const session = await openRegister(path, { now: () => DEMO_REPORT_NOW, readOnly: true });
    try {
      const input = await loadReportInput(session.db, { lang: 'lv', now: DEMO_REPORT_NOW });
      const here = await renderReport(input);
      expect(await spareReportWorkerReady()).toBe(false);
      prewarmReportWorker();
      expect(await spareReportWorkerReady()).toBe(true);
      const fromSpare = await renderReportOffThread(input);
      expect(Buffer.compare(fromSpare.pdf, here.pdf)).toBe(0);
      // The next report's worker is waiting already, and makes the same bytes again.
      expect(await spareReportWorkerReady()).toBe(true);
      expect(Buffer.compare((await renderReportOffThread(input)).pdf, here.pdf)).toBe(0);

      // A worker file that is not there: the report is made in this thread, the same, and the failed spare is dropped.
      const missing = new URL('./no-such-worker.mjs', renderWorkerUrl());
      expect(Buffer.compare((await renderReportOffThread(input, missing)).pdf, here.pdf)).toBe(0);
      expect(await spareReportWorkerReady()).toBe(false);
      // Handed a report the moment it is started, a spare that cannot start holds nothing up either.
      prewarmReportWorker(missing);
      expect(Buffer.compare((await renderReportOffThread(input, missing)).pdf, here.pdf)).toBe(0);
    } finally {
      await session.close();
    }
  });
});
