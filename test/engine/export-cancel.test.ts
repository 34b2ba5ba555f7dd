/**
 * Cancelling the exports (issue 12): the Excel export's row loop reports
 * how far it is and stops at its next step once cancelled, leaving no file
 * (the atomic write's temporary file removed, the chosen file untouched);
 * the PDF report's render worker is terminated, the report cache keeps
 * nothing of it, and the next render works; the register as of a moment
 * (the history's rebuild) stops between its steps and the open register
 * stays as it was. In-process, through the real dispatcher and a real
 * register, as the engine runs them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../shared/contract/tasks.ts';
import { dispatch } from '../../main/handlers/index.ts';
import { newCancelFlag } from '../../main/engine/tasks.ts';
import { testApp, value } from '../helpers/app.ts';
import { largeRegister } from '../helpers/large-register.ts';
import { tempDir } from '../helpers/temp.ts';

/** A task that raises its own cancel flag once `when` sees a progress report; `seen` keeps every report. */
function cancelledWhen(when: (progress: TaskProgress) => boolean) {
  const cancelFlag = newCancelFlag();
  const seen: TaskProgress[] = [];
  return {
    seen,
    cancelFlag,
    onProgress(progress: TaskProgress) {
      seen.push(progress);
      if (when(progress)) Atomics.store(cancelFlag, 0, 1);
    },
  };
}

async function openLargeRegister(count: number) {
  const { app, dialogs } = testApp('lv');
  await app.open(await largeRegister(tempDir(), count));
  return { app, dialogs };
}

describe('cancelling an export', () => {
  it('a cancelled Excel export writes no file and leaves the chosen file as it was; uncancelled, it reports its rows and writes', async () => {
    const { app, dialogs } = await openLargeRegister(600);
    const folder = tempDir();
    const target = join(folder, 'register.xlsx');
    writeFileSync(target, 'the previous export');

    const task = cancelledWhen((progress) => progress.stage === 'exporting' && progress.done > 0);
    dialogs.answer(target);
    expect(await dispatch(app, 'export:xlsx', {}, { task })).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Darbība atcelta.' } });
    // Stopped mid-way: at the first step, well before the last row.
    const exporting = task.seen.filter((progress) => progress.stage === 'exporting');
    expect(exporting.at(-1)!.done).toBeGreaterThan(0);
    expect(exporting.at(-1)!.done).toBeLessThan(exporting.at(-1)!.total!);
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
    expect(readdirSync(folder)).toEqual(['register.xlsx']);

    const seen: TaskProgress[] = [];
    dialogs.answer(target);
    expect(await dispatch(app, 'export:xlsx', {}, { task: { cancelFlag: newCancelFlag(), onProgress: (progress) => seen.push(progress) } })).toMatchObject({ ok: true });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(folder)).toEqual(['register.xlsx']);
    const done = seen.map((progress) => progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(2);
  });

  it('a cancelled PDF render is stopped, the cache keeps nothing of it, and the next preview renders the report', async () => {
    const { app } = await openLargeRegister(40);
    const task = cancelledWhen((progress) => progress.stage === 'rendering');
    const started = performance.now();
    expect(await dispatch(app, 'report:pdf', {}, { task })).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Darbība atcelta.' } });
    // The worker is terminated at the next look at the flag, not left to finish the layout.
    expect(performance.now() - started).toBeLessThan(5000);

    const next = await value(app, 'report:pdf', {});
    expect(Buffer.from(next.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(next.pageCount).toBeGreaterThan(0);
  });

  it('a cancelled as-of rebuild leaves the open register as it was; uncancelled, it reports its stages and shows the past', async () => {
    const { app } = await openLargeRegister(30);
    const moment = '2026-11-30T00:00:00Z';
    const task = cancelledWhen((progress) => progress.stage === 'history');
    expect(await dispatch(app, 'versions:viewAsOf', { moment }, { task })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(task.seen.map((progress) => progress.stage)).toEqual(['history']);
    expect(app.asOfView ?? null).toBeNull();
    expect((await value(app, 'register:current', {}))?.readOnly).toBe(false);

    const seen: TaskProgress[] = [];
    const shown = await dispatch(app, 'versions:viewAsOf', { moment }, { task: { cancelFlag: newCancelFlag(), onProgress: (progress) => seen.push(progress) } });
    expect(shown).toMatchObject({ ok: true, value: { readOnly: true } });
    expect(seen.slice(0, 2).map((progress) => progress.stage)).toEqual(['history', 'rebuilding']);
    expect(await value(app, 'activities:list', {})).toHaveLength(30);
  });
});
