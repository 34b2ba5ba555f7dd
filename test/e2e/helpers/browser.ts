/**
 * The editor in a real browser: the real web server (main/web/server.ts)
 * with the real handlers, in this process, on a register file; Debian's
 * Chromium driven by playwright-core. With `engine: true` the server relays
 * to the register engine's worker thread, as `npm run web` does (a long
 * call then leaves the server free to answer `tasks:progress`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AppContext } from '../../../main/services/app-context.ts';
import { recentFilesAt } from '../../../main/services/recent-files.ts';
import { startWebServer, type WebServer } from '../../../main/web/server.ts';
import { workspaceDialogs } from '../../../main/web/workspace-dialogs.ts';
import { dispatch } from '../../../main/handlers/index.ts';
import { startEngine, type Engine } from '../../../main/engine/engine-client.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/index.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { e2eClock, installPageClock, processTimeZone } from './clock.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORT = { width: 1400, height: 900 };

export interface EditorSession {
  app: AppContext;
  /** The register engine the server relays to (`openEditor({ engine: true })`); `app` is then unused. */
  engine?: Engine;
  web: WebServer;
  browser: Browser;
  page: Page;
  /** The folder browser mode's file dialogs work in. */
  workspace: string;
  /** Reports of errors the page threw or logged. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A temporary folder that `close` removes. */
export function workspaceDir(): string {
  return mkdtempSync(join(tmpdir(), 'ropa-e2e-'));
}

/**
 * Starts the server on `db` (or with no register open), opens Chromium on
 * its address. The interface language starts as `language`.
 */
export async function openEditor(options: { db?: string; workspace?: string; language?: Language; engine?: boolean } = {}): Promise<EditorSession> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('dist/renderer is missing (the e2e global setup builds it)');
  const workspace = options.workspace ?? workspaceDir();
  const language = options.language ?? 'lv';
  const dialogs = workspaceDialogs(workspace, () => app.session?.path);
  const app: AppContext = new AppContext(
    { transport: 'web', version: 'e2e', dialogs, workspace: dialogs, recentFiles: recentFilesAt(null), now: e2eClock() },
    language,
  );
  const engine = options.engine ? startEngine({ config: { transport: 'web', version: 'e2e', language, recentFilesPath: null, workspace } }) : undefined;
  if (options.db) {
    if (engine) await engine.open(options.db);
    else await app.open(options.db);
  }
  const web = await startWebServer(engine ?? app, { rendererDir: RENDERER_DIR, onUnexpected: (channel, error) => console.error(`[ropa] ${channel}:`, error) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT, locale: language === 'lv' ? 'lv-LV' : 'en-GB', timezoneId: processTimeZone() });
  await installPageClock(context);
  await context.addInitScript((lang) => {
    // about:blank has no storage; only the app's pages need the language.
    if (location.protocol !== 'http:') return;
    if (!localStorage.getItem('ropa.language')) localStorage.setItem('ropa.language', lang);
    // The name changes are recorded under, asked once on the first start (AuthorPrompt): given here.
    // (once per tab: a test that removes it sees the question after a reload)
    if (!sessionStorage.getItem('ropa.authorGiven')) {
      sessionStorage.setItem('ropa.authorGiven', '1');
      if (!localStorage.getItem('ropa.author')) localStorage.setItem('ropa.author', 'E2E tests');
    }
  }, language);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(web.url);
  return {
    app,
    ...(engine ? { engine } : {}),
    web,
    browser,
    page,
    workspace,
    pageErrors,
    async close() {
      await browser.close();
      await web.close();
      await app.close();
      await engine?.stop();
      if (!options.workspace) rmSync(workspace, { recursive: true, force: true });
    },
  };
}

/** Calls a contract channel in the server's process (what the register holds, not what the page shows). */
export async function serverValue<C extends Channel>(session: EditorSession, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = session.engine ? await session.engine.invoke(channel, input) : await dispatch(session.app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}
