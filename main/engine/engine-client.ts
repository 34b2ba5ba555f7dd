/**
 * The relay: the host thread's side of the register engine (engine-worker.ts).
 * `invoke(channel, input)` answers exactly what the in-process `dispatch`
 * would (a Result, never a rejection), so Electron's IPC and browser mode's
 * HTTP server use it in its place; the contract's validation, the handlers
 * and the register all run in the worker.
 *
 * Answered here, at once, even while the engine is busy: `tasks:progress`
 * (from the progress messages the engine sends) and `tasks:cancel` (raises
 * the call's cancel flag, a SharedArrayBuffer the engine reads between
 * steps). The host keeps what only it can do: the engine asks for native
 * dialogs, printing and the utility-process probe (`host`).
 *
 * A worker that dies (a native crash, out of memory, a bug that kills the
 * thread) is reported (`onCrash`): each pending call answers ENGINE_STOPPED,
 * a new worker starts, and the register that was open is opened again; the
 * transaction that was under way never committed, so the file is as it was
 * before that call.
 */
import type { TeamPasswordStore } from '../services/team-passwords.ts';
import { Worker } from 'node:worker_threads';
import { contract, isChannel, type Result } from '../../shared/contract/index.ts';
import type { RunningTask, TaskProgress } from '../../shared/contract/tasks.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { issueKey } from '../../shared/validation.ts';
import { AppError, toErrorShape, validationError } from '../errors.ts';
import type { DialogPort, PrintPort } from '../services/app-context.ts';
import { releaseLockOfThisProcess } from '../services/register-lock.ts';
import type { EngineConfig, EngineMessage, HostAnswer, HostAsk, HostMessage } from './protocol.ts';

/** What the host does when the engine asks (Electron: native dialogs, printing, the utility-process probe). */
export interface HostAbilities {
  dialogs?: DialogPort;
  printer?: PrintPort;
  probeFile?: (path: string) => Promise<void>;
  /** Team register passwords kept with safeStorage (main/electron/team-passwords.ts). */
  teamPasswords?: TeamPasswordStore;
}

export interface EngineOptions {
  config: Omit<EngineConfig, 'hostAsks'>;
  host?: HostAbilities;
  /** Unexpected errors in handlers (they reach the user as INTERNAL). */
  onUnexpected?: (channel: string, error: unknown) => void;
  /** The worker stopped unexpectedly; it has been started again (and the register reopened). */
  onCrash?: (error: unknown) => void;
  /** The worker's module (tests); by default engine-worker.ts beside this file, or engine-worker.mjs beside the bundle. */
  workerUrl?: URL;
}

/** One call's answer with the files it saved for browser mode's downloads. */
export interface EngineAnswer {
  result: Result<unknown>;
  saved: Array<{ fileName: string; path: string }>;
}

/** The same as JSON text, written in the engine: browser mode sends it as it is, so a big answer costs the host no parsing or writing. */
export interface EngineJsonAnswer {
  json: string;
  saved: Array<{ fileName: string; path: string }>;
}

type Answered = { result: Result<unknown> | null; json: string | null; saved: EngineAnswer['saved'] };

export interface Engine {
  /** A contract call, as `dispatch` answers it. */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** The same, with the files the call saved (browser mode offers them for download). */
  call(channel: unknown, input: unknown): Promise<EngineAnswer>;
  /** The same, the Result as JSON text (browser mode's HTTP answers). */
  callJson(channel: unknown, input: unknown): Promise<EngineJsonAnswer>;
  /** The host's own request: open the register at `path` (a file given on the command line). */
  open(path: string): Promise<Result<unknown>>;
  /** The host's own request: close the register (on quit); the engine keeps answering. */
  close(): Promise<void>;
  /** Closes the register and stops the worker; later calls answer ENGINE_STOPPED. */
  stop(): Promise<void>;
  /** The app's language as the engine last reported it (the window's own messages follow it). */
  readonly language: Language;
  /** The register open in the engine, as last reported. */
  readonly registerPath: string | null;
  /** The worker thread now serving (a new one after a crash). */
  readonly worker: Worker;
}

