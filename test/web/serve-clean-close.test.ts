/**
 * Browser mode as its own process (main/web/serve.ts --settings): stopped
 * with SIGTERM it closes the register cleanly and keeps its close stamp in
 * the settings folder; started again on the unchanged file it opens it
 * without the probe's child process; started on the file changed outside
 * the app it probes it again (issue 19's cold start, services/clean-close.ts).
 * The probe's child is kept once started, so it is seen among the server's
 * children.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRegisterFile } from '../helpers/safety.ts';
import { tempDir } from '../helpers/temp.ts';

const SERVE = fileURLToPath(new URL('../../main/web/serve.ts', import.meta.url));
let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill('SIGKILL');
});

/** Starts browser mode on `path` with `settings`; resolves once it prints its address. */
function serve(path: string, settings: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, '--db', path, '--settings', settings, '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    running = child;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ROPA: ')) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve.ts exited ${code}: ${output}`)));
  });
}

/** The processes `pid` started (from any of its threads) that are still running. */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number));
}

async function stop(child: ChildProcess): Promise<number | string | null> {
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.kill('SIGTERM');
  return exited;
}

describe('browser mode keeps the register it closed cleanly', () => {
  it('opens it again without the probe, and probes it again once changed outside the app', async () => {
    const folder = tempDir();
    const path = await demoRegisterFile(join(folder, 'mine.ropa'));
    const settings = join(folder, 'settings');

    const first = await serve(path, settings);
    expect(childrenOf(first.pid!)).toHaveLength(1);
    expect(await stop(first)).toBe(0);
    const kept = JSON.parse(readFileSync(join(settings, 'clean-closes.json'), 'utf8')) as Array<{ path: string }>;
    expect(kept.map((entry) => entry.path)).toEqual([path]);

    const again = await serve(path, settings);
    expect(childrenOf(again.pid!)).toEqual([]);
    expect(await stop(again)).toBe(0);

    const db = new Database(path);
    db.prepare("UPDATE organisation SET name = name || ' (changed elsewhere)'").run();
    db.close();
    const changed = await serve(path, settings);
    expect(childrenOf(changed.pid!)).toHaveLength(1);
    expect(await stop(changed)).toBe(0);
    expect(existsSync(join(settings, 'clean-closes.json'))).toBe(true);
  }, 120_000);
});
