/**
 * The child process of file-deadline.ts: receives one task (a module of
 * ours, an exported function's name, its arguments), runs it, answers its
 * value or its AppError's code and parameters, and exits. The parent kills
 * it with SIGKILL when the deadline passes, whatever it is doing, native
 * SQLite code included.
 */
import { AppError } from '../errors.ts';

interface Task {
  module: string;
  name: string;
  args: unknown[];
}

process.once('message', (task: Task) => {
  const answer = async () => {
    const loaded = (await import(task.module)) as Record<string, (...args: unknown[]) => unknown>;
    const run = loaded[task.name];
    if (typeof run !== 'function') throw new Error(`${task.name} is not a function of ${task.module}`);
    return run(...task.args);
  };
  answer().then(
    (value) => process.send?.({ ok: true, value }, () => process.exit(0)),
    (error: unknown) =>
      process.send?.(
        error instanceof AppError ? { ok: false, code: error.code, params: error.params } : { ok: false, message: error instanceof Error ? error.message : String(error) },
        () => process.exit(0),
      ),
  );
});
