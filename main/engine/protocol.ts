/**
 * The messages between the host thread (Electron's main process, browser
 * mode's HTTP server) and the register engine's worker thread
 * (engine-worker.ts). Plain data only: they cross by structured clone.
 *
 * host → engine: `call` (a contract call, with its cancel flag shared in a
 * SharedArrayBuffer), `open` / `close` (the host's own requests: a register
 * given on the command line, quitting), `answer` (to an `ask`).
 * engine → host: `result` (with the engine's state after the call),
 * `progress` (of a running call), `ask` (for what only the host can do:
 * native dialogs, printing, the utility-process probe, the team passwords
 * kept with safeStorage).
 */
import type { Result } from '../../shared/contract/index.ts';
import type { TaskProgress } from '../../shared/contract/tasks.ts';
import type { Language } from '../../shared/i18n/index.ts';
import type { FileKind, PrintOutcome } from '../services/app-context.ts';

/** What the engine builds its platform from (workerData). */
export interface EngineConfig {
  transport: 'electron' | 'web';
  version: string;
  language: Language;
  /** The recent files' JSON file (null: kept in memory only). */
  recentFilesPath: string | null;
  /** The registers last closed cleanly (services/clean-close.ts); absent or null: none kept, every open probed. */
  cleanClosesPath?: string | null;
  /** Browser mode: the workspace folder; its dialogs run in the engine itself (main/web/workspace-dialogs.ts). */
  workspace?: string;
  /** Start the report's worker ahead once a register is shown (pdf/report-worker.ts): the desktop app and browser mode. */
  prewarmReport?: boolean;
  /** Browser mode: probe each open in a Node child process (services/open-probe.ts). */
  nodeProbe?: boolean;
  /** Which of the host's abilities the engine asks for (Electron: dialogs, printing, the utility-process probe). */
  hostAsks: { dialogs: boolean; printer: boolean; probeFile: boolean; teamPasswords?: boolean };
}

/** What the host can be asked: its DialogPort, PrintPort and probe. */
export type HostAsk =
  | { method: 'chooseFileToOpen'; args: [kind: FileKind] }
  | { method: 'chooseFileToSave'; args: [kind: FileKind, suggestedName: string] }
  | { method: 'printPdf'; args: [pdf: Uint8Array, options: { fileName: string; title: string }] }
  | { method: 'probeFile'; args: [path: string] }
  | { method: 'teamPasswordKeep'; args: [address: string, password: string] }
  | { method: 'teamPasswordLoad'; args: [address: string] }
  | { method: 'teamPasswordForget'; args: [address: string] };

export type HostAnswer = string | null | PrintOutcome | boolean | undefined;

/** The engine's state after a call: what the host mirrors (the window's language, the register to reopen after a crash). */
export interface EngineState {
  language: Language;
  /** The register file open in the engine (the real one also while a past moment is shown); null when none. */
  registerPath: string | null;
  /** The name changes are recorded under (app:setAuthor); given to a restarted engine. */
  author: string | null;
}

export type HostMessage =
  /** `json`: answer the Result as JSON text, written in the engine (browser mode sends it as it is; the host never parses it). */
  | { type: 'call'; id: number; channel: unknown; input: unknown; cancel: SharedArrayBuffer; json?: boolean }
  | { type: 'open'; id: number; path: string }
  | { type: 'close'; id: number }
  | { type: 'answer'; id: number; ok: true; value: HostAnswer }
  | { type: 'answer'; id: number; ok: false; error: { message: string; appError?: { code: string; params: Record<string, unknown> } } };

export type EngineMessage =
  | { type: 'result'; id: number; result: Result<unknown> | null; json: string | null; saved: Array<{ fileName: string; path: string }>; state: EngineState }
  | { type: 'progress'; id: number; progress: TaskProgress }
  | ({ type: 'ask'; id: number } & HostAsk)
  | { type: 'unexpected'; channel: string; message: string };
