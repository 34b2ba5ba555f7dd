/**
 * Loading one activity runs its fifteen queries in one read transaction on a
 * `.ropa` file (main/db/read-transaction.ts, issue 19): the same activity as
 * read query by query, from a register opened for writing or read-only, and
 * from inside a write's transaction (which it reads in, seeing that write).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getActivity, loadActivities } from '../../main/db/repositories/activity-repository.ts';
import { readTogether } from '../../main/db/read-transaction.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

describe('reading one activity in one transaction', () => {
  it('gives the same activity as reading query by query, writable or read-only, and inside a write sees that write', async () => {
    const now = steppingClock();
    const path = await demoRegisterFile(join(tempDir(), 'together.ropa'));
    const session = await openRegister(path, { now, backups: { daily: false } });
    try {
      const all = await loadActivities(session.db);
      for (const activity of all) {
        expect(await readTogether(session.db, async (db) => [db.isTransaction, await getActivity(db, activity.id)])).toEqual([true, activity]);
      }
      const renamed = await session.write(async (trx) => {
        await trx.updateTable('activity').set({ name: 'Rakstīšanas vidū' }).where('id', '=', all[0]!.id).execute();
        return readTogether(trx, (db) => getActivity(db, all[0]!.id));
      });
      expect(renamed.name).toBe('Rakstīšanas vidū');
      await expect(readTogether(session.db, (db) => getActivity(db, 'nav-tādas'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await session.close();
    }
    const readOnly = await openRegister(path, { now, readOnly: true, backups: { daily: false } });
    try {
      const first = (await loadActivities(readOnly.db))[0]!;
      expect(await readTogether(readOnly.db, (db) => getActivity(db, first.id))).toEqual(first);
    } finally {
      await readOnly.close();
    }
  });
});
