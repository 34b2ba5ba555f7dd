/**
 * The PDF report from the app, in Chromium on the demo register: the
 * preview (a blob: PDF in an iframe, shown by Chromium's PDF viewer, with
 * its page count), Save as PDF (a valid PDF in the workspace, the same
 * document the preview shows), and Print, which in browser mode prints the
 * preview with the browser and says so.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';
import { seriousViolations } from './helpers/axe.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { demoRegister } from './helpers/registers.ts';
import { openFromNav, screenshot, settle } from './helpers/screens.ts';

let session: EditorSession;
let folder: string;

beforeAll(async () => {
  folder = workspaceDir();
  session = await openEditor({ db: await demoRegister(folder), workspace: folder });
  await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * Keeps every Blob the page turns into an object URL, so the test can read
 * the PDF behind the preview (the CSP refuses fetching blob: URLs).
 */
async function watchBlobs(): Promise<void> {
  await session.page.evaluate(() => {
    const seen = window as Window & { previewBlobs?: Map<string, Blob> };
    if (seen.previewBlobs) return;
    seen.previewBlobs = new Map();
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = original(blob);
      if (blob instanceof Blob) seen.previewBlobs!.set(url, blob);
      return url;
    };
  });
}

/** What the preview iframe holds: its address and the first bytes and size of the document behind it. */
async function previewDocument(): Promise<{ src: string; head: string; size: number }> {
  return session.page.locator('iframe.report-frame').evaluate(async (frame: HTMLIFrameElement) => {
    const blob = (window as Window & { previewBlobs?: Map<string, Blob> }).previewBlobs?.get(frame.src);
    if (!blob) throw new Error(`no blob behind ${frame.src}`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { src: frame.src, head: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.byteLength };
  });
}

/** Presses `key` until `test` holds (at most `limit` times). */
async function focusUntil(test: () => Promise<boolean>, key = 'Tab', limit = 80): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (await test()) return;
    await session.page.keyboard.press(key);
  }
  throw new Error('focus never got there');
}

