/**
 * The worker task the app is running for the Excel preview or import, one
 * per app (a new one cancels the last): its progress for
 * `import:xlsxProgress` and its cancel for `import:xlsxCancel`. Kept beside
 * the app, never in the renderer.
 */
import type { ImportProgress } from '../../shared/contract/import-progress.ts';
import type { AppContext } from '../services/app-context.ts';
import { IDLE_PROGRESS } from './read-progress.ts';
import type { WorkerTask } from './read-off-thread.ts';

interface ActiveTask {
  task: WorkerTask<unknown>;
  progress: ImportProgress;
}

const active = new WeakMap<AppContext, ActiveTask>();

/** Runs `start`'s worker task as the app's current one; resolves to its answer. */
export async function runAsCurrentTask<T>(app: AppContext, start: (onProgress: (progress: ImportProgress) => void) => WorkerTask<T>): Promise<T> {
  active.get(app)?.task.cancel();
  const entry: ActiveTask = { progress: { ...IDLE_PROGRESS, running: true }, task: { result: Promise.resolve(), cancel: () => false } };
  const task = start((progress) => (entry.progress = progress));
  entry.task = task;
  active.set(app, entry);
  try {
    return await task.result;
  } finally {
    if (active.get(app) === entry) active.delete(app);
  }
}

/** How far the current task has come; idle when there is none. */
export function currentProgress(app: AppContext): ImportProgress {
  return active.get(app)?.progress ?? IDLE_PROGRESS;
}

/** Stops the current task; false when there was none. */
export function cancelCurrentTask(app: AppContext): boolean {
  const entry = active.get(app);
  if (!entry) return false;
  active.delete(app);
  return entry.task.cancel();
}
