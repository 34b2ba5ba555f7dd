// `npm run bench:browser [-- --size 10000 --runs 5] [--cold-start-only] [--from-sources]`
//
// Drives the real renderer in Debian's headless Chromium against browser
// mode (`dist/web/launch.mjs`, its own process, as `npm run web` runs it) on a
// generated register, and prints:
//   - time to the first rendered list row, from navigation start (the page
//     loads, asks main for the register and the list's first screenful,
//     renders; the whole list follows, and the other measures wait for it);
//   - time from a keystroke in the search box to the updated list;
//   - time from pressing Enter on a row to the activity editor showing it;
//   - frames dropped while the list scrolls (a 60 Hz frame budget);
//   - process launch to the first list row (cold-start.ts): browser mode
//     started as `npm run web` starts it, first after the build (cold: empty
//     compile cache, a register opened for the first time today) and again
//     (warm); wall time and the CPU time of the server and its probe child.
// Each figure is the median of several runs. Needs dist/renderer (the npm
// script builds it) and /usr/bin/chromium.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { coldStart, coldStartRows, printColdStart, ROWS, serveFile, stopped } from './cold-start.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function registerOf(size: number): Promise<string> {
  const path = join(tmpdir(), 'ropa-bench', `bench-${size}-v4.ropa`);
  if (!existsSync(path)) {
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/run.ts'), '--generate', String(size), path], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not generate the register');
  }
  return path;
}

/** Starts browser mode on a copy of the register; resolves to its address once it prints it. */
async function serve(register: string, workspace: string): Promise<{ url: string; server: ChildProcess }> {
  const copy = join(workspace, 'bench.ropa');
  spawnSync('cp', [register, copy]);
  return serveFile(copy, workspace);
}

/** The list with every row in (its first screenful comes first, marked aria-busy until the rest is in). */
const WHOLE_LIST = '[data-testid="activities-table"] table:not([aria-busy])';

/** Milliseconds from navigation start to the first list row in the DOM, and to the whole list in the table. */
async function firstListRender(page: Page, url: string): Promise<{ first: number; whole: number }> {
  await page.goto('about:blank');
  // The list asks for the compliance checks once its rows are shown; wait for
  // them too, so that the next run does not start while main still runs them.
  const checked = page.waitForResponse((response) => response.request().postData()?.includes('"checks:activities"') ?? false, { timeout: 60_000 });
  await page.goto(url + '#/activities');
  await page.waitForSelector(ROWS);
  await page.waitForSelector(WHOLE_LIST);
  const times = await page.evaluate(() => {
    const w = window as unknown as { __firstRow?: number; __wholeList?: number };
    return { first: w.__firstRow ?? performance.now(), whole: w.__wholeList ?? performance.now() };
  });
  await checked;
  return times;
}

/**
 * Milliseconds from a keystroke to the list's last change for it: the table
 * and its row count are watched until they stay unchanged for 300 ms. Null
 * when the keystroke changed nothing (the query matched the same rows).
 */
async function keystroke(page: Page, text: string): Promise<number | null> {
  await page.waitForSelector(WHOLE_LIST);
  const search = page.getByLabel('Meklēt visā tekstā');
  await search.fill(text.slice(0, -1));
  await page.waitForTimeout(400);
  await search.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __lastChange?: number; __watch?: MutationObserver };
    w.__lastChange = undefined;
    w.__watch?.disconnect();
    w.__watch = new MutationObserver(() => (w.__lastChange = performance.now()));
    w.__watch.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
  });
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.type(text.slice(-1));
  // The search box itself changes at once; what counts is the list, so wait for it to
  // change and then stay quiet (or, when nothing changes within 2 s, for nothing).
  await page.waitForFunction(
    (typedAt) => {
      const w = window as unknown as { __lastChange?: number };
      if (w.__lastChange === undefined) return performance.now() - typedAt > 2000;
      return performance.now() - w.__lastChange > 300;
    },
    started,
    { polling: 50, timeout: 5000 },
  );
  const last = await page.evaluate(() => (window as unknown as { __lastChange?: number }).__lastChange ?? null);
  return last === null ? null : last - started;
}

/** Milliseconds from Enter on a list row to the editor's heading naming the activity. */
async function openActivity(page: Page): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/activities'));
  await page.waitForSelector(WHOLE_LIST);
  const row = page.locator(ROWS).nth(3);
  await row.waitFor();
  const number = (await row.locator('td').first().textContent())?.trim() ?? '';
  await row.focus();
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('#screen-title')?.textContent?.includes(n) ?? false, number, { polling: 'raf' });
  return (await page.evaluate(() => performance.now())) - started;
}

/**
 * Scrolls the list for two seconds, 120 px every frame; answers frames drawn,
 * frames dropped, and the long animation frames Chromium reported.
 *
 * What counts as dropped: the list is scrolled from requestAnimationFrame,
 * so each callback is one frame shown; a gap between two callbacks of more
 * than one 60 Hz frame (16.7 ms) is that many frames, rounded, less the one
 * drawn: 33 ms between two callbacks is one frame dropped, 50 ms two.
 * Beside it, Chromium's own account (PerformanceObserver
 * `long-animation-frame`): the frames whose work (script, style, layout,
 * paint) took over 50 ms, and their blocking time in all. The rAF gaps also
 * count the time the page's process waited for a core; the long frames
 * count what the page itself did, so on a loaded machine the second says
 * more about the list.
 */
