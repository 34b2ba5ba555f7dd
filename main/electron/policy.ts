/**
 * The shell's security decisions as pure functions: which frame may call
 * the contract, which link may leave for the system browser, which request
 * may load, which file the app:// protocol may serve. No 'electron' import
 * here (lint keeps it so), so each decision is tested under plain Node
 * (test/electron/policy.test.ts); window.ts, ipc.ts and main.ts only wire
 * them to Electron's events.
 */
import { isAbsolute, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a page of the app itself: app://ropa/... (and nothing that merely starts like it). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** What Electron tells about the frame an IPC message came from. */
export interface SenderFacts {
  /** The id of the sending WebContents. */
  senderId: number;
  /** The sending frame: its URL and whether it is the top-level frame; null when the frame is gone. */
  frame: { url: string; isTopLevel: boolean } | null;
}

/**
 * IPC is answered only for the app's own window (`ownWindowId`, the id of
 * its WebContents), from its top-level frame, showing an app:// page. An
 * iframe (even a blob: one the app made), another window, a page that
 * navigated away, or a frame that has gone are all refused.
 */
export function isTrustedSender(sender: SenderFacts, ownWindowId: number | null): boolean {
  if (ownWindowId === null || sender.senderId !== ownWindowId) return false;
  const frame = sender.frame;
  return frame !== null && frame.isTopLevel && isAppUrl(frame.url);
}

/** Longest address offered to the system browser. */
export const MAX_EXTERNAL_URL = 2048;

/**
 * The address to offer to the system browser for a link the page tried to
 * open, or null to ignore it. Only http and https, with a host, without
 * user:password@ (which hides where a link really goes), at most 2048
 * characters. The caller still asks the user first.
 */
export function externalLinkTarget(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL) return null;
  const parsed = parse(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.toString();
}

/** The id of Chromium's built-in PDF viewer extension. */
const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** Chromium's built-in PDF viewer, which shows a PDF loaded in a window or a frame. */
export const PDF_VIEWER_ORIGIN = `chrome-extension://${PDF_VIEWER_ID}`;

/** A file of the built-in PDF viewer itself (and of no other extension, nor one merely named like it). */
function isPdfViewerUrl(parsed: URL): boolean {
  return parsed.protocol === 'chrome-extension:' && parsed.host === PDF_VIEWER_ID && parsed.port === '' && parsed.username === '' && parsed.password === '';
}

/**
 * Whether the app's session may load `url` at all. Only the app's own
 * protocol, the in-memory data:/blob: URLs the CSP allows for images and
 * the report preview, and the built-in PDF viewer's own files (the preview
 * is a blob: PDF in an iframe, which Chromium shows with that viewer; the
 * session would otherwise cancel its scripts and leave the frame grey).
 * Every network and file URL is cancelled, so nothing remote is ever
 * loaded, whatever a page tries.
 */
export function isAllowedRequest(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'chrome-extension:') return isPdfViewerUrl(parsed);
  return isAppUrl(url);
}

/**
 * What the print window's own session may load: the one PDF file the report
 * produced for this print job, the built-in PDF viewer that shows it, and
 * in-memory data:/blob: URLs. Nothing else, remote or local.
 */
export function isAllowedPrintRequest(url: string, pdfFileUrl: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'file:') return url === pdfFileUrl;
  return url.startsWith(`${PDF_VIEWER_ORIGIN}/`);
}

/**
 * The file under `rendererDir` that app://ropa/<path> serves, or null: no
 * other host, nothing outside the folder (../, encoded %2e%2e, backslashes,
 * absolute paths), no NUL, no malformed escapes.
 */
export function rendererFile(rendererDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = new URL(requestUrl);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\u0000') || relative.includes('\\')) return null;
  const inside = relative.replace(/^\/+/, '');
  if (inside === '' || isAbsolute(inside)) return null;
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, inside));
  return file.startsWith(root) && file !== root ? file : null;
}

/** The Content-Type of a renderer file (one table for the shell and browser mode). */
export { contentTypeOf } from '../services/content-type.ts';
