/**
 * The long calls running in the register engine, and cancelling them
 * (issue 12: the engine off the window's thread).
 *
 * The engine (the register and the dispatcher) runs in a worker thread
 * (main/engine/). These two channels are answered by the relay on the
 * window's side at once, without waiting for the engine, so they answer
 * even while the engine is busy with a long call (the first checks of a big
 * register, an import, a restore). The window asks `tasks:progress` a few
 * times a second while it waits, as for the Excel import's progress
 * (import-progress.ts: both transports carry request and answer only).
 * `tasks:cancel` raises the call's cancel flag, which the operation reads
 * between its steps: the pending call then answers CANCELLED, and a write
 * that was under way is rolled back, so the register is as it was.
 */
import { z } from 'zod';
import { channel } from './define.ts';

/** How far one long call is: `done` of `total` steps (total unknown: null) in `stage`. */
export const TaskProgress = z.object({
  /** What it is doing now, e.g. 'reading', 'checking', 'writing'. */
  stage: z.string().max(40),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

export const RunningTask = z.object({
  channel: z.string().max(100),
  /** Milliseconds since the call started. */
  elapsedMs: z.number().int().nonnegative(),
  /** Null until the operation reports its first step. */
  progress: TaskProgress.nullable(),
});
export type RunningTask = z.infer<typeof RunningTask>;

export const tasksContract = {
  /** The contract calls running now (the oldest first) and how far each is; empty when none is. */
  'tasks:progress': channel(z.object({}).strict(), z.object({ running: z.array(RunningTask) })),
  /**
   * Cancels the running calls of `channel` (every running call when absent).
   * `cancelled` is how many were asked to stop; each answers CANCELLED at
   * its next step and writes nothing.
   */
  'tasks:cancel': channel(z.object({ channel: z.string().max(100).optional() }).strict(), z.object({ cancelled: z.number().int().nonnegative() })),
};
