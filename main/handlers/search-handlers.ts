/** Searching the activities' full text (see main/services/search-index.ts). */
import type { searchContract } from '../../shared/contract/search.ts';
import { ActivitySearchIndex } from '../services/search-index.ts';
import type { RegisterSession } from '../services/register-session.ts';
import type { HandlerMap } from './types.ts';

/** One index per open register; it goes away with the session. */
const indexes = new WeakMap<RegisterSession, ActivitySearchIndex>();

function indexOf(session: RegisterSession): ActivitySearchIndex {
  let index = indexes.get(session);
  if (!index) {
    index = new ActivitySearchIndex();
    indexes.set(session, index);
  }
  return index;
}

export const searchHandlers: HandlerMap<keyof typeof searchContract> = {
  'activities:search': async ({ query }, app) => {
    const session = app.requireSession();
    return { ids: await indexOf(session).search(session.db, query) };
  },
};
