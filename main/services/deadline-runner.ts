/**
 * The Node child process of file-deadline.ts: runs the tasks it is sent, one
 * at a time (a module of ours, an exported function's name, its arguments).
 * It stays up for the next task, so Node and the sources load once; it ends
 * when its parent goes. The parent kills it with SIGKILL when a deadline
 * passes, whatever it is doing, native SQLite code included.
 */
import { serveTasks, type Task } from './deadline-serve.ts';

async function run(task: Task): Promise<unknown> {
  const loaded = (await import(task.module)) as Record<string, (...args: unknown[]) => unknown>;
  const fn = loaded[task.name];
  if (typeof fn !== 'function') throw new Error(`${task.name} is not a function of ${task.module}`);
  return fn(...task.args);
}

serveTasks(run);
