/**
 * The open's probe in the desktop app (main/services/open-probe.ts): the
 * child is Electron's utility process, since the RunAsNode fuse (off, as it
 * must be) keeps the app's binary from being a Node child. This file only
 * adapts `utilityProcess` to the deadline's `StartChild` seam; the protocol,
 * the deadline and the refusal are file-deadline.ts's, tested under Node.
 * The runner is the bundled probe-runner.mjs beside main.mjs
 * (scripts/build.js). A deadline passed ends the child with SIGKILL (by
 * pid; `kill()` sends SIGTERM, which a process inside native code need not
 * obey at once), like the Node child.
 */
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { Answer, DeadlineChild, StartChild } from '../services/file-deadline.ts';
import { probeUnderDeadline } from '../services/open-probe.ts';

function startUtilityChild(runner: string): StartChild {
  return (): DeadlineChild => {
    const child = utilityProcess.fork(runner, [], { stdio: 'ignore', serviceName: 'ROPA file probe' });
    const started: DeadlineChild = {
      on: (_event: 'message', listener: (message: Answer) => void) => child.on('message', listener),
      off: (event: 'message' | 'exit', listener: ((message: Answer) => void) | ((code: number | null) => void)) =>
        event === 'message' ? child.off('message', listener as (message: Answer) => void) : child.off('exit', listener as (code: number) => void),
      once: (_event: 'exit', listener: (code: number | null) => void) => child.once('exit', listener),
      send: (message) => child.postMessage(message),
      killNow: () => {
        try {
          if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
          else child.kill();
        } catch {
          // Gone already.
        }
      },
      stderr: () => '',
    };
    return started;
  };
}

/** The platform's `probeFile` for the desktop app: `dir` is where main.mjs and probe-runner.mjs are. */
export function electronFileProbe(dir: string): (path: string) => Promise<void> {
  const start = startUtilityChild(join(dir, 'probe-runner.mjs'));
  return async (path) => {
    await probeUnderDeadline(path, start);
  };
}
