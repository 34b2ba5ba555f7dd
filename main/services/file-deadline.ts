/**
 * The statement-time backstop: work on a register file from elsewhere runs
 * in a child process that is killed (SIGKILL) when it takes longer than a
 * deadline, and the work is refused with TOO_LONG_ON_FILE (lv/en), the file
 * unchanged.
 *
 * Why a process. The issue asked for SQLite's progress handler, which
 * interrupts a statement that runs too long. better-sqlite3 13 exposes
 * neither `sqlite3_progress_handler` nor `sqlite3_interrupt`; Node 22's
 * `node:sqlite` has neither either (its DatabaseSync has open, close,
 * prepare, exec, function, aggregate, sessions and extensions); no PRAGMA
 * bounds a statement's time (`hard_heap_limit` bounds memory, not time),
 * and a native build step is ruled out. A worker thread does not help:
 * measured on Node 22.23, `worker.terminate()` on a worker inside an
 * endless recursive query had not returned after 5 s, and `process.exit`
 * then hung too, because V8 can only stop JavaScript, not the native
 * statement. A child process is stopped by the kernel whatever it runs.
 *
 * What it costs: starting the child (Node, the sources, better-sqlite3)
 * takes about half a second, once: the child is kept for the next task
 * (and never keeps this process alive). It guards the commands whose whole
 * point is a file from elsewhere (`ropa verify`, `ropa repair`) and the
 * app's open of a register (open-probe.ts: the file is probed in the child
 * before it is opened here).
 * Under Electron a child cannot be a Node process (the RunAsNode fuse is
 * off): there the child is Electron's utility process, started by
 * main/electron/file-probe.ts through the `StartChild` seam below, running
 * the bundled probe-runner.ts.
 *
 * The deadline: ROPA_DEADLINE_SECONDS, else 120 s. A register of 10,000
 * activities is verified in a few seconds, so only a file made to hold the
 * program up, or a very damaged one, reaches it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorCode } from '../../shared/contract/result.ts';
import { AppError } from '../errors.ts';

export const DEFAULT_DEADLINE_SECONDS = 120;

/** The deadline in milliseconds: ROPA_DEADLINE_SECONDS when it is a positive number, else the default. */
export function fileDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.ROPA_DEADLINE_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_DEADLINE_SECONDS) * 1000;
}

/** A function exported by one of our modules, and what to call it with (plain data: it crosses to the child). */
export interface DeadlineTask {
  module: URL;
  name: string;
  args: unknown[];
}

export type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; code: ErrorCode; params: Record<string, string | number> } | { id: number; ok: false; message: string; code?: undefined };

const RUNNER = new URL('./deadline-runner.ts', import.meta.url);

/** True where a child can be a Node process running our sources (not Electron, not a bundle). */
export function canRunUnderDeadline(): boolean {
  return !process.versions.electron && import.meta.url.endsWith('.ts');
}

/**
 * A child process as the deadline needs it: Node's `fork` here, Electron's
 * `utilityProcess.fork` in the desktop app (main/electron/file-probe.ts).
 */
export interface DeadlineChild {
  on(event: 'message', listener: (message: Answer) => void): unknown;
  off(event: 'message', listener: (message: Answer) => void): unknown;
  once(event: 'exit', listener: (code: number | null, signal?: string | null) => void): unknown;
  off(event: 'exit', listener: (code: number | null, signal?: string | null) => void): unknown;
  send(message: unknown): void;
  /** Ends the child at once, whatever it runs (SIGKILL). */
  killNow(): void;
  /** What the child last wrote to stderr, for the message when it dies. */
  stderr(): string;
}

/** Starts a child that runs deadline-runner.ts's protocol. */
export type StartChild = () => DeadlineChild;

/** Node's child: a Node process running deadline-runner.ts (about half a second to start). */
export const startNodeChild: StartChild = () => forkRunner(fileURLToPath(RUNNER));

/**
 * A Node child running a bundled runner (`runner`: a file path): browser
 * mode started from its bundle forks probe-runner.mjs, as the desktop app
 * starts it in a utility process. Make it once and reuse it: the idle child
 * is kept per `StartChild`.
 */
export function nodeChildRunning(runner: string): StartChild {
  return () => forkRunner(runner);
}

function forkRunner(runner: string): DeadlineChild {
  const child: ChildProcess = fork(runner, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = `${stderr}${chunk.toString('utf8')}`.slice(-2000)));
  // A waiting child never keeps this process alive (the deadline's timer does while a task runs).
  child.unref();
  child.channel?.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  return {
    on: (event, listener) => child.on(event, listener),
    off: (event, listener) => child.off(event, listener),
    once: (event, listener) => child.once(event, listener),
    send: (message) => child.send(message as object),
    killNow: () => child.kill('SIGKILL'),
    stderr: () => stderr,
  };
}

interface Runner {
  child: DeadlineChild;
  start: StartChild;
  busy: boolean;
}

/** The idle child kept for the next task, per kind of child (started once: about half a second). */
const idle = new Map<StartChild, Runner>();
let nextId = 1;

function startRunner(start: StartChild): Runner {
  const runner: Runner = { child: start(), start, busy: false };
  runner.child.once('exit', () => {
    if (idle.get(start) === runner) idle.delete(start);
  });
  return runner;
}

/**
 * Runs `task` in a child process and answers its value; kills the child and
 * throws TOO_LONG_ON_FILE (naming `file`) once `deadlineMs` has passed.
 * The task's AppErrors come back as they were thrown. One child is kept
 * for the next task; tasks that overlap get a child of their own.
 */
export function runUnderDeadline<T>(task: DeadlineTask, file: string, deadlineMs = fileDeadlineMs(), start: StartChild = startNodeChild): Promise<T> {
  const kept = idle.get(start);
  const runner = kept && !kept.busy ? kept : startRunner(start);
  idle.delete(start);
  runner.busy = true;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const { child } = runner;
    let settled = false;
    const settle = (done: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      runner.busy = false;
      if (keep && !idle.has(start)) idle.set(start, runner);
      else if (keep) child.killNow();
      done();
    };
    const timer = setTimeout(() => {
      child.killNow();
      settle(() => reject(new AppError('TOO_LONG_ON_FILE', { file: basename(file), seconds: deadlineMs / 1000 })), false);
    }, deadlineMs);
    const onMessage = (answer: Answer) => {
      if (answer.id !== id) return;
      settle(() => {
        if (answer.ok) resolve(answer.value as T);
        else reject(answer.code ? new AppError(answer.code, answer.params) : new Error(answer.message));
      }, true);
    };
    const onExit = (code: number | null, signal?: string | null) =>
      settle(() => reject(new Error(`the file's child process ended without answering (${signal ?? code}): ${child.stderr().trim()}`)), false);
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ id, module: task.module.href, name: task.name, args: task.args });
  });
}

/**
 * `task` under the deadline where a child process can run it, else here
 * (`here` runs the same work in this process).
 */
export function underDeadlineWherePossible<T>(task: DeadlineTask, file: string, here: () => Promise<T>): Promise<T> {
  return canRunUnderDeadline() ? runUnderDeadline<T>(task, file) : here();
}
