/**
 * The one window, hardened: isolated and sandboxed renderer without Node,
 * pages only from the app's own `app://` protocol with a strict CSP, no
 * navigation away, no new windows, every permission request denied, every
 * network and file request cancelled. Links to http(s) sites open in the
 * system browser after the user confirms. The decisions themselves are the
 * pure, tested functions of policy.ts.
 */
import { readFile } from 'node:fs/promises';
import { BrowserWindow, dialog, protocol, session, shell, type WebContents } from 'electron';
import type { Translate } from '../../shared/i18n/index.ts';
import { CONTENT_SECURITY_POLICY } from '../services/csp.ts';
import { APP_ORIGIN, APP_SCHEME, contentTypeOf, externalLinkTarget, isAllowedRequest, isAppUrl, rendererFile } from './policy.ts';

export { APP_ORIGIN } from './policy.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves dist/renderer under app://ropa/ with the CSP header; nothing outside
 * that folder. Files are read directly (no file:// URL is ever fetched, so
 * the request filter below can refuse them all).
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/**
 * Locks the default session down: every permission (camera, notifications,
 * geolocation, HID, USB, serial...) denied, and every request that is not
 * the app's own protocol, an in-memory data:/blob: URL or the built-in PDF
 * viewer (for the report preview) cancelled.
 */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

/** Asks the user before handing an http(s) link to the system browser; anything else is ignored. */
async function confirmExternal(owner: BrowserWindow | null, url: string, t: Translate): Promise<void> {
  const target = externalLinkTarget(url);
  if (!target) return;
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: [t('shell:openExternal.open'), t('shell:openExternal.cancel')],
    defaultId: 1,
    cancelId: 1,
    message: t('shell:openExternal.message', { url: target, interpolation: { escapeValue: false } }),
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(target);
}

/**
 * For every WebContents the app ever creates: no new windows (http(s) links
 * go to the system browser after confirmation), no navigation or redirect
 * away from app://ropa, no <webview>. `translate` answers the text in the
 * app's current language.
 */
export function guardContents(contents: WebContents, translate: () => Translate): void {
  const owner = () => BrowserWindow.fromWebContents(contents);
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(owner(), url, translate());
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    void confirmExternal(owner(), url, translate());
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ROPA',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click (auxclick) would open links outside the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's built-in PDF viewer, for the report preview (a blob: PDF in an
      // iframe). It is the only plugin Electron has; the CSP's object-src 'none'
      // still refuses <object> and <embed>, and the session lets the viewer's own
      // files through and nothing else (policy.ts isAllowedRequest).
      plugins: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
