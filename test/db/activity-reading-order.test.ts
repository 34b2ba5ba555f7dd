import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getActivity, loadActivities, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import { ActivityInput } from '../../shared/domain/activity.ts';
import { useBackends } from '../helpers/backends.ts';
import { fullActivity, smallRegisterOn } from '../helpers/registers.ts';

/**
 * Reading activities appends each link row to its activity as it comes when
 * the table gives each activity's rows together and in position order (how
 * saves write them), and sorts by position otherwise. These tests store the
 * rows in other orders behind the app's back (what a PostgreSQL table gives
 * after updates, or an older file) and read them back.
 */
const backends = useBackends();

type Row = { activity_id: string; security_measure_id: string; position: number };

/** Stores the security-measure rows again, in the order `arrange` gives (positions unchanged). */
async function storeInOrder(db: Kysely<DB>, arrange: (rows: Row[]) => Row[]): Promise<void> {
  const rows = await db.selectFrom('activity_security_measure').selectAll().execute();
  await db.deleteFrom('activity_security_measure').execute();
  for (const row of arrange(rows)) await db.insertInto('activity_security_measure').values(row).execute();
}

const byPositionDescending = (rows: Row[]) => [...rows].sort((a, b) => b.position - a.position);
/** Each activity's rows in two runs, each run in position order (even positions, then odd), the activities taking turns. */
const inTwoRuns = (rows: Row[]) =>
  [...rows].sort((a, b) => (a.position % 2) - (b.position % 2) || a.activity_id.localeCompare(b.activity_id) || a.position - b.position);

describe.each(backends)('on $name', (backend) => {
  describe.each([
    ['in reverse position order', byPositionDescending],
    ['in two runs per activity, each in order', inTwoRuns],
  ])('link rows stored %s', (_label, arrange) => {
    it('are read in each activity’s own order, for all activities and for the ones asked for', async () => {
      const { connection, ctx, organisation, processor, rule, activity } = await smallRegisterOn(backend.create);
      const second = await connection.db.transaction().execute((trx) =>
        saveActivity(
          trx,
          ActivityInput.parse({
            ...fullActivity(organisation.id, processor.id, rule.id),
            number: 'A-2',
            securityMeasureIds: ['sm-logging', 'sm-backup', 'sm-mfa', 'sm-access-control'],
          }),
          ctx,
        ),
      );
      const first = await getActivity(connection.db, activity.id);
      expect(first.securityMeasureIds).toEqual(['sm-access-control', 'sm-backup']);
      const before = await loadActivities(connection.db);
      await storeInOrder(connection.db, arrange);

      const all = await loadActivities(connection.db);
      expect(new Map(all.map((a) => [a.id, a.securityMeasureIds]))).toEqual(
        new Map([
          [first.id, ['sm-access-control', 'sm-backup']],
          [second.id, ['sm-logging', 'sm-backup', 'sm-mfa', 'sm-access-control']],
        ]),
      );
      expect(all).toEqual(before);
      expect(await loadActivities(connection.db, [second.id, first.id])).toEqual([second, first]);
      await connection.close();
    });
  });
});
