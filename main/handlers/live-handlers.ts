/** Other people's changes (shared/contract/live.ts): answered from the history, or from what a team register announced. */
import type { liveContract } from '../../shared/contract/live.ts';
import { changesAfter } from '../services/register-changes.ts';
import type { HandlerMap } from './types.ts';

export const liveHandlers: HandlerMap<keyof typeof liveContract> = {
  'register:changes': async ({ after }, app) => changesAfter(app.requireSession().db, after),
};
