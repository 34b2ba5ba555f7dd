/**
 * The desktop app's child for the open's probe (open-probe.ts): bundled as
 * `probe-runner.mjs` beside main.mjs and started with Electron's
 * `utilityProcess.fork` (main/electron/file-probe.ts). A bundle cannot
 * import our sources by URL as the Node child does (deadline-runner.ts),
 * so the tasks it runs are listed here.
 */
import { serveTasks } from './deadline-serve.ts';
import { probeRegisterFile } from './open-probe.ts';

const TASKS: Record<string, (...args: never[]) => Promise<unknown>> = { probeRegisterFile };

serveTasks(async (task) => {
  const fn = TASKS[task.name];
  if (!fn) throw new Error(`${task.name} is not a task of the probe runner`);
  return fn(...(task.args as never[]));
});
