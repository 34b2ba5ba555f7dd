/**
 * The long contract calls the window is waiting for (issue 12), so that one
 * panel in the shell (app/TaskProgress.tsx) can show their progress from
 * `tasks:progress` and offer Cancel (`tasks:cancel`), whichever screen made
 * the call. `call()` (transport.ts) passes every call through `trackCall`;
 * only the channels in LONG_CHANNELS are tracked. The Excel import keeps its
 * own panel (import:xlsxProgress), so its channels are not here.
 */
import type { Result } from '../../../shared/contract/index.ts';

/** The calls that can run for seconds on a big register and report progress in main. */
export const LONG_CHANNELS: ReadonlySet<string> = new Set([
  'checks:run',
  'import:json',
  'export:json',
  'export:xlsx',
  'report:pdf',
  'report:savePdf',
  'report:print',
  'breaches:saveNotificationPdf',
  'backups:restore',
  'versions:viewAsOf',
  'versions:restore',
]);

export interface LongCall {
  id: number;
  channel: string;
  startedAt: number;
  /** Cancel was pressed: a CANCELLED answer then means the user's cancel, not a dialog closed. */
  cancelRequested: boolean;
}

export interface LongCallsState {
  /** Oldest first. */
  calls: readonly LongCall[];
  /** A call stopped by the user's Cancel answered CANCELLED: the notice shows until dismissed or the next long call. */
  cancelNotice: boolean;
}

let state: LongCallsState = { calls: [], cancelNotice: false };
let nextId = 1;
const listeners = new Set<() => void>();

function update(next: LongCallsState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeLongCalls(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function longCallsState(): LongCallsState {
  return state;
}

/** Marks the running calls of `channel` as cancelled by the user (before `tasks:cancel` is sent). */
export function noteCancelRequested(channel: string): void {
  update({ ...state, calls: state.calls.map((entry) => (entry.channel === channel ? { ...entry, cancelRequested: true } : entry)) });
}

/** Hides the notice that a call was cancelled. */
export function dismissCancelNotice(): void {
  update({ ...state, cancelNotice: false });
}

/** Runs `invoke`; while it runs a long channel's call is listed, and a cancel the user asked for is counted when it answers CANCELLED. */
export async function trackCall<T>(channel: string, invoke: () => Promise<Result<T>>): Promise<Result<T>> {
  if (!LONG_CHANNELS.has(channel)) return invoke();
  const id = nextId++;
  update({ calls: [...state.calls, { id, channel, startedAt: Date.now(), cancelRequested: false }], cancelNotice: false });
  let result: Result<T> | undefined;
  try {
    result = await invoke();
    return result;
  } finally {
    const entry = state.calls.find((call) => call.id === id);
    const cancelled = entry?.cancelRequested === true && result !== undefined && !result.ok && result.error.code === 'CANCELLED';
    update({ calls: state.calls.filter((call) => call.id !== id), cancelNotice: state.cancelNotice || cancelled });
  }
}