async function scrolling(page: Page): Promise<{ frames: number; dropped: number; longFrames: number; blockingMs: number }> {
  await page.evaluate(() => (window.location.hash = '#/activities'));
  await page.waitForSelector(WHOLE_LIST);
  await page.locator(ROWS).first().waitFor();
  return page.evaluate(
    () =>
      new Promise<{ frames: number; dropped: number; longFrames: number; blockingMs: number }>((resolve) => {
        const scroller = document.querySelector('[data-testid="activities-table"]') as HTMLElement;
        const stamps: number[] = [];
        const long: Array<{ blockingDuration?: number }> = [];
        const observer = new PerformanceObserver((entries) => long.push(...(entries.getEntries() as Array<{ blockingDuration?: number }>)));
        observer.observe({ type: 'long-animation-frame', buffered: false });
        const started = performance.now();
        const step = (now: number) => {
          stamps.push(now);
          scroller.scrollTop += 120;
          if (now - started < 2000) requestAnimationFrame(step);
          else {
            const budget = 1000 / 60;
            let dropped = 0;
            for (let i = 1; i < stamps.length; i += 1) dropped += Math.max(0, Math.round(((stamps[i] as number) - (stamps[i - 1] as number)) / budget) - 1);
            observer.disconnect();
            resolve({ frames: stamps.length, dropped, longFrames: long.length, blockingMs: long.reduce((sum, entry) => sum + (entry.blockingDuration ?? 0), 0) });
          }
        };
        requestAnimationFrame(step);
      }),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, runs: { type: 'string' }, 'cold-start-only': { type: 'boolean' }, 'from-sources': { type: 'boolean' } },
    strict: true,
  });
  const size = Number(values.size ?? 10000);
  const runs = Number(values.runs ?? 5);
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) throw new Error('dist/renderer is missing: run `npm run bench:browser` (it builds it)');
  const register = await registerOf(size);
  const launched = await coldStart(register, Math.max(1, Math.round(runs / 2)), CHROMIUM_ARGS, values['from-sources'] ?? false);
  if (values['cold-start-only']) {
    printColdStart(size, launched);
    return;
  }
  const workspace = mkdtempSync(join(tmpdir(), 'ropa-bench-browser-'));
  const { url, server } = await serve(register, workspace);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __firstRow?: number; __wholeList?: number };
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('[data-testid="activities-table"] tbody tr.data-row')) return;
        w.__firstRow ??= performance.now();
        if (document.querySelector('[data-testid="activities-table"] table:not([aria-busy])')) {
          w.__wholeList = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    const first: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const times = await firstListRender(page, url);
      first.push(times.first);
      whole.push(times.whole);
    }
    const keys: number[] = [];
    for (const query of ['grām', 'gramat', 'darbinieku', 'pārbaude 12', 'klientu 7', 'analīze 3']) {
      for (let i = 0; i < Math.max(1, Math.round(runs / 2)); i += 1) {
        const took = await keystroke(page, query);
        if (took !== null) keys.push(took);
      }
    }
    const opens: number[] = [];
    for (let i = 0; i < runs; i += 1) opens.push(await openActivity(page));
    const scrolls: Array<Awaited<ReturnType<typeof scrolling>>> = [];
    for (let i = 0; i < 3; i += 1) scrolls.push(await scrolling(page));
    const dropped = median(scrolls.map((s) => s.dropped));
    const frames = median(scrolls.map((s) => s.frames));
    const longFrames = median(scrolls.map((s) => s.longFrames));
    const blockingMs = median(scrolls.map((s) => s.blockingMs));

    console.log(`ROPA in the browser — ${size} activities; Chromium headless, 1400×900; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`median of ${runs} runs (keystrokes: ${keys.length}; scrolling: 3 × 2 s)\n`);
    console.log('| measure | median | target |');
    console.log('|---|---:|---:|');
    console.log(`| first list render (navigation → first row) | ${median(first).toFixed(0)} ms | 300 ms (open + first list) |`);
    console.log(`| whole list in the table (navigation → every row listed) | ${median(whole).toFixed(0)} ms | — |`);
    console.log(`| keystroke in search → updated list | ${median(keys).toFixed(0)} ms | 50 ms |`);
    console.log(`| Enter on a row → activity editor | ${median(opens).toFixed(0)} ms | 100 ms |`);
    console.log(`| frames dropped while scrolling 2 s (gaps between animation frames over 16.7 ms) | ${dropped} of ${frames + dropped} | 0 (quiet machine) |`);
    console.log(`| long animation frames (work over 50 ms) while scrolling 2 s; their blocking time | ${longFrames}; ${blockingMs.toFixed(0)} ms | 0 |`);
    console.log('\n| launch measure | median | runs | target |');
    console.log('|---|---:|---|---:|');
    for (const row of coldStartRows(launched)) console.log(row);
  } finally {
    await browser.close();
    // Stopped before its folder goes: on its way out it writes its clean close there.
    await stopped(server);
    rmSync(workspace, { recursive: true, force: true });
  }
}

await main();
