/**
 * The register engine: a worker thread that owns the open register (the
 * AppContext and its RegisterSession) and runs the real dispatcher, so that
 * SQLite work and the checks never hold up the thread that moves and paints
 * the window (Electron's main process) or answers HTTP (browser mode).
 *
 * Each `call` is dispatched as it arrives (a long import still lets a
 * `tasks:progress` or a read through), inside a task scope whose cancel flag
 * is the SharedArrayBuffer the host sent (tasks.ts). The answer carries the
 * engine's state (language, open register) for the host to mirror, and, in
 * browser mode, the files the call saved for download.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from '../handlers/index.ts';
import { AppError, asAppError, toErrorShape } from '../errors.ts';
import { AppContext } from '../services/app-context.ts';
import { enginePlatform, hostAsker } from './engine-platform.ts';
import type { TaskProgress } from '../../shared/contract/tasks.ts';
import type { EngineConfig, EngineMessage, EngineState, HostMessage } from './protocol.ts';

const PROGRESS_EVERY_MS = 50;

const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs as a worker thread only');
const config = workerData as EngineConfig;
const post = (message: EngineMessage) => port.postMessage(message);
const asker = hostAsker(post);
const app: AppContext = new AppContext(enginePlatform(config, asker.ask, () => app), config.language);

function state(): EngineState {
  return { language: app.language, registerPath: app.asOfView?.originalPath ?? app.session?.path ?? null, author: app.author };
}

function answer(id: number, result: Awaited<ReturnType<typeof dispatch>>, asJson = false): void {
  const saved = app.platform.workspace?.takeSaved() ?? [];
  post({ type: 'result', id, result: asJson ? null : result, json: asJson ? JSON.stringify(result) : null, saved, state: state() });
}

/** The host's own requests (not the renderer's): a register named on the command line, closing on quit. */
async function hostRequest(run: () => Promise<unknown>): Promise<Awaited<ReturnType<typeof dispatch>>> {
  try {
    return { ok: true, value: await run() };
  } catch (raw) {
    const error = asAppError(raw);
    if (!(error instanceof AppError)) console.error('[ropa engine]', error);
    return { ok: false, error: toErrorShape(error, app.language) };
  }
}

port.on('message', (message: HostMessage) => {
  switch (message.type) {
    case 'call': {
      // Progress at most every PROGRESS_EVERY_MS (and at each new stage): a loop of thousands of steps must not flood the host.
      let last = { stage: '', at: 0 };
      const onProgress = (progress: TaskProgress) => {
        const now = performance.now();
        if (progress.stage === last.stage && now - last.at < PROGRESS_EVERY_MS) return;
        last = { stage: progress.stage, at: now };
        post({ type: 'progress', id: message.id, progress });
      };
      void dispatch(app, message.channel, message.input, {
        task: { cancelFlag: new Int32Array(message.cancel), onProgress },
        onUnexpected: (channel, error) => post({ type: 'unexpected', channel, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      }).then((result) => answer(message.id, result, message.json === true));
      return;
    }
    case 'open':
      void hostRequest(() => app.open(message.path)).then((result) => answer(message.id, result));
      return;
    case 'close':
      void hostRequest(() => app.close()).then((result) => answer(message.id, result));
      return;
    case 'answer':
      asker.settle(message);
      return;
  }
});
