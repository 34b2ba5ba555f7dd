/**
 * Reading one or a few activities uses queries compiled once per connection,
 * the ids put in as their parameters (activity-reading.ts `compiledRows`,
 * issue 19). Each read must still give the activities asked for, whole: every
 * demo activity read alone, in pairs and again after a save, equals the same
 * activity read with all the others.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getActivity, loadActivities, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

describe('reading a few activities through compiled queries', () => {
  it('gives each activity asked for, whole, alone and in pairs, and its new text after a save', async () => {
    const now = steppingClock();
    const session = await openRegister(await demoRegisterFile(join(tempDir(), 'compiled.ropa')), { now, backups: { daily: false } });
    try {
      const all = await loadActivities(session.db);
      expect(all.length).toBeGreaterThan(10);
      for (const activity of all) expect(await getActivity(session.db, activity.id)).toEqual(activity);
      for (let index = 1; index < all.length; index += 1) {
        const pair = [all[index]!.id, all[index - 1]!.id];
        expect(await loadActivities(session.db, pair)).toEqual([all[index], all[index - 1]]);
      }
      const changed = all[3]!;
      await session.write((trx) => saveActivity(trx, { ...changed, name: 'Pārdēvēta darbība' }, { now }));
      expect((await getActivity(session.db, changed.id)).name).toBe('Pārdēvēta darbība');
      expect((await getActivity(session.db, all[4]!.id)).name).toBe(all[4]!.name);
    } finally {
      await session.close();
    }
  });
});
