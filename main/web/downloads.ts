/**
 * Browser mode's downloads: a file an export saved in the workspace is
 * offered to the page as a one-time address (`/download/<random key>`,
 * valid for ten minutes, behind the same asset cookie as the app's code),
 * which answers the file with a Content-Disposition naming it, so the
 * browser saves `SIA Koks.xlsx`, not `download`. The page never sends a path:
 * the key is the server's own.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ServerResponse } from 'node:http';

export const DOWNLOAD_PATH = '/download/';
const DOWNLOAD_TTL_MS = 10 * 60_000;

export type PendingDownloads = Map<string, { path: string; fileName: string; expires: number }>;

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.html': 'text/html; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.ropa': 'application/vnd.sqlite3',
};

/**
 * `attachment; filename="SIA Koks.xlsx"; filename*=UTF-8''SIA%20Koks.xlsx`:
 * an ASCII fallback for old readers, the exact name (Latvian letters too)
 * for the others (RFC 6266).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The files the last call saved (the workspace's `takeSaved()`), each with its one-time address. */
export function offerDownloads(saved: ReadonlyArray<{ fileName: string; path: string }>, pending: PendingDownloads): Array<{ fileName: string; url: string }> {
  const now = Date.now();
  for (const [key, entry] of pending) if (entry.expires < now) pending.delete(key);
  return saved.map(({ fileName, path }) => {
    const key = randomBytes(18).toString('base64url');
    pending.set(key, { path, fileName, expires: now + DOWNLOAD_TTL_MS });
    return { fileName, url: `${DOWNLOAD_PATH}${key}` };
  });
}

type Send = (response: ServerResponse, status: number, type: string, body: string | Buffer, extra?: Record<string, string>) => void;

/** Answers a download once; 404 for an unknown, used or expired key. */
export async function sendDownload(response: ServerResponse, pending: PendingDownloads, key: string, send: Send): Promise<void> {
  const entry = pending.get(key);
  pending.delete(key);
  if (!entry || entry.expires < Date.now()) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  const content = await readFile(entry.path);
  send(response, 200, TYPES[extname(entry.fileName).toLowerCase()] ?? 'application/octet-stream', content, { 'Content-Disposition': contentDisposition(entry.fileName) });
}
