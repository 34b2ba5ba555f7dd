/**
 * The Electron shell, exercised under Node: main/electron/main.ts and the
 * preload load with a stand-in `electron` module (harness/fake-electron.ts)
 * that records what they ask of Electron and lets this test drive them. The
 * IPC calls are relayed to the register engine's worker thread
 * (main/engine/), where the real dispatcher answers from a real register.
 *
 * Not a substitute for running Electron: it proves the shell asks for the
 * hardening, not that Chromium enforces it (docs/electron-shell.md).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runningEngines } from '../../main/engine/engine-client.ts';
import { app, fake, type FakeBrowserWindow, type FakeSession } from './harness/fake-electron.ts';

vi.mock('electron', () => import('./harness/fake-electron.ts'));

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

let root: string;
let window: FakeBrowserWindow;

/** An IPC call on the contract's one channel, as Electron would deliver it from `frame` of `sender`. */
async function invoke(channel: string, input: unknown, from: { sender?: { id: number }; url?: string; topLevel?: boolean } = {}) {
  const handler = fake.ipcHandlers.get('ropa:invoke');
  if (!handler) throw new Error('no IPC handler registered');
  const event = {
    sender: from.sender ?? window.webContents,
    senderFrame: { url: from.url ?? 'app://ropa/index.html', parent: from.topLevel === false ? {} : null },
  };
  return (await handler(event, channel, input)) as { ok: boolean; value?: unknown; error?: { code: string } };
}

