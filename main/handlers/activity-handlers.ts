/** Processing activities and the change history. */
import type { activitiesContract } from '../../shared/contract/activities.ts';
import {
  deleteActivity,
  firstActivitySummaries,
  getActivity,
  listActivitySummaries,
  saveActivity,
} from '../db/repositories/activity-repository.ts';
import { listHistory } from '../db/repositories/history-repository.ts';
import { readTogether } from '../db/read-transaction.ts';
import { duplicateActivity } from '../services/duplicate-activity.ts';
import { verifyRegister } from '../services/verify-register.ts';
import { assertActivityReferences } from '../services/references.ts';
import { assertRevisionRead } from '../db/repositories/revision.ts';
import { assertNotNamedByDpoRecords } from '../services/dpo-records.ts';
import type { RegisterSession } from '../services/register-session.ts';
import type { HandlerMap } from './types.ts';

async function shownAfter<T>(session: RegisterSession, answer: Promise<T>): Promise<T> {
  const value = await answer;
  session.shown();
  return value;
}

export const activityHandlers: HandlerMap<keyof typeof activitiesContract> = {
  // The first list answered is the register shown: the day's backup may start after it (issue 19).
  'activities:list': async (_input, app) => shownAfter(app.requireSession(), listActivitySummaries(app.requireSession().db)),
  'activities:firstRows': async ({ count, sortBy, desc, language }, app) =>
    shownAfter(app.requireSession(), firstActivitySummaries(app.requireSession().db, { count, sortBy, desc, language })),
  'activities:get': async ({ id }, app) => readTogether(app.requireSession().db, (db) => getActivity(db, id)),
  'activities:save': async (draft, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      await assertActivityReferences(trx, draft);
      return saveActivity(trx, draft, session.ctx);
    });
  },
  'activities:duplicate': async ({ id, keepDpia }, app) => {
    const session = app.requireSession();
    return session.write((trx) => duplicateActivity(trx, id, { keepDpia }, session.ctx));
  },
  'activities:delete': async ({ id, revision }, app) => {
    const session = app.requireSession();
    await session.write(async (trx) => {
      const current = await getActivity(trx, id);
      await assertRevisionRead(trx, { entityType: 'activity', entityId: id }, revision, current.revision);
      await assertNotNamedByDpoRecords(trx, { type: 'activity', id }, `${current.number} ${current.name}`.trim());
      await deleteActivity(trx, id, session.ctx);
    });
    return { deleted: true as const };
  },
  'history:list': async (query, app) => {
    const { db, uptoSeq } = app.historySource();
    // In the view of a past moment: the real register's entries up to that moment, newest first.
    const beforeSeq = uptoSeq === null ? query.beforeSeq : Math.min(query.beforeSeq ?? Number.MAX_SAFE_INTEGER, uptoSeq + 1);
    return listHistory(db, { ...query, ...(beforeSeq === undefined ? {} : { beforeSeq }) });
  },
  'history:verify': async (_input, app) => {
    const verdict = await verifyRegister(app.historySource().db);
    return { ...verdict.chain, intact: verdict.intact, records: verdict.records, fingerprint: verdict.fingerprint };
  },
};
