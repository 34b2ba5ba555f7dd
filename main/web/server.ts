/**
 * Browser mode: the same renderer and the same contract handlers, over HTTP
 * on the loopback interface. For tests in a real browser and for machines
 * without Electron.
 *
 * Guards: listens on 127.0.0.1 only; a random token per run is required on
 * every request (the page gets it once in the URL, then sends it in the
 * X-Ropa-Token header for API calls, which a foreign page cannot set); the
 * assets the page loads after it carry an HttpOnly, SameSite=Strict cookie.
 * Cookies are not kept apart by port, so every other service on 127.0.0.1
 * would receive it: the cookie is therefore named for this run's port and
 * holds a key derived from the token that opens the assets only (the
 * renderer's code), never the token that answers API calls; the Host header must name the
 * loopback address (no DNS rebinding); responses carry the same CSP as the
 * app window. Files an export saved in the workspace are downloaded by the
 * page once each, with their names (downloads.ts).
 *
 * The calls go to the register engine's worker (main/engine/), so a long
 * call (the first checks of a big register, an import) never stops the
 * server answering the page's other requests; tests may hand it an
 * AppContext instead, dispatched in this thread.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentTypeOf } from '../services/content-type.ts';
import { CONTENT_SECURITY_POLICY } from '../services/csp.ts';
import { dispatch } from '../handlers/index.ts';
import { AppContext } from '../services/app-context.ts';
import type { Engine } from '../engine/engine-client.ts';
import { DOWNLOAD_PATH, offerDownloads, sendDownload, type PendingDownloads } from './downloads.ts';

// node:http taken as Node's own object, not imported as an ES module: the ES
// module's namespace reads every export once, and node:http's lazy ones
// (WebSocket, CloseEvent, MessageEvent) load undici: 0.03–0.04 s of CPU on
// its own, 0.16 s in a profile of browser mode's start on a loaded machine,
// before the first request (issue 19's cold start, docs/cold-start.md).
const { createServer } = process.getBuiltinModule('node:http');

export const TOKEN_HEADER = 'x-ropa-token';
/** The asset cookie's name: `ropa_assets_<port>`, one per run. */
const COOKIE_PREFIX = 'ropa_assets_';
/** Largest API request body: more than any valid contract input. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface WebServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, cookie: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookie) return value.join('=');
  }
  return undefined;
}

/** The asset key of a run: derived from its token, useless for API calls. */
export function assetKey(token: string): string {
  return createHmac('sha256', token).update('ropa assets').digest('base64url');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** What the server relays the contract to: the engine's relay, or an AppContext dispatched in this thread. */
export type ContractTarget = AppContext | Pick<Engine, 'callJson'>;

function relayOf(target: ContractTarget, onUnexpected?: (channel: string, error: unknown) => void): Pick<Engine, 'callJson'> {
  if (!(target instanceof AppContext)) return target;
  return {
    callJson: async (channel, input) => ({ json: JSON.stringify(await dispatch(target, channel, input, { onUnexpected })), saved: target.platform.workspace?.takeSaved() ?? [] }),
  };
}

export async function startWebServer(
  target: ContractTarget,
  options: { rendererDir: string; port?: number; token?: string; onUnexpected?: (channel: string, error: unknown) => void },
): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = normalize(options.rendererDir + sep);
  let origin = '';
  let port = 0;
  const pendingDownloads: PendingDownloads = new Map();
  const relay = relayOf(target, options.onUnexpected);

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      options.onUnexpected?.('http', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== origin.slice('http://'.length)) {
      send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/api/invoke') {
      if (request.method !== 'POST' || !sameToken(request.headers[TOKEN_HEADER] as string | undefined, token)) {
        send(response, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Request refused.' } }));
        return;
      }
      const body = await readBody(request);
      if (body === null) {
        send(response, 413, 'application/json', JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Request too large.' } }));
        return;
      }
      let message: { channel?: unknown; input?: unknown };
      try {
        message = JSON.parse(body) as { channel?: unknown; input?: unknown };
      } catch {
        message = {};
      }
      // The Result comes as JSON text, written in the engine: a big answer costs this thread no parsing or writing.
      const { json, saved } = await relay.callJson(message?.channel, message?.input);
      // Files the call saved in the workspace: the page downloads each (downloads.ts), listed beside the Result's own fields.
      const downloads = offerDownloads(saved, pendingDownloads);
      send(response, 200, 'application/json', downloads.length > 0 ? `${json.slice(0, -1)},"downloads":${JSON.stringify(downloads)}}` : json);
      return;
    }
    if (request.method !== 'GET') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const queryToken = url.searchParams.get('token') ?? undefined;
    const cookie = `${COOKIE_PREFIX}${port}`;
    const authorised = sameToken(queryToken, token) || sameToken(cookieValue(request, cookie), assetKey(token));
    if (!authorised) {
      send(response, 403, 'text/plain; charset=utf-8', 'Open the address printed by `npm run web` (it carries the token).');
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PATH)) {
      await sendDownload(response, pendingDownloads, url.pathname.slice(DOWNLOAD_PATH.length), send);
      return;
    }
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    send(response, 200, contentTypeOf(file), content, {
      'Set-Cookie': `${cookie}=${assetKey(token)}; HttpOnly; SameSite=Strict; Path=/`,
    });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