const defaultSession = (): FakeSession => {
  const found = fake.sessions.get('(default)');
  if (!found) throw new Error('the default session was never touched');
  return found;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ropa-shell-'));
  mkdirSync(join(root, 'app', 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>ROPA</title>');
  writeFileSync(join(root, 'app', 'dist', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  mkdirSync(join(root, 'user'));
  app.appPath = join(root, 'app');
  app.paths = { userData: join(root, 'user'), temp: join(root, 'temp') };
  mkdirSync(join(root, 'temp'));
  await import('../../main/electron/main.ts');
});

afterAll(() => {
  app.emit('window-all-closed');
  rmSync(root, { recursive: true, force: true });
});

describe('the Electron shell under a stand-in electron module', () => {
  it('before ready: registers app:// as a standard, secure scheme and takes the single-instance lock', () => {
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.windows).toHaveLength(0);
    expect(app.listenerCount('second-instance')).toBe(1);
  });

  it('when ready: no application menu, a locked-down session, app:// served, IPC wired, one hardened window', async () => {
    app.becomeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    window = fake.windows[0]!;
    expect(fake.applicationMenus).toEqual([null]);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.ipcHandlers.keys()]).toEqual(['ropa:invoke']);
    expect(window.loaded).toEqual(['app://ropa/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      preload: join(root, 'app', 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('app:// serves the renderer with the strict CSP, and nothing outside its folder', async () => {
    const serve = fake.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://ropa/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'|default-src 'self'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|https?:/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>ROPA</title>');
    expect((await serve(new Request('app://ropa/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
    for (const url of ['app://ropa/../../secret.txt', 'app://ropa/%2e%2e/%2e%2e/secret.txt', 'app://other/index.html', 'app://ropa/missing.js']) {
      const answer = await serve(new Request(url));
      expect(answer.status, url).toBe(404);
      expect(await answer.text(), url).not.toContain('not for the page');
    }
  });

  it('denies every permission and cancels every request that is not the app’s own', () => {
    const ses = defaultSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'openExternal']) {
      expect(ses.askPermission(permission), permission).toBe(false);
    }
    expect(ses.permissionCheck?.()).toBe(false);
    expect(ses.devicePermission?.()).toBe(false);
    expect(ses.allows('app://ropa/assets/app.js')).toBe(true);
    expect(ses.allows('blob:app://ropa/5b1c')).toBe(true);
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://example.com/']) {
      expect(ses.allows(url), url).toBe(false);
    }
  });

  it('answers an IPC call from the app’s own top-level frame through the real dispatcher', async () => {
    const info = await invoke('app:info', {});
    expect(info).toEqual({ ok: true, value: expect.objectContaining({ transport: 'electron', version: PACKAGE_VERSION }) });
    // The dispatcher's validation, not the shell's: a bad input is refused with the contract's error.
    expect(await invoke('app:setLanguage', { language: 'de' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await invoke('no:such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses IPC from an iframe, another window and a page that is not the app’s', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(await invoke('app:info', {}, { topLevel: false })).toMatchObject(refused);
    expect(await invoke('app:info', {}, { sender: { id: window.webContents.id + 1000 } })).toMatchObject(refused);
    expect(await invoke('app:info', {}, { url: 'https://evil.example/' })).toMatchObject(refused);
    expect(await invoke('app:info', {}, { url: 'blob:app://ropa/5b1c' })).toMatchObject(refused);
  });

  it('blocks navigation away, redirects, <webview> and new windows; an http(s) link goes to the browser only when the user agrees', async () => {
    const contents = window.webContents;
    expect(contents.cancelled('will-navigate', 'app://ropa/index.html#/activities')).toBe(false);
    expect(contents.cancelled('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.cancelled('will-attach-webview')).toBe(true);

    fake.messageBoxAnswer = { response: 1 };
    expect(contents.cancelled('will-navigate', 'https://www.dvi.gov.lv/lv')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://www.dvi.gov.lv/lv' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.messageBoxes).toHaveLength(2));
    expect(fake.messageBoxes[0]!.owner).toBe(window);
    expect(fake.messageBoxes[0]!.options.message).toBe('Atvērt pārlūkā?\nhttps://www.dvi.gov.lv/lv');
    expect(fake.messageBoxes[0]!.options.buttons).toEqual(['Atvērt', 'Atcelt']);
    expect(fake.openedExternally).toEqual([]);

    fake.messageBoxAnswer = { response: 0 };
    expect(contents.windowOpenHandler?.({ url: 'https://eur-lex.europa.eu/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.openedExternally).toEqual(['https://eur-lex.europa.eu/']));

    // In the app's language: English after the user switches.
    expect(await invoke('app:setLanguage', { language: 'en' })).toMatchObject({ ok: true });
    fake.messageBoxAnswer = { response: 1 };
    contents.windowOpenHandler?.({ url: 'https://example.com/' });
    await vi.waitFor(() => expect(fake.messageBoxes.at(-1)!.options.buttons).toEqual(['Open', 'Cancel']));
    expect(await invoke('app:setLanguage', { language: 'lv' })).toMatchObject({ ok: true });

    // Not http(s): refused without even asking.
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.cancelled('will-navigate', 'javascript:alert(1)')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.messageBoxes).toHaveLength(4);
    expect(fake.openedExternally).toEqual(['https://eur-lex.europa.eu/']);
  });

  it('creates and opens registers through the native dialogs, owned by the window; a cancelled dialog changes nothing', async () => {
    const file = join(root, 'Reģistrs.ropa');
    fake.saveAnswer = { canceled: true };
    expect(await invoke('files:new', { organisationName: 'SIA Piemērs' })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await invoke('register:current', {})).toEqual({ ok: true, value: null });

    fake.saveAnswer = { canceled: false, filePath: file };
    const created = await invoke('files:new', { organisationName: 'SIA Piemērs' });
    expect(created).toMatchObject({ ok: true, value: { fileName: 'Reģistrs.ropa', readOnly: false } });
    const asked = fake.saveDialogs.at(-1)!;
    expect(asked.owner).toBe(window);
    expect(asked.options).toMatchObject({ defaultPath: 'SIA Piemērs.ropa', filters: [{ name: 'ROPA reģistrs (*.ropa)', extensions: ['ropa'] }] });
    expect(existsSync(file)).toBe(true);

    await invoke('files:close', {});
    fake.openAnswer = { canceled: false, filePaths: [file] };
    let forks = fake.utilityForks.length;
    expect(await invoke('files:open', {})).toMatchObject({ ok: true, value: { fileName: 'Reģistrs.ropa' } });
    expect(fake.openDialogs.at(-1)).toMatchObject({ owner: window, options: { properties: ['openFile'] } });
    // The register this app closed itself, unchanged since (its stamp in userData/clean-closes.json): not probed again.
    expect(existsSync(join(root, 'user', 'clean-closes.json'))).toBe(true);
    expect(fake.utilityForks.slice(forks)).toEqual([]);

    // Changed outside the app since: checked first in a utility process, under the deadline (main/electron/file-probe.ts).
    await invoke('files:close', {});
    utimesSync(file, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    forks = fake.utilityForks.length;
    expect(await invoke('files:open', {})).toMatchObject({ ok: true, value: { fileName: 'Reģistrs.ropa' } });
    expect(fake.utilityForks.slice(forks)).toEqual([{ modulePath: expect.stringMatching(/probe-runner\.mjs$/), options: expect.objectContaining({ serviceName: 'ROPA file probe' }) }]);
  });

  it('relays the contract to the register engine in a worker thread, which asks main for the dialogs and starts again after a crash', async () => {
    const engines = runningEngines();
    expect(engines).toHaveLength(1);
    const engine = engines[0]!;
    // The register is open in the worker; main holds no session of its own, only the relay's mirror of the engine's state.
    expect(engine.worker.threadId).toBeGreaterThan(0);
    expect(engine.registerPath).toBe(join(root, 'Reģistrs.ropa'));
    const first = engine.worker;
    await first.terminate();
    await vi.waitFor(() => expect(engine.worker).not.toBe(first));
    expect(await invoke('register:current', {})).toMatchObject({ ok: true, value: { fileName: 'Reģistrs.ropa', readOnly: false } });
  });

  it('prints the report through a hidden, locked-down window with a session of its own', async () => {
    fake.printAnswer = [true, ''];
    const before = fake.windows.length;
    const printed = await invoke('report:print', { lang: 'lv' });
    expect(printed).toEqual({ ok: true, value: { outcome: 'printed' } });
    expect(fake.windows).toHaveLength(before + 1);
    const printer = fake.windows.at(-1)!;
    const prefs = printer.options.webPreferences!;
    expect(printer.options).toMatchObject({ show: false, parent: window });
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' });
    expect(prefs.preload).toBeUndefined();
    const printing = prefs.session as FakeSession;
    expect(printing).not.toBe(defaultSession());
    const pdfUrl = printer.loaded[0]!;
    expect(pdfUrl).toMatch(/^file:\/\/.*\.pdf$/);
    expect(printing.allows(pdfUrl)).toBe(true);
    expect(printing.allows('file:///etc/passwd')).toBe(false);
    expect(printing.allows('https://example.com/')).toBe(false);
    expect(printing.askPermission('media')).toBe(false);
    // A link in the printed PDF opens nothing, and does not even ask.
    const asked = fake.messageBoxes.length;
    expect(printer.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.messageBoxes).toHaveLength(asked);
    expect(printer.webContents.cancelled('will-navigate', 'https://example.com/')).toBe(true);
    expect(printer.webContents.printed).toHaveLength(1);
    // Printed and gone: the window destroyed, the temporary PDF removed.
    expect(printer.destroyed).toBe(true);
    expect(existsSync(new URL(pdfUrl))).toBe(false);

    fake.printAnswer = [false, 'cancelled'];
    expect(await invoke('report:print', { lang: 'lv' })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('a second instance brings the window forward; closing the last window closes the register and quits', async () => {
    app.emit('second-instance', {}, ['ropa']);
    expect(fake.windows.filter((w) => w !== window && !w.destroyed)).toHaveLength(0);
    app.emit('window-all-closed');
    await vi.waitFor(() => expect(app.quits).toBe(1));
    expect(await invoke('register:current', {})).toEqual({ ok: true, value: null });
  });
});

describe('the preload', () => {
  it('exposes one function that sends only the contract’s channels over ropa:invoke', async () => {
    (globalThis as { __ROPA_CHANNELS__?: readonly string[] }).__ROPA_CHANNELS__ = ['app:info'];
    await import('../../main/preload/preload.ts');
    expect([...fake.exposed.keys()]).toEqual(['ropa']);
    const api = fake.exposed.get('ropa') as { invoke(channel: string, input: unknown): Promise<unknown> };
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(await api.invoke('app:info', {})).toEqual({ ok: true, value: 'sent' });
    expect(fake.rendererInvokes).toEqual([['ropa:invoke', 'app:info', {}]]);
    expect(await api.invoke('shell:exec', { command: 'rm' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(fake.rendererInvokes).toHaveLength(1);
  });
});
