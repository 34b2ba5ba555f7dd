import { describe, expect, it } from 'vitest';
import { loadReportInput, renderReport } from '../../main/pdf/report.ts';
import { renderReportOffThread, renderWorkerUrl } from '../../main/pdf/report-worker.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';

describe('the report off the main thread', () => {
  it('a worker thread makes the very same PDF as the main thread, and a missing worker file falls back to the main thread', async () => {
    const path = await fixedDemoRegister();
    const session = await openRegister(path, { now: () => DEMO_REPORT_NOW, readOnly: true });
    try {
      const input = await loadReportInput(session.db, { lang: 'lv', now: DEMO_REPORT_NOW });
      const here = await renderReport(input);
      const inWorker = await renderReportOffThread(input);
      expect(inWorker.pageCount).toBe(here.pageCount);
      expect(Buffer.compare(inWorker.pdf, here.pdf)).toBe(0);
      const fallback = await renderReportOffThread(input, new URL('./no-such-worker.mjs', renderWorkerUrl()));
      expect(Buffer.compare(fallback.pdf, here.pdf)).toBe(0);
    } finally {
      await session.close();
    }
  });
});
