/**
 * The demo register with everything fixed (clock, ids, register id), so that
 * its report is the same file on every run: the screenshots in
 * docs/screenshots change only when the report's look does.
 */
import { join } from 'node:path';
import { createRegisterFile } from '../../main/db/connection.ts';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { steppingClock, tempDir } from './temp.ts';

/** The day the fixed demo is made and its report printed. */
export const DEMO_REPORT_NOW = new Date(2026, 10, 21, 10, 0, 0);

/** Writes the fixed demo register; returns its path. */
export async function fixedDemoRegister(): Promise<string> {
  const path = join(tempDir(), 'demo.ropa');
  let next = 0;
  const ctx = { now: steppingClock(DEMO_REPORT_NOW.toISOString()), newId: () => `demo-${String(++next).padStart(4, '0')}` };
  const connection = await createRegisterFile(path, {
    now: ctx.now,
    title: DEMO_ORGANISATION_NAME,
    initialise: async (trx) => {
      await seedDemo(trx, ctx);
      await trx.updateTable('meta').set({ value: 'demo-register' }).where('key', '=', 'register_id').execute();
    },
  });
  await connection.close();
  return path;
}
