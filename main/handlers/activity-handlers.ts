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
import { verifyRegister } from '../services/verify-register.ts';
import { AppError } from '../errors.ts';
import { assertActivityReferences } from '../services/references.ts';
import type { HandlerMap } from './types.ts';

/** The first free "<number>-kopija", "<number>-kopija-2"... in the organisation. */
async function copyNumber(numbers: Set<string>, number: string): Promise<string> {
  let candidate = `${number}-kopija`;
  for (let n = 2; numbers.has(candidate); n += 1) candidate = `${number}-kopija-${n}`;
  return candidate;
}

export const activityHandlers: HandlerMap<keyof typeof activitiesContract> = {
  'activities:list': async (_input, app) => listActivitySummaries(app.requireSession().db),
  'activities:firstRows': async ({ count, sortBy, desc, language }, app) => firstActivitySummaries(app.requireSession().db, { count, sortBy, desc, language }),
  'activities:get': async ({ id }, app) => getActivity(app.requireSession().db, id),
  'activities:save': async (draft, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      await assertActivityReferences(trx, draft);
      return saveActivity(trx, draft, session.ctx);
    });
  },
  'activities:duplicate': async ({ id }, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      const original = await getActivity(trx, id);
      const rows = await trx.selectFrom('activity').select('number').where('organisation_id', '=', original.organisationId).execute();
      const number = await copyNumber(new Set(rows.map((r) => r.number)), original.number);
      const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...fields } = original;
      return saveActivity(
        trx,
        {
          ...fields,
          number,
          status: 'draft',
          endedOn: null,
          replacedById: null,
          purposes: fields.purposes.map(({ id: _p, ...purpose }) => purpose),
          transfers: fields.transfers.map(({ id: _t, ...transfer }) => transfer),
          controllers: fields.controllers.map(({ id: _c, ...controller }) => controller),
        },
        session.ctx,
      );
    });
  },
  'activities:delete': async ({ id, revision }, app) => {
    const session = app.requireSession();
    await session.write(async (trx) => {
      const current = await getActivity(trx, id);
      if (revision !== undefined && revision !== current.revision) throw new AppError('CONFLICT');
      await deleteActivity(trx, id, session.ctx);
    });
    return { deleted: true as const };
  },
  'history:list': async (query, app) => listHistory(app.requireSession().db, query),
  'history:verify': async (_input, app) => {
    const verdict = await verifyRegister(app.requireSession().db);
    return { ...verdict.chain, intact: verdict.intact, records: verdict.records, fingerprint: verdict.fingerprint };
  },
};
