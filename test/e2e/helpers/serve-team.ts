/**
 * Browser mode on a team register as its own process: `main/web/serve.ts
 * --db postgres://…` with the password in PGPASSWORD (never in the address),
 * and the contract called as the page calls it (POST /api/invoke with the
 * session's token).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './browser.ts';

/** Starts `serve.ts --db <address> --lang en`; resolves with the page's address it prints and the process. */
export function startTeamWeb(address: string, password: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'main/web/serve.ts'), '--db', address, '--lang', 'en'], {
      env: { ...process.env, PGPASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /ROPA: (\S+)/.exec(output);
      if (found) resolve({ url: found[1] as string, child });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve.ts exited ${code}: ${output}`)));
  });
}

export interface InvokeAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** Calls `channel` on the browser-mode server at `url` (the page's address, with its token). */
export async function invokeWeb(url: string, channel: string, input: unknown = {}): Promise<InvokeAnswer> {
  const token = new URL(url).searchParams.get('token') ?? '';
  const response = await fetch(new URL('/api/invoke', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ropa-token': token },
    body: JSON.stringify({ channel, input }),
  });
  return (await response.json()) as InvokeAnswer;
}
