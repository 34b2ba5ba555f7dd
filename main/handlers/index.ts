/**
 * Every contract channel's handler, and `dispatch`: the one entry point both
 * transports (Electron IPC, loopback HTTP) call. It validates the input
 * against the contract, runs the handler, and always answers a Result: it
 * never throws and never rejects.
 */
import { contract, isChannel, type Channel, type Result } from '../../shared/contract/index.ts';
import { issueKey } from '../../shared/validation.ts';
import { AppError, asAppError, toErrorShape, validationError } from '../errors.ts';
import type { TaskProgress } from '../../shared/contract/tasks.ts';
import { newCancelFlag, runTask } from '../engine/tasks.ts';
import type { AppContext } from '../services/app-context.ts';
import { asTeamError } from '../services/team-session.ts';
import { activityHandlers } from './activity-handlers.ts';
import { checkHandlers } from './check-handlers.ts';
import { backupHandlers } from './backup-handlers.ts';
import { dpoRecordHandlers } from './dpo-record-handlers.ts';
import { exchangeHandlers } from './exchange-handlers.ts';
import { importProgressHandlers } from './import-progress-handlers.ts';
import { liveHandlers } from './live-handlers.ts';
import { noticeHandlers } from './notice-handlers.ts';
import { recordHandlers } from './record-handlers.ts';
import { registerHandlers } from './register-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { searchHandlers } from './search-handlers.ts';
import { teamHandlers } from './team-handlers.ts';
import { taskHandlers } from './task-handlers.ts';
import { templateHandlers } from './template-handlers.ts';
import { templateLibraryHandlers } from './template-library-handlers.ts';
import type { HandlerMap } from './types.ts';
import { versionHandlers } from './version-handlers.ts';
import { xlsxHandlers } from './xlsx-handlers.ts';
import { workspaceHandlers } from './workspace-handlers.ts';

export const handlers: HandlerMap<Channel> = {
  ...registerHandlers,
  ...activityHandlers,
  ...recordHandlers,
  ...exchangeHandlers,
  ...checkHandlers,
  ...backupHandlers,
  ...xlsxHandlers,
  ...importProgressHandlers,
  ...reportHandlers,
  ...searchHandlers,
  ...noticeHandlers,
  ...templateHandlers,
  ...templateLibraryHandlers,
  ...versionHandlers,
  ...dpoRecordHandlers,
  ...workspaceHandlers,
  ...teamHandlers,
  ...taskHandlers,
  ...liveHandlers,
};

export interface DispatchOptions {
  /** Also validate what handlers answer (tests): a handler returning the wrong shape is a bug. */
  checkOutput?: boolean;
  /** Where unexpected errors are reported (they reach the user as INTERNAL). */
  onUnexpected?: (channel: string, error: unknown) => void;
  /**
   * The call's cancel flag and where its progress goes (the engine worker
   * passes the flag the host shares, main/engine/engine-worker.ts); absent
   * in-process, where `tasks:progress` / `tasks:cancel` see the call directly.
   */
  task?: { cancelFlag: Int32Array; onProgress(progress: TaskProgress): void };
}

/** A channel name for messages, whatever was sent (String() throws on some objects). */
function channelLabel(channel: unknown): string {
  return typeof channel === 'string' ? channel.slice(0, 100) : `(${typeof channel})`;
}

export async function dispatch(app: AppContext, channel: unknown, rawInput: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL', { channel: channelLabel(channel) });
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {}, { error: issueKey });
    if (!parsed.success) throw validationError(parsed.error);
    const handler = handlers[channel] as (input: unknown, app: AppContext) => Promise<unknown>;
    const task = options.task ?? { cancelFlag: newCancelFlag(), onProgress: () => undefined };
    const value = await runTask({ channel, ...task }, () => handler(parsed.data, app));
    if (options.checkOutput) {
      const checked = spec.output.safeParse(value);
      if (!checked.success) throw new Error(`handler ${channel} answered a wrong shape: ${checked.error.message}`);
      return { ok: true, value: checked.data };
    }
    return { ok: true, value };
  } catch (raw) {
    // On a team register, a server that went away is said as such, for reads as for writes (team-session.ts).
    const team = app.session?.team;
    const error = asAppError(team ? asTeamError(raw, team) : raw);
    if (!(error instanceof AppError)) options.onUnexpected?.(channelLabel(channel), error);
    return { ok: false, error: toErrorShape(error, app.language) };
  }
}
