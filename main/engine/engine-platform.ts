/**
 * The platform the engine's AppContext gets inside the worker thread: what
 * the host can do (native dialogs, printing, the utility-process probe) is
 * asked of it by message; what plain Node can do (browser mode's workspace
 * dialogs, the Node probe, the recent files' JSON, the clock) runs here.
 */
import { AppError } from '../errors.ts';
import type { AppContext, DialogPort, Platform } from '../services/app-context.ts';
import { nodeFileProbe } from '../services/open-probe.ts';
import { cleanClosesAt } from '../services/clean-close.ts';
import { prewarmReportWorker } from '../pdf/report-worker.ts';
import { recentFilesAt } from '../services/recent-files.ts';
import { workspaceDialogs } from '../web/workspace-dialogs.ts';
import type { EngineConfig, EngineMessage, HostAnswer, HostAsk, HostMessage } from './protocol.ts';

type AnswerMessage = Extract<HostMessage, { type: 'answer' }>;

/** Asks the host and waits for its answer; `settle` delivers the answers as they arrive. */
export function hostAsker(post: (message: EngineMessage) => void): { ask(request: HostAsk): Promise<HostAnswer>; settle(message: AnswerMessage): void } {
  let next = 0;
  const waiting = new Map<number, { resolve(value: HostAnswer): void; reject(error: unknown): void }>();
  return {
    ask(request) {
      const id = (next += 1);
      return new Promise<HostAnswer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        post({ type: 'ask', id, ...request });
      });
    },
    settle(message) {
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (!pending) return;
      if (message.ok) pending.resolve(message.value);
      else if (message.error.appError) pending.reject(new AppError(message.error.appError.code as AppError['code'], message.error.appError.params as AppError['params']));
      else pending.reject(new Error(message.error.message));
    },
  };
}

/** The engine's platform from its config; `app` is the context it will serve (browser mode's dialogs leave its open register out of the lists). */
export function enginePlatform(config: EngineConfig, ask: (request: HostAsk) => Promise<HostAnswer>, app: () => AppContext): Platform {
  const workspace = config.workspace ? workspaceDialogs(config.workspace, () => app().session?.path) : undefined;
  const askedDialogs: DialogPort = {
    chooseFileToOpen: async (kind) => (await ask({ method: 'chooseFileToOpen', args: [kind] })) as string | null,
    chooseFileToSave: async (kind, suggestedName) => (await ask({ method: 'chooseFileToSave', args: [kind, suggestedName] })) as string | null,
  };
  const nodeProbe = config.nodeProbe ? nodeFileProbe() : undefined;
  const probeFile = config.hostAsks.probeFile ? async (path: string) => void (await ask({ method: 'probeFile', args: [path] })) : nodeProbe;
  return {
    transport: config.transport,
    version: config.version,
    dialogs: config.hostAsks.dialogs || !workspace ? askedDialogs : workspace,
    ...(workspace ? { workspace } : {}),
    recentFiles: recentFilesAt(config.recentFilesPath),
    now: () => new Date(),
    onWarning: (what, error) => console.error(`[ropa engine] ${what}:`, error),
    ...(config.hostAsks.printer
      ? { printer: { printPdf: async (pdf, options) => (await ask({ method: 'printPdf', args: [pdf, options] })) as 'printed' | 'openedInViewer' | null } }
      : {}),
    ...(probeFile ? { probeFile } : {}),
    ...(config.cleanClosesPath ? { cleanCloses: cleanClosesAt(config.cleanClosesPath) } : {}),
    ...(config.prewarmReport ? { prewarmReport: () => prewarmReportWorker() } : {}),
    ...(config.hostAsks.teamPasswords
      ? {
          teamPasswords: {
            keep: async (address, password) => (await ask({ method: 'teamPasswordKeep', args: [address, password] })) === true,
            load: async (address) => ((await ask({ method: 'teamPasswordLoad', args: [address] })) as string | undefined) ?? undefined,
            forget: async (address) => void (await ask({ method: 'teamPasswordForget', args: [address] })),
          },
        }
      : {}),
  };
}
