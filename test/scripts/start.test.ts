/**
 * `npm start` where Electron's runtime cannot be downloaded (this machine,
 * CI, a newcomer offline or behind a proxy): one paragraph saying what
 * happened and what to do, exit 1, no stack trace, nothing built. Where the
 * runtime is there, it builds and starts it with the project folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { downloadReason, electronExecutable } from '../../scripts/start.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'start.ts');
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

/** `npm start` as npm runs it, with a download that cannot succeed (a closed local port, a fresh cache). */
function start(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: tempDir(), LANG: 'C.UTF-8', LC_ALL: '', ...env },
  });
}

describe('npm start without Electron’s runtime', () => {
  it('is run by npm start', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.start).toBe('node scripts/start.ts');
  });

  it('ends with one paragraph: what happened, the browser mode command, a mirror or proxy, a runtime unpacked by hand; exit 1, no stack trace', () => {
    // As on every machine that cannot reach GitHub: the package is installed, its runtime is not.
    expect(existsSync(electronExecutable(ELECTRON_DIR, {})), 'this test needs Electron’s runtime missing, as here and on CI').toBe(false);
    const run = start({});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const paragraph = run.stderr.trim();
    expect(paragraph.split('\n')).toHaveLength(1);
    expect(paragraph).toMatch(/^ROPA did not open: Electron \d+\.\d+\.\d+'s runtime is not installed and could not be downloaded \(.+\)\./);
    expect(paragraph).toContain('npm run web');
    expect(paragraph).toContain('ELECTRON_MIRROR=');
    expect(paragraph).toContain('HTTPS_PROXY=');
    expect(paragraph).toMatch(/unpack electron-v\d+\.\d+\.\d+-linux-x64\.zip/);
    expect(paragraph).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('says it in Latvian in a Latvian terminal', () => {
    const run = start({ LANG: 'lv_LV.UTF-8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^ROPA netika atvērta: Electron .* izpildvide nav instalēta.*npm run web.*ELECTRON_OVERRIDE_DIST_PATH=/);
  });

  it('builds and starts the runtime it finds (ELECTRON_OVERRIDE_DIST_PATH) with the project folder', () => {
    const runtime = tempDir();
    const argsFile = join(runtime, 'args.txt');
    writeFileSync(join(runtime, 'electron'), `#!/bin/sh\necho "$@" > '${argsFile}'\n`);
    chmodSync(join(runtime, 'electron'), 0o755);
    const run = start({ ELECTRON_OVERRIDE_DIST_PATH: runtime });
    expect(run.stderr).not.toContain('ROPA did not open');
    expect(run.status).toBe(0);
    expect(resolve(readFileSync(argsFile, 'utf8').trim())).toBe(resolve(ROOT));
    expect(existsSync(join(ROOT, 'dist', 'electron', 'main.mjs'))).toBe(true);
  });

  it('names the download’s own reason, not its stack', () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:15270:13\n  [cause]: Error: getaddrinfo ENOTFOUND github.com';
    expect(downloadReason(output)).toBe('TypeError: fetch failed');
    expect(downloadReason('')).toBe('');
  });
});
