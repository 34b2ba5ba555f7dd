/**
 * The child process of file-deadline.ts: runs the tasks it is sent, one at
 * a time (a module of ours, an exported function's name, its arguments),
 * answering each one's value or its AppError's code and parameters under
 * the task's id. It stays up for the next task, so Node and the sources
 * load once; it ends when its parent goes. The parent kills it with SIGKILL
 * when a deadline passes, whatever it is doing, native SQLite code
 * included.
 */
import { AppError } from '../errors.ts';

interface Task {
  id: number;
  module: string;
  name: string;
  args: unknown[];
}

async function run(task: Task): Promise<unknown> {
  const loaded = (await import(task.module)) as Record<string, (...args: unknown[]) => unknown>;
  const fn = loaded[task.name];
  if (typeof fn !== 'function') throw new Error(`${task.name} is not a function of ${task.module}`);
  return fn(...task.args);
}

process.on('message', (task: Task) => {
  run(task).then(
    (value) => process.send?.({ id: task.id, ok: true, value }),
    (error: unknown) =>
      process.send?.(
        error instanceof AppError
          ? { id: task.id, ok: false, code: error.code, params: error.params }
          : { id: task.id, ok: false, message: error instanceof Error ? error.message : String(error) },
      ),
  );
});
process.on('disconnect', () => process.exit(0));