const focusedText = () => session.page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the PDF report from the app', () => {
  it('previews the report in the app, saves that report as a PDF and prints it with the browser in browser mode', async () => {
    const { page } = session;
    await openFromNav(page, 'Audita atskaite', 'Audita atskaite (PDF)');
    await watchBlobs();
    expect(await page.getByText('Priekšskatījums parādīsies šeit.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sagatavot atskaiti' }).click();
    const frame = page.locator('iframe.report-frame');
    await frame.waitFor();
    const summary = (await page.getByTestId('report-summary').textContent()) ?? '';
    const match = /^(demo-registrs-\d{4}-\d{2}-\d{2}\.pdf) · (\d+) lappuses · (\d+) KB$/.exec(summary);
    expect(match, summary).not.toBeNull();
    const [, fileName, pages] = match!;
    const preview = await previewDocument();
    expect(preview.src).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
    expect(preview.head).toBe('%PDF-');
    expect(await frame.getAttribute('title')).toBe(`Atskaites priekšskatījums: ${fileName}`);
    // Chromium's PDF viewer shows it (the frame of its built-in extension is there).
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/')), { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(1500); // the viewer lays out its first page
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'report-preview');

    // Save as PDF writes the previewed report, whole, into the workspace.
    await page.getByRole('button', { name: 'Saglabāt kā PDF…' }).click();
    await page.getByRole('status').filter({ hasText: `Atskaite saglabāta: ${fileName}` }).waitFor();
    const saved = join(folder, fileName!);
    const info = pdfInfo(saved);
    expect(info.pages).toBe(Number(pages));
    expect(readFileSync(saved).byteLength).toBe(preview.size);
    const text = pdfText(saved, { first: 1, last: 3 });
    expect(text).toContain('Apstrādes darbību reģistrs');
    const activities = await serverValue(session, 'activities:list', {});
    expect(pdfText(saved)).toContain(activities.find((a) => a.number === 'PD-01')!.name);

    // Print: browser mode has no system printing in main, so the browser prints the preview.
    await frame.evaluate((element: HTMLIFrameElement) => {
      const viewer = element.contentWindow as (Window & { printedPreview?: number }) | null;
      if (!viewer) throw new Error('no preview window');
      viewer.printedPreview = 0;
      viewer.print = () => {
        viewer.printedPreview = (viewer.printedPreview ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Drukāt…' }).click();
    const note = page.getByTestId('print-note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      'Pārlūka režīmā programma pati nedrukā: tiek atvērta pārlūka drukāšana šim priekšskatījumam (tas ir tas pats PDF, kas tiek saglabāts).',
    );
    expect(await frame.evaluate((element: HTMLIFrameElement) => (element.contentWindow as Window & { printedPreview?: number }).printedPreview)).toBe(1);
    expect(session.pageErrors).toEqual([]);
  });

  it('makes the report in the chosen language for the chosen organisation, and says when the preview is out of date', async () => {
    const { page } = session;
    await openFromNav(page, 'Pārskats');
    await openFromNav(page, 'Audita atskaite', 'Audita atskaite (PDF)');
    await watchBlobs();
    await page.getByRole('button', { name: 'Sagatavot atskaiti' }).click();
    await page.locator('iframe.report-frame').waitFor();
    const latvian = await previewDocument();

    await page.getByLabel('Atskaites valoda').selectOption('en');
    await page.getByLabel('Organizācija').selectOption({ label: 'SIA "ZKM Serviss"' });
    const stale = page.getByText('Iestatījumi mainīti: priekšskatījumā (un tas, ko saglabā vai drukā) joprojām ir iepriekš sagatavotā atskaite.');
    await stale.waitFor();
    await page.getByRole('button', { name: 'Sagatavot no jauna' }).click();
    // Generating the report takes seconds on a busy machine: wait for it as long as for a page.
    await expect.poll(async () => (await previewDocument()).src, { timeout: 60_000 }).not.toBe(latvian.src);
    expect(await stale.count()).toBe(0);
    const summary = (await page.getByTestId('report-summary').textContent()) ?? '';
    const [, fileName, pages] = /^(\S+\.pdf) · (\d+) lappuses/.exec(summary)!;
    expect(fileName).toMatch(/^demo-register-\d{4}-\d{2}-\d{2}\.pdf$/);

    await page.getByRole('button', { name: 'Saglabāt kā PDF…' }).click();
    await page.getByRole('status').filter({ hasText: `Atskaite saglabāta: ${fileName}` }).waitFor();
    const saved = join(folder, fileName!);
    expect(pdfInfo(saved).pages).toBe(Number(pages));
    const text = pdfText(saved);
    expect(text).toContain('Record of processing activities');
    const organisations = await serverValue(session, 'organisations:list', {});
    const service = organisations.find((o) => o.name === 'SIA "ZKM Serviss"')!;
    const activities = await serverValue(session, 'activities:list', {});
    for (const activity of activities) {
      if (activity.organisationId === service.id) expect(text).toContain(activity.number);
    }
    const other = activities.find((a) => a.organisationId !== service.id)!;
    expect(text).not.toContain(other.name);
  });

  it('works with the keyboard alone: the Excel export dialog and the report', async () => {
    const { page } = session;
    await openFromNav(page, 'Reģistra faili');
    await page.locator('#screen-title').focus();
    await focusUntil(async () => (await focusedText()) === 'Eksportēt Excel…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Eksportēt Excel darbgrāmatu' });
    await dialog.waitFor();
    // Focus starts inside the dialog and stays there.
    for (let step = 0; step < 6; step += 1) {
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      await page.keyboard.press('Tab');
    }
    await focusUntil(async () => (await focusedText()) === 'Eksportēt…');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Excel darbgrāmata saglabāta: demo.xlsx' }).waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus goes back to the button that opened the dialog.
    expect(await focusedText()).toBe('Eksportēt Excel…');

    // From there to the report: the navigation link, Generate, then Save.
    await focusUntil(async () => (await focusedText()) === 'Audita atskaite', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Audita atskaite (PDF)' }).waitFor();
    await focusUntil(async () => /^Sagatavot/.test(await focusedText()));
    await page.keyboard.press('Enter');
    await page.getByTestId('report-summary').waitFor();
    await focusUntil(async () => (await focusedText()) === 'Saglabāt kā PDF…');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /^Atskaite saglabāta: demo-registrs-.+\.pdf$/ }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