interface Pending {
  channel: string;
  startedAt: number;
  progress: TaskProgress | null;
  cancel: Int32Array | null;
  settle(answer: Answered): void;
}

/** The engines started in this process and not stopped (diagnostics, and the shell's tests: the register lives in a worker). */
const engines = new Set<Engine>();

/** The engines running in this process. */
export function runningEngines(): readonly Engine[] {
  return [...engines];
}

const resultOf = (answer: Answered): Result<unknown> => answer.result ?? (JSON.parse(answer.json ?? 'null') as Result<unknown>);

const defaultWorkerUrl = (): URL => new URL(import.meta.url.endsWith('.ts') ? './engine-worker.ts' : './engine-worker.mjs', import.meta.url);

/** Starts the register engine in a worker thread and answers its relay. */
export function startEngine(options: EngineOptions): Engine {
  const host = options.host ?? {};
  const config: EngineConfig = { ...options.config, hostAsks: { dialogs: !!host.dialogs, printer: !!host.printer, probeFile: !!host.probeFile, teamPasswords: !!host.teamPasswords } };
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let language = config.language;
  let registerPath: string | null = null;
  let author: string | null = null;
  let closing = false;
  let worker: Worker;
  let reopenId: number | null = null;
  let reopening: Promise<void> | null = null;

  const stopped = (): Answered => ({ result: { ok: false, error: toErrorShape(new AppError('ENGINE_STOPPED'), language) }, json: null, saved: [] });

  function send(message: HostMessage): void {
    worker.postMessage(message);
  }

  function request(channel: string, cancel: Int32Array | null, message: (id: number) => HostMessage): Promise<Answered> {
    const id = (nextId += 1);
    return new Promise<Answered>((resolve) => {
      pending.set(id, { channel, startedAt: Date.now(), progress: null, cancel, settle: resolve });
      // An idle engine does not keep the process alive; one with calls in flight does.
      worker.ref();
      send(message(id));
    });
  }

  async function answerAsk(ask: HostAsk): Promise<HostAnswer> {
    switch (ask.method) {
      case 'chooseFileToOpen':
        return host.dialogs ? host.dialogs.chooseFileToOpen(...ask.args) : null;
      case 'chooseFileToSave':
        return host.dialogs ? host.dialogs.chooseFileToSave(...ask.args) : null;
      case 'printPdf':
        if (!host.printer) throw new AppError('PRINT_UNAVAILABLE');
        return host.printer.printPdf(...ask.args);
      case 'probeFile':
        await host.probeFile?.(...ask.args);
        return undefined;
      case 'teamPasswordKeep':
        return (await host.teamPasswords?.keep(...ask.args)) ?? false;
      case 'teamPasswordLoad':
        return host.teamPasswords?.load(...ask.args);
      case 'teamPasswordForget':
        await host.teamPasswords?.forget(...ask.args);
        return undefined;
    }
  }

  function onMessage(message: EngineMessage): void {
    switch (message.type) {
      case 'result': {
        language = message.state.language;
        registerPath = message.state.registerPath;
        author = message.state.author;
        if (message.id === reopenId) reopenId = null;
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (pending.size === 0) worker.unref();
        call?.settle({ result: message.result, json: message.json, saved: message.saved });
        return;
      }
      case 'progress': {
        const call = pending.get(message.id);
        if (call) call.progress = message.progress;
        return;
      }
      case 'ask':
        answerAsk(message).then(
          (value) => send({ type: 'answer', id: message.id, ok: true, value }),
          (error: unknown) =>
            send({
              type: 'answer',
              id: message.id,
              ok: false,
              error: { message: error instanceof Error ? error.message : String(error), ...(error instanceof AppError ? { appError: { code: error.code, params: error.params } } : {}) },
            }),
        );
        return;
      case 'unexpected':
        options.onUnexpected?.(message.channel, new Error(message.message));
        return;
    }
  }

  function crashed(error: unknown): void {
    const failed = [...pending.values()];
    pending.clear();
    const crashedDuringReopen = reopenId !== null;
    reopenId = null;
    for (const call of failed) call.settle(stopped());
    if (closing) return;
    spawn();
    // The new engine speaks the user's language (spawn) and records changes under the same name before anything else.
    if (author) send({ type: 'call', id: (nextId += 1), channel: 'app:setAuthor', input: { author }, cancel: new SharedArrayBuffer(4) });
    // A register whose reopening killed the engine again is not opened a third time: the user opens it (or another).
    if (registerPath && !crashedDuringReopen) {
      const path = registerPath;
      releaseLockOfThisProcess(path);
      // Calls wait for the reopening: the engine answers concurrently, and a call must not find no register.
      reopening = request('(reopen)', null, (id) => {
        reopenId = id;
        return { type: 'open', id, path };
      }).then((answer) => {
        reopening = null;
        const result = resultOf(answer);
        if (!result.ok) options.onUnexpected?.('(reopen)', new Error(result.error.message));
      });
    } else {
      registerPath = null;
    }
    options.onCrash?.(error);
  }

  function spawn(): void {
    const started = new Worker(options.workerUrl ?? defaultWorkerUrl(), { workerData: { ...config, language } satisfies EngineConfig });
    let gone = false;
    const fail = (error: unknown) => {
      if (gone || started !== worker) return;
      gone = true;
      crashed(error);
    };
    started.on('message', onMessage);
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`the register engine's worker exited (code ${code})`)));
    started.unref();
    worker = started;
  }

  /** `tasks:progress` and `tasks:cancel`, answered here without waiting for the engine. */
  function answerLocally(channel: 'tasks:progress' | 'tasks:cancel', input: unknown): Result<unknown> {
    const parsed = contract[channel].input.safeParse(input ?? {}, { error: issueKey });
    if (!parsed.success) return { ok: false, error: toErrorShape(validationError(parsed.error), language) };
    const calls = [...pending.values()].filter((call) => call.cancel !== null);
    if (channel === 'tasks:progress') {
      const now = Date.now();
      const running: RunningTask[] = calls.map((call) => ({ channel: call.channel, elapsedMs: Math.max(0, now - call.startedAt), progress: call.progress }));
      return { ok: true, value: { running } };
    }
    const wanted = (parsed.data as { channel?: string }).channel;
    const chosen = calls.filter((call) => !wanted || call.channel === wanted);
    for (const call of chosen) Atomics.store(call.cancel!, 0, 1);
    return { ok: true, value: { cancelled: chosen.length } };
  }

  async function relay(channel: unknown, input: unknown, json: boolean): Promise<Answered> {
    if (channel === 'tasks:progress' || channel === 'tasks:cancel') return { result: answerLocally(channel, input), json: null, saved: [] };
    if (reopening) await reopening;
    if (closing) return stopped();
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    const name = isChannel(channel) ? channel : String(typeof channel);
    return request(name, cancel, (id) => ({ type: 'call', id, channel, input, cancel: cancel.buffer as SharedArrayBuffer, json }));
  }

  async function call(channel: unknown, input: unknown): Promise<EngineAnswer> {
    const answer = await relay(channel, input, false);
    return { result: resultOf(answer), saved: answer.saved };
  }

  spawn();
  const engine: Engine = {
    call,
    async callJson(channel, input) {
      const answer = await relay(channel, input, true);
      return { json: answer.json ?? JSON.stringify(answer.result), saved: answer.saved };
    },
    invoke: async (channel, input) => (await call(channel, input)).result,
    open: async (path) => resultOf(await request('(open)', null, (id) => ({ type: 'open', id, path }))),
    async close() {
      if (!closing) await request('(close)', null, (id) => ({ type: 'close', id }));
    },
    async stop() {
      if (closing) return;
      await request('(close)', null, (id) => ({ type: 'close', id }));
      closing = true;
      engines.delete(engine);
      await worker.terminate();
    },
    get language() {
      return language;
    },
    get registerPath() {
      return registerPath;
    },
    get worker() {
      return worker;
    },
  };
  engines.add(engine);
  return engine;
}
