/**
 * The child's side of file-deadline.ts: answers each task it is sent (an
 * id, a module, a function's name, its arguments) with the value, or the
 * AppError's code and parameters, under the task's id. One protocol for
 * both kinds of child: a Node child process (`process.send`) and
 * Electron's utility process (`process.parentPort`).
 */
import { AppError } from '../errors.ts';

export interface Task {
  id: number;
  module: string;
  name: string;
  args: unknown[];
}

interface ParentPort {
  on(event: 'message', listener: (event: { data: Task }) => void): unknown;
  postMessage(message: unknown): void;
}

/** Serves tasks with `run` until the parent goes. */
export function serveTasks(run: (task: Task) => Promise<unknown>): void {
  const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
  const reply = (answer: unknown) => (port ? port.postMessage(answer) : process.send?.(answer));
  const handle = (task: Task) =>
    run(task).then(
      (value) => reply({ id: task.id, ok: true, value }),
      (error: unknown) =>
        reply(
          error instanceof AppError
            ? { id: task.id, ok: false, code: error.code, params: error.params }
            : { id: task.id, ok: false, message: error instanceof Error ? error.message : String(error) },
        ),
    );
  if (port) port.on('message', (event) => void handle(event.data));
  else {
    process.on('message', (task: Task) => void handle(task));
    process.on('disconnect', () => process.exit(0));
  }
}
