/**
 * Printing the report: the PDF main produced is written to a private
 * temporary folder, loaded in a hidden window by Chromium's PDF viewer, and
 * handed to the system print dialog (webContents.print). So what is printed
 * is exactly the PDF the preview shows and "Save as PDF" writes, page for
 * page, not a re-rendering of the screen.
 *
 * Electron 32+ prints a loaded PDF correctly (electron/electron#43309 fixed
 * the blank pages of earlier versions). Where printing still fails, the file
 * is opened in the system's PDF viewer instead, to be printed from there.
 *
 * The window is as locked down as the main one: sandboxed, no Node, no
 * preload, no navigation, no new windows; only the PDF viewer plugin is on.
 */
import { app, BrowserWindow, session, shell } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintOutcome, PrintPort } from '../services/app-context.ts';
import { isAllowedPrintRequest } from './policy.ts';

/** Time for the PDF viewer to lay out the document after the page has loaded. */
const VIEWER_SETTLE_MS = 800;
const CANCELLED = /cancel/i;

/** Folders of files handed to the system viewer: it may still read them, so they go when the app quits. */
const leftForViewer: string[] = [];

/**
 * The print window has a session of its own, in memory: the app's session
 * refuses file: URLs and the PDF viewer (window.ts), this one lets through
 * exactly the PDF of this print job and the viewer that shows it, and denies
 * every permission.
 */
function printSession(fileUrl: string): Electron.Session {
  const printing = session.fromPartition(`ropa-print-${Date.now()}`, { cache: false });
  printing.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url, fileUrl) }));
  return printing;
}

function printWindow(parent: BrowserWindow | null, fileUrl: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    title,
    ...(parent ? { parent } : {}),
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
      webSecurity: true,
      session: printSession(fileUrl),
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== fileUrl) event.preventDefault();
  });
  return window;
}

/** Prints the PDF file through the system dialog: 'printed', null (cancelled) or 'failed'. */
async function printFile(file: string, title: string, parent: BrowserWindow | null): Promise<'printed' | null | 'failed'> {
  const fileUrl = pathToFileURL(file).toString();
  const window = printWindow(parent, fileUrl, title);
  try {
    await window.loadURL(fileUrl);
    await new Promise((resolve) => setTimeout(resolve, VIEWER_SETTLE_MS));
    const { success, failureReason } = await new Promise<{ success: boolean; failureReason: string }>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (ok, reason) => resolve({ success: ok, failureReason: reason }));
    });
    if (success) return 'printed';
    if (CANCELLED.test(failureReason)) return null;
    console.error('[ropa] printing failed:', failureReason);
    return 'failed';
  } catch (error) {
    console.error('[ropa] printing failed:', error);
    return 'failed';
  } finally {
    window.destroy();
  }
}

export function electronPrinter(parent: () => BrowserWindow | null): PrintPort {
  app.on('will-quit', () => {
    for (const folder of leftForViewer.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return {
    async printPdf(pdf, { fileName, title }): Promise<PrintOutcome> {
      const folder = mkdtempSync(join(app.getPath('temp'), 'ropa-print-'));
      const file = join(folder, fileName);
      writeFileSync(file, pdf);
      const printed = await printFile(file, title, parent());
      if (printed !== 'failed') {
        rmSync(folder, { recursive: true, force: true });
        return printed;
      }
      const problem = await shell.openPath(file);
      if (problem) {
        rmSync(folder, { recursive: true, force: true });
        throw new Error(problem);
      }
      leftForViewer.push(folder);
      return 'openedInViewer';
    },
  };
}
