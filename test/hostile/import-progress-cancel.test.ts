/**
 * The Excel preview and import off the window's thread, through browser
 * mode's HTTP transport (what the window talks to): while a large workbook
 * is read and planned in the worker, other calls are answered promptly and
 * `import:xlsxProgress` rises; `import:xlsxCancel` stops the preview and
 * the import, which answer CANCELLED, and the register stays byte for byte
 * as it was.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/contract/index.ts';
import type { ImportProgress } from '../../shared/contract/import-progress.ts';
import { startWebServer, type WebServer } from '../../main/web/server.ts';
import { bigRegisterTable } from '../helpers/big-workbook.ts';
import { zipFiles } from '../helpers/crafted-files.ts';
import { clockedApp, demoRegisterFile } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

/** Rows in the workbook: enough that reading and planning it take seconds. */
const ROWS = 8000;
/** The longest any other call may wait while the workbook is read (the machine is shared and slow). */
const PROMPT_MS = 1000;

let running: { web: WebServer; close(): Promise<void> } | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(workbookBytes: Buffer = bigRegisterTable(ROWS)) {
  const folder = tempDir();
  const renderer = join(folder, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ROPA</title>');
  const register = await demoRegisterFile(join(folder, 'register.ropa'));
  const workbook = join(folder, 'big.xlsx');
  writeFileSync(workbook, workbookBytes);
  const { app, dialogs } = clockedApp('en');
  await app.open(register);
  const web = await startWebServer(app, { rendererDir: renderer });
  running = {
    web,
    close: async () => {
      await web.close();
      await app.close();
    },
  };
  const api = web.url.replace(/\/\?token=.*$/, '/api/invoke');
  /** One call over HTTP, as the window makes it. */
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> => {
    const response = await fetch(api, { method: 'POST', body: JSON.stringify({ channel, input }), headers: { 'x-ropa-token': web.token, 'content-type': 'application/json' } });
    return (await response.json()) as Result<ChannelOutput<C>>;
  };
  const progress = async (): Promise<ImportProgress> => {
    const answer = await call('import:xlsxProgress', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  return { folder, register, workbook, dialogs, call, progress };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks for progress until `done` says so; returns what was seen. */
async function waitFor(progress: () => Promise<ImportProgress>, done: (seen: ImportProgress) => boolean, timeoutMs = 60_000): Promise<ImportProgress> {
  const started = performance.now();
  for (;;) {
    const seen = await progress();
    if (done(seen)) return seen;
    if (performance.now() - started > timeoutMs) throw new Error(`progress never got there: ${JSON.stringify(seen)}`);
    await pause(20);
  }
}

describe('the Excel preview and import in the worker, over the window’s transport', () => {
  it('answers other calls promptly while a large workbook is previewed, and its progress rises to the end', async () => {
    const { dialogs, call, progress, workbook } = await serve();
    dialogs.answer(workbook);
    let done = false;
    const preview = call('import:xlsxPreview', {}).finally(() => (done = true));
    const seen: ImportProgress[] = [];
    const waits: number[] = [];
    while (!done) {
      const asked = performance.now();
      const list = await call('activities:list', {});
      waits.push(performance.now() - asked);
      expect(list.ok).toBe(true);
      seen.push(await progress());
      await pause(50);
    }
    const result = await preview;
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (result.ok) expect(result.value.counts).toEqual({ rows: ROWS, takeable: ROWS, rejected: 0 });
    console.log(`preview of ${ROWS} rows: ${waits.length} other calls answered, the slowest in ${Math.round(Math.max(...waits))} ms`);
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(PROMPT_MS);
    const reports = seen.filter((report) => report.running && report.phase !== null);
    const percents = reports.map((report) => report.percent);
    // The phases come in order (the table search is too quick to be seen every time), the
    // percentage only rises, and it rises through many steps.
    const order = ['checking', 'reading', 'classifying', 'planning'];
    const phases = reports.map((report) => order.indexOf(report.phase as string));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect([...new Set(reports.map((report) => report.phase))]).toEqual(expect.arrayContaining(['checking', 'reading', 'planning']));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBeGreaterThan(5);
    expect(Math.max(...reports.map((report) => report.rows))).toBeGreaterThan(ROWS / 2);
    expect(reports.find((report) => report.phase === 'reading')?.totalCells).toBe((ROWS + 1) * 8);
    // Once answered, nothing is running.
    expect(await progress()).toMatchObject({ running: false, phase: null, percent: 0 });
  }, 180_000);

  it('cancel stops the preview while it reads: CANCELLED, the register unchanged, and another preview works after it', async () => {
    const { dialogs, call, progress, workbook, register } = await serve();
    const before = fileHash(register);
    expect((await call('import:xlsxCancel', {})).ok && (await call('import:xlsxCancel', {}))).toEqual({ ok: true, value: { cancelled: false } });
    dialogs.answer(workbook);
    const preview = call('import:xlsxPreview', {});
    await waitFor(progress, (seen) => seen.phase === 'reading');
    const asked = performance.now();
    expect(await call('import:xlsxCancel', {})).toEqual({ ok: true, value: { cancelled: true } });
    const result = await preview;
    const cancelMs = performance.now() - asked;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    expect(cancelMs).toBeLessThan(PROMPT_MS);
    expect(await progress()).toMatchObject({ running: false });
    expect(fileHash(register)).toBe(before);
    // The cancelled read left no preview behind.
    expect((await call('import:xlsxCommit', { previewId: 'x' })).ok).toBe(false);
    dialogs.answer(workbook);
    expect((await call('import:xlsxPreview', {})).ok).toBe(true);
  }, 180_000);

  it('cancel stops the import while it plans: CANCELLED, nothing written, no backup taken', async () => {
    const { dialogs, call, progress, workbook, register, folder } = await serve();
    dialogs.answer(workbook);
    const preview = await call('import:xlsxPreview', {});
    if (!preview.ok) throw new Error(preview.error.message);
    // The day's backup (taken once the register has been shown, or before the first write) is not the import's: let it be taken first.
    expect((await call('backups:list', {})).ok).toBe(true);
    const before = fileHash(register);
    const filesBefore = readdirSync(folder, { recursive: true }).sort();
    const organisationId = preview.value.organisations[0]?.id as string;
    const commit = call('import:xlsxCommit', { previewId: preview.value.previewId, organisationId });
    await waitFor(progress, (seen) => seen.phase === 'planning' && seen.rows > 0);
    expect(await call('import:xlsxCancel', {})).toEqual({ ok: true, value: { cancelled: true } });
    const result = await commit;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    expect(fileHash(register)).toBe(before);
    expect(readdirSync(folder, { recursive: true }).sort()).toEqual(filesBefore);
    const list = await call('activities:list', {});
    expect(list.ok && list.value.length).toBe(18);
  }, 180_000);

  it('a hostile workbook (3.1 million cells) is refused in seconds in the worker while other calls are answered', async () => {
    const bomb = zipFiles([
      { name: '[Content_Types].xml', data: Buffer.from('<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData><row r="1">${'<c><v>1</v></c>'.repeat(3_100_000)}</row></sheetData></worksheet>`) },
    ]);
    const { dialogs, call, workbook, register } = await serve(bomb);
    const before = fileHash(register);
    dialogs.answer(workbook);
    let done = false;
    const started = performance.now();
    const preview = call('import:xlsxPreview', {}).finally(() => (done = true));
    const waits: number[] = [];
    while (!done) {
      const asked = performance.now();
      expect((await call('activities:list', {})).ok).toBe(true);
      waits.push(performance.now() - asked);
      await pause(20);
    }
    const result = await preview;
    const ms = performance.now() - started;
    console.log(`3.1 million cells refused over HTTP in ${Math.round(ms)} ms; ${waits.length} other calls answered, the slowest in ${Math.round(Math.max(...waits))} ms`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('XLSX_TOO_MUCH_CONTENT');
    expect(ms).toBeLessThan(15_000);
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(PROMPT_MS);
    expect(fileHash(register)).toBe(before);
  }, 120_000);
});
