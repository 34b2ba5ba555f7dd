/**
 * Progress and cancel for the contract call being answered, wherever the
 * engine runs (its worker thread, or in-process under the CLI and tests).
 *
 * Each call runs in a task scope (AsyncLocalStorage), so a long operation
 * deep inside a feature asks `checkCancelled()` between its steps and tells
 * `reportProgress()` how far it is, without a parameter threaded through
 * every function. In the worker the cancel flag is a SharedArrayBuffer the
 * host thread sets: it is read synchronously, so a step that never yields to
 * the event loop (the checks' rules, a transaction's inserts) still sees it.
 * Outside a scope both are no-ops.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TaskProgress } from '../../shared/contract/tasks.ts';
import { AppError } from '../errors.ts';

/** One running contract call, as the engine sees it. */
export interface TaskScope {
  readonly channel: string;
  /** Set (to 1) by whoever cancels; read between steps. */
  readonly cancelFlag: Int32Array;
  /** Where progress goes: the host's relay (worker) or the in-process list. */
  onProgress(progress: TaskProgress): void;
}

const scopes = new AsyncLocalStorage<TaskScope>();

/** `tasks:progress` and `tasks:cancel` watch the other calls; they are never tasks of their own. */
const isTaskChannel = (channel: string): boolean => channel.startsWith('tasks:');

/** In-process: the calls running now, for `tasks:progress` and `tasks:cancel` when no relay answers them. */
const running = new Map<TaskScope, { channel: string; startedAt: number; progress: TaskProgress | null }>();

/** A cancel flag nobody else holds yet (the relay sends its own, shared with the host). */
export function newCancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Runs `work` as the task `scope`: long operations inside it can be cancelled and report progress. */
export async function runTask<T>(scope: TaskScope, work: () => Promise<T>): Promise<T> {
  const entry = { channel: scope.channel, startedAt: Date.now(), progress: null as TaskProgress | null };
  const tracked: TaskScope = {
    channel: scope.channel,
    cancelFlag: scope.cancelFlag,
    onProgress: (progress) => {
      entry.progress = progress;
      scope.onProgress(progress);
    },
  };
  running.set(tracked, entry);
  try {
    return await scopes.run(tracked, work);
  } finally {
    running.delete(tracked);
  }
}

/** True once the running call was cancelled. */
export function isCancelled(): boolean {
  const scope = scopes.getStore();
  return scope !== undefined && Atomics.load(scope.cancelFlag, 0) !== 0;
}

/** Throws CANCELLED when the running call was cancelled: call it between steps (inside a transaction it rolls the write back). */
export function checkCancelled(): void {
  if (isCancelled()) throw new AppError('CANCELLED');
}

/** Tells whoever watches how far the running call is (`done` of `total` steps, in `stage`). */
export function reportProgress(stage: string, done: number, total: number | null): void {
  scopes.getStore()?.onProgress({ stage, done, total });
}

/** The calls running in this thread with their last progress (in-process `tasks:progress`). */
export function runningTasks(): Array<{ channel: string; startedAt: number; progress: TaskProgress | null }> {
  return [...running.values()].filter((entry) => !isTaskChannel(entry.channel)).map((entry) => ({ ...entry }));
}

/** Cancels the running calls of `channel` (all when absent) in this thread; answers how many. */
export function cancelRunningTasks(channel?: string): number {
  let count = 0;
  for (const scope of running.keys()) {
    if (isTaskChannel(scope.channel) || (channel && scope.channel !== channel)) continue;
    Atomics.store(scope.cancelFlag, 0, 1);
    count += 1;
  }
  return count;
}
