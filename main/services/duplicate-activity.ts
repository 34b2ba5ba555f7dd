/**
 * A copy of an activity is a new draft (issue 14): it describes the same
 * processing (purposes, data, recipients, measures, DPIA criteria), but
 * nobody has reviewed it yet and no DPIA decision covers it unless the DPO
 * says so (`keepDpia`). It gets the next number of the organisation's own
 * numbering and today's date as its creation date.
 */
import type { Kysely } from 'kysely';
import { nextActivityNumber } from '../../shared/domain/activity-number.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { getActivity, saveActivity } from '../db/repositories/activity-repository.ts';
import { timestamp, type WriteContext } from '../db/repositories/write-context.ts';
import type { DB } from '../db/schema.ts';
import { localDayOf } from '../../shared/format.ts';

export async function duplicateActivity(trx: Kysely<DB>, id: string, options: { keepDpia: boolean }, ctx: WriteContext): Promise<Activity> {
  const original = await getActivity(trx, id);
  const rows = await trx.selectFrom('activity').select('number').where('organisation_id', '=', original.organisationId).execute();
  const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...fields } = original;
  const dpia = options.keepDpia ? {} : { dpiaStatus: 'not_assessed' as const, dpiaReference: '', dpiaCompletedOn: null, dpiaNotes: '' };
  return saveActivity(
    trx,
    {
      ...fields,
      ...dpia,
      number: nextActivityNumber(rows.map((row) => row.number)),
      status: 'draft',
      createdOn: localDayOf(timestamp(ctx)),
      lastReviewedOn: null,
      reviewedBy: '',
      nextReviewOn: null,
      endedOn: null,
      replacedById: null,
      purposes: fields.purposes.map(({ id: _p, ...purpose }) => purpose),
      transfers: fields.transfers.map(({ id: _t, ...transfer }) => transfer),
      controllers: fields.controllers.map(({ id: _c, ...controller }) => controller),
    },
    ctx,
  );
}
