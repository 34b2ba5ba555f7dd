/**
 * `npm run web` as a user runs it: browser mode built by scripts/build.js
 * (`--web`) and started from its bundle (dist/web/launch.mjs), not from the
 * sources the other browser tests serve. It must start, open the register in
 * the engine's worker thread bundled beside it, and answer the window's
 * calls: a bundle missing one of its entry points (the engine worker was,
 * once) fails here, not on the DPO's machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoRegisterFile } from '../helpers/safety.ts';
import { tempDir } from '../helpers/temp.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
});

/** Starts dist/web/launch.mjs on `path` and resolves with the address it prints. */
function launch(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, [join(root, 'dist', 'web', 'launch.mjs'), '--db', path, '--port', '0', '--lang', 'en'], { cwd: root });
    let out = '';
    let err = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /ROPA: (\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    server.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${err}`)));
  });
}

describe('browser mode from its bundle (npm run web)', () => {
  it('starts, opens the register in the bundled engine worker, and answers the window’s calls', async () => {
    const build = spawnSync(process.execPath, ['scripts/build.js', '--web'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const path = await demoRegisterFile(join(tempDir(), 'demo.ropa'));
    const url = await launch(path);
    const token = new URL(url).searchParams.get('token') ?? '';
    const invoke = async (channel: string, input: unknown) => {
      const response = await fetch(new URL('/api/invoke', url), { method: 'POST', body: JSON.stringify({ channel, input }), headers: { 'x-ropa-token': token, 'content-type': 'application/json' } });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    };
    const list = await invoke('activities:list', {});
    expect(list.error).toBeUndefined();
    expect((list.value as unknown[]).length).toBe(18);
    const checks = await invoke('checks:run', {});
    expect(checks.ok).toBe(true);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  }, 240_000);
});
