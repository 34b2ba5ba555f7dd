/**
 * `tasks:progress` and `tasks:cancel` in-process (the CLI, tests, and any
 * transport that dispatches directly). With the engine in its worker the
 * relay answers both on the host's side first (main/engine/engine-client.ts)
 * and these never run.
 */
import type { tasksContract } from '../../shared/contract/tasks.ts';
import { cancelRunningTasks, runningTasks } from '../engine/tasks.ts';
import type { HandlerMap } from './types.ts';

export const taskHandlers: HandlerMap<keyof typeof tasksContract> = {
  'tasks:progress': async () => {
    const now = Date.now();
    return { running: runningTasks().map((task) => ({ channel: task.channel, elapsedMs: Math.max(0, now - task.startedAt), progress: task.progress })) };
  },
  'tasks:cancel': async ({ channel }) => ({ cancelled: cancelRunningTasks(channel) }),
};
