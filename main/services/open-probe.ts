/**
 * The app's open of a register is probed first, in a child process under
 * the deadline (file-deadline.ts), and only then opened here.
 *
 * Why. better-sqlite3 cannot interrupt a statement, so a statement that
 * runs absurdly long in this process would freeze the window (or, in
 * browser mode, every request) for good. The exact-schema check
 * (db/schema-check.ts) already keeps the file's own SQL from running: no
 * trigger, view or foreign table gets through. What is left is ROPA's own
 * statements on data a sender crafted (a damaged b-tree, a SQLite bug, a
 * file huge enough to take minutes). The probe runs those statements first,
 * where they can be stopped: the open's checks (schema, `integrity_check`,
 * `foreign_key_check`), a migration of an older file (in memory, read-only)
 * and a read of the whole register as the first screens read it. A probe
 * past the deadline kills the child and refuses the open with
 * TOO_LONG_ON_FILE; a refusal of the checks comes back as it was thrown
 * (FOREIGN_SCHEMA, DAMAGED, …). Nothing is written: the probe opens the file
 * read-only.
 *
 * Which opens. Every open of a register by the app (`files:open`, the
 * recent list, a file given on the command line, browser mode's `--db`):
 * the platform's `probeFile` (app-context.ts). Browser mode probes in a
 * Node child (`nodeFileProbe`), the desktop app in Electron's utility
 * process (main/electron/file-probe.ts). A register the app creates is not
 * probed: the app made it. Nor is a register the app last closed cleanly
 * and nobody has changed since (clean-close.ts, issue 19's cold start); a
 * file changed outside the app is probed.
 *
 * Cost: the child starts once (about half a second on a quiet machine) and
 * is kept; then the probe costs what the checks and one read of the
 * register cost: 60–80 ms for the demo register, open included (measured
 * in test/hostile/open-probe.test.ts). The window is not held meanwhile:
 * the probe is awaited, not run, in the app's process. A hostile file is
 * refused by the checks in milliseconds; only a file whose reads run long
 * waits for the deadline (ROPA_DEADLINE_SECONDS, 120 s by default).
 *
 * Limit: the file could change between the probe and the open. The open
 * runs the exact-schema check again, so that change can only be data.
 */
import { fileURLToPath } from 'node:url';
import { openRegisterFile } from '../db/connection.ts';
import { canRunUnderDeadline, fileDeadlineMs, nodeChildRunning, runUnderDeadline, type StartChild } from './file-deadline.ts';
import { exportRegister } from './json-exchange.ts';

export interface ProbeResult {
  schemaVersion: number;
  activities: number;
}

/** The probe itself (runs in the child): open read-only with every check, read the whole register, close. */
export async function probeRegisterFile(path: string): Promise<ProbeResult> {
  const connection = await openRegisterFile(path, { readOnly: true });
  try {
    const document = await exportRegister(connection.db);
    return { schemaVersion: connection.schemaVersion, activities: document.activities.length };
  } finally {
    await connection.close();
  }
}

export const PROBE_TASK = { module: new URL('./open-probe.ts', import.meta.url), name: 'probeRegisterFile' } as const;

/** Probes `path` in a child started by `start` (Node's by default), within the deadline. */
export function probeUnderDeadline(path: string, start?: StartChild, deadlineMs = fileDeadlineMs()): Promise<ProbeResult> {
  return runUnderDeadline<ProbeResult>({ ...PROBE_TASK, args: [path] }, path, deadlineMs, start);
}

/**
 * The platform's `probeFile` under Node (browser mode): a Node child running
 * our sources, or, when browser mode runs from its bundle (dist/web,
 * scripts/build.js), the bundled probe-runner.mjs beside it. Undefined in
 * Electron, which probes in a utility process (main/electron/file-probe.ts).
 */
export function nodeFileProbe(deadlineMs?: number): ((path: string) => Promise<void>) | undefined {
  if (process.versions.electron) return undefined;
  const start = canRunUnderDeadline() ? undefined : nodeChildRunning(fileURLToPath(new URL('./probe-runner.mjs', import.meta.url)));
  return async (path) => {
    await probeUnderDeadline(path, start, deadlineMs ?? fileDeadlineMs());
  };
}
