import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetKey, startWebServer, type WebServer } from '../../main/web/server.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/services/csp.ts';
import { tempDir } from '../helpers/temp.ts';
import { testApp } from '../helpers/app.ts';

let running: WebServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve() {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ROPA</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  const { app } = testApp('en');
  running = await startWebServer(app, { rendererDir: renderer });
  return running;
}

/** A raw HTTP request (fetch would not let us forge the Host header). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints an address carrying the token', async () => {
    const web = await serve();
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const address = web.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves nothing without the token, the page with it (setting the cookie), assets with the cookie', async () => {
    const web = await serve();
    const base = web.url.split('?')[0] as string;
    expect((await raw(base)).status).toBe(403);
    expect((await raw(`${base}?token=wrong`)).status).toBe(403);
    const page = await raw(web.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const cookie = String(page.headers['set-cookie']).split(';')[0] as string;
    // Named for this run's port, and never the API token: other services on 127.0.0.1 receive it too.
    const port = new URL(web.url).port;
    expect(cookie).toBe(`ropa_assets_${port}=${assetKey(web.token)}`);
    expect(cookie).not.toContain(web.token);
    const apiWithCookie = await raw(`${base}api/invoke`, { method: 'POST', body: JSON.stringify({ channel: 'app:info', input: {} }), headers: { cookie, 'x-ropa-token': cookie.split('=')[1] as string } });
    expect(apiWithCookie.status).toBe(403);
    expect((await raw(`${base}assets/app.js`)).status).toBe(403);
    expect((await raw(`${base}assets/app.js`, { headers: { cookie } })).status).toBe(200);
    expect((await raw(`${base}..%2f..%2fetc%2fpasswd`, { headers: { cookie } })).status).toBe(404);
  });

  it('answers API calls only with the token header, and dispatches them', async () => {
    const web = await serve();
    const api = web.url.replace(/\/\?token=.*$/, '/api/invoke');
    const body = JSON.stringify({ channel: 'app:info', input: {} });
    expect((await raw(api, { method: 'POST', body })).status).toBe(403);
    const cookieOnly = await raw(api, { method: 'POST', body, headers: { cookie: `ropa_token=${web.token}` } });
    expect(cookieOnly.status).toBe(403);
    const ok = await raw(api, { method: 'POST', body, headers: { 'x-ropa-token': web.token, 'content-type': 'application/json' } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { transport: 'web', language: 'en' } });
    const garbage = await raw(api, { method: 'POST', body: '{nope', headers: { 'x-ropa-token': web.token } });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const web = await serve();
    const response = await raw(web.url, { headers: { host: 'evil.example:80' } });
    expect(response.status).toBe(421);
  });
});
