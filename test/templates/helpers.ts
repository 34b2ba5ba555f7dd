/** A fresh register with one organisation, made through the real code, for the template tests. */
import { join } from 'node:path';
import { listOrganisations } from '../../main/db/repositories/organisation-repository.ts';
import { createRegister } from '../../main/services/register-files.ts';
import type { RegisterSession } from '../../main/services/register-session.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

export async function registerWithOrganisation(name = 'SIA Paraugs'): Promise<{ session: RegisterSession; organisationId: string; path: string }> {
  const path = join(tempDir(), 'paraugs.ropa');
  const session = await createRegister(path, { now: steppingClock('2026-12-04T10:00:00.000Z'), organisationName: name });
  const [organisation] = await listOrganisations(session.db);
  return { session, organisationId: organisation!.id, path };
}

/** How many rows a table holds. */
export async function countRows(session: RegisterSession, table: 'activity' | 'retention_rule' | 'data_category' | 'recipient_category' | 'data_subject_category' | 'history'): Promise<number> {
  const row = await session.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
