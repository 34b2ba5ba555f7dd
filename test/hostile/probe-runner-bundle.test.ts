/**
 * The desktop app's probe child, as it ships: main/services/probe-runner.ts
 * bundled the way scripts/build.js bundles it (probe-runner.mjs), started as
 * a child and spoken to through the deadline's `StartChild` seam, the way
 * main/electron/file-probe.ts does with `utilityProcess.fork`.
 *
 * Electron cannot run here, so the utility process's side is stood in for:
 * the child gets a `process.parentPort` (messages arrive as `{ data }`,
 * answers leave with `postMessage`), the shape Electron gives a utility
 * process, bridged to Node's IPC. The bundle must then take that path.
 */
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../main/errors.ts';
import type { StartChild } from '../../main/services/file-deadline.ts';
import { probeUnderDeadline } from '../../main/services/open-probe.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the project, so the bundle finds node_modules as dist/electron's does.
const outDir = join(root, 'dist', `test-probe-runner-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Gives the child the utility process's `process.parentPort`, carried over Node's IPC. */
const PARENT_PORT = `data:text/javascript,${encodeURIComponent(`
const listeners = [];
process.on('message', (data) => listeners.forEach((listener) => listener({ data })));
process.on('disconnect', () => process.exit(0));
process.parentPort = { on: (event, listener) => { if (event === 'message') listeners.push(listener); }, postMessage: (message) => process.send({ ...message, viaParentPort: true }) };
`)}`;

async function bundledRunner(): Promise<string> {
  const outfile = join(outDir, 'probe-runner.mjs');
  await build({ entryPoints: [join(root, 'main/services/probe-runner.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external', logLevel: 'warning' });
  return outfile;
}

function startBundled(runner: string, seen: { parentPort: boolean }): StartChild {
  return () => {
    const child = fork(runner, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', execArgv: ['--import', PARENT_PORT] });
    child.unref();
    child.channel?.unref();
    (child.stderr as { unref?: () => void } | null)?.unref?.();
    const wrapped = new Map<unknown, (message: { viaParentPort?: boolean }) => void>();
    return {
      on: (event, listener) => {
        const noting = (message: { viaParentPort?: boolean }) => {
          if (message.viaParentPort) seen.parentPort = true;
          listener(message as Parameters<typeof listener>[0]);
        };
        wrapped.set(listener, noting);
        return child.on(event, noting);
      },
      off: (event, listener) => child.off(event, wrapped.get(listener) ?? listener),
      once: (event, listener) => child.once(event, listener),
      send: (message) => child.send(message as object),
      killNow: () => child.kill('SIGKILL'),
      stderr: () => '',
    };
  };
}

describe('the bundled probe runner of the desktop app', () => {
  it('answers the probe through a utility-process-shaped parentPort, refuses a hostile file, and is killed past its deadline', async () => {
    const seen = { parentPort: false };
    const start = startBundled(await bundledRunner(), seen);
    const path = await demoRegisterFile(join(tempDir(), 'demo.ropa'));
    expect(await probeUnderDeadline(path, start, 60_000)).toMatchObject({ activities: 18 });
    expect(seen.parentPort).toBe(true);

    const hostile = join(tempDir(), 'endless.ropa');
    const db = new Database(path, { readonly: true });
    await db.backup(hostile);
    db.close();
    const writer = new Database(hostile);
    writer.exec('CREATE VIEW everything AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n');
    writer.close();
    const before = fileHash(hostile);
    const refused = await probeUnderDeadline(hostile, start, 60_000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('FOREIGN_SCHEMA');

    const late = await probeUnderDeadline(path, start, 5).catch((error: unknown) => error);
    expect((late as AppError).code).toBe('TOO_LONG_ON_FILE');
    expect(fileHash(hostile)).toBe(before);
  }, 120_000);
});
