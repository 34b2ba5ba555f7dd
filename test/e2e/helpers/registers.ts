/** Register files for the browser tests, built through the real repositories. */
import { join } from 'node:path';
import { createRegisterFile } from '../../../main/db/connection.ts';
import { e2eClock } from './clock.ts';

/** The demo register (`ropa demo`) in `folder`. */
export async function demoRegister(folder: string, name = 'demo.ropa'): Promise<string> {
  const path = join(folder, name);
  const { DEMO_ORGANISATION_NAME, seedDemo } = await import('../../../main/demo/demo-register.ts');
  const now = e2eClock();
  const connection = await createRegisterFile(path, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
  await connection.close();
  return path;
}
