/** An AppContext for tests: the real handlers, with dialogs that answer from a queue. */
import { dispatch } from '../../main/handlers/index.ts';
import { AppContext, type DialogPort, type FileKind } from '../../main/services/app-context.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/contract/index.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { steppingClock } from './temp.ts';

export interface QueuedDialogs extends DialogPort {
  /** The next dialog answers this path (null = the user cancels). */
  answer(path: string | null): void;
  asked: Array<{ kind: FileKind; mode: 'open' | 'save'; suggested?: string }>;
}

export function queuedDialogs(): QueuedDialogs {
  const answers: Array<string | null> = [];
  const asked: QueuedDialogs['asked'] = [];
  const next = () => (answers.length > 0 ? (answers.shift() ?? null) : null);
  return {
    asked,
    answer: (path) => answers.push(path),
    async chooseFileToOpen(kind) {
      asked.push({ kind, mode: 'open' });
      return next();
    },
    async chooseFileToSave(kind, suggested) {
      asked.push({ kind, mode: 'save', suggested });
      return next();
    },
  };
}

export function testApp(language: Language = 'lv', now: () => Date = steppingClock()): { app: AppContext; dialogs: QueuedDialogs } {
  const dialogs = queuedDialogs();
  const app = new AppContext(
    { transport: 'web', version: 'test', dialogs, recentFiles: recentFilesAt(null), now },
    language,
  );
  return { app, dialogs };
}

/** Calls a channel through dispatch, checking the output against the contract too. */
export async function invoke<C extends Channel>(app: AppContext, channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return (await dispatch(app, channel, input, { checkOutput: true })) as Result<ChannelOutput<C>>;
}

/** Like invoke, but returns the value or fails the test with the error. */
export async function value<C extends Channel>(app: AppContext, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(app, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A test AppContext on the register at `path`, with the clock `now` for the handlers and the register's writes. */
export async function testAppOn(path: string, now: () => Date, language: Language = 'lv'): Promise<AppContext> {
  const app = new AppContext({ transport: 'web', version: 'test', dialogs: queuedDialogs(), recentFiles: recentFilesAt(null), now }, language);
  await app.open(path);
  return app;
}
