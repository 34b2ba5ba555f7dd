import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getActivity, loadActivities, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { loadBreaches, saveBreach } from '../../main/db/repositories/breach-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import { ActivityInput } from '../../shared/domain/activity.ts';
import { useBackends } from '../helpers/backends.ts';
import { breachInput } from '../helpers/dpo-records.ts';
import { fullActivity, smallRegisterOn } from '../helpers/registers.ts';

/**
 * Reading activities appends each link row to its activity as it comes when
 * the table gives each activity's rows together and in position order (how
 * saves write them), and sorts by position otherwise. These tests store the
 * rows in other orders behind the app's back (what a PostgreSQL table gives
 * after updates, or an older file) and read them back.
 */
const backends = useBackends();

type Row = { owner: string; position: number };
type Table = 'activity_security_measure' | 'breach_activity';

/** Stores a link table's rows again, in the order `arrange` gives (positions unchanged). */
async function storeInOrder(db: Kysely<DB>, table: Table, owner: string, arrange: (rows: Row[]) => Row[]): Promise<void> {
  const any = db as unknown as Kysely<Record<Table, Record<string, string | number>>>;
  const rows = await any.selectFrom(table).selectAll().execute();
  await any.deleteFrom(table).execute();
  const arranged = arrange(rows.map((row) => ({ ...row, owner: row[owner] as string, position: row.position as number })));
  for (const { owner: _owner, ...row } of arranged) await any.insertInto(table).values(row).execute();
}

const byPositionDescending = (rows: Row[]) => [...rows].sort((a, b) => b.position - a.position);
/** Each owner's rows in two runs, each run in position order (even positions, then odd), the owners taking turns. */
const inTwoRuns = (rows: Row[]) => [...rows].sort((a, b) => (a.position % 2) - (b.position % 2) || a.owner.localeCompare(b.owner) || a.position - b.position);

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
      await storeInOrder(connection.db, 'activity_security_measure', 'activity_id', arrange);

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

    it('a breach’s activities are read in its own order', async () => {
      const { connection, ctx, organisation, processor, rule, activity } = await smallRegisterOn(backend.create);
      const ids = [activity.id];
      await connection.db.transaction().execute(async (trx) => {
        for (const number of ['A-2', 'A-3', 'A-4']) {
          ids.push((await saveActivity(trx, ActivityInput.parse({ ...fullActivity(organisation.id, processor.id, rule.id), number }), ctx)).id);
        }
        await saveBreach(trx, breachInput(organisation.id, { number: 'IN-1', activityIds: [ids[3]!, ids[1]!, ids[0]!, ids[2]!] }), ctx);
        await saveBreach(trx, breachInput(organisation.id, { number: 'IN-2', activityIds: [ids[2]!, ids[0]!] }), ctx);
      });
      const before = await loadBreaches(connection.db);
      await storeInOrder(connection.db, 'breach_activity', 'breach_id', arrange);
      const after = await loadBreaches(connection.db);
      expect(after).toEqual(before);
      expect(after.map((breach) => [breach.number, breach.activityIds])).toEqual(
        expect.arrayContaining([
          ['IN-1', [ids[3], ids[1], ids[0], ids[2]]],
          ['IN-2', [ids[2], ids[0]]],
        ]),
      );
      await connection.close();
    });
  });
});
