/**
 * A register with a known past, written through the real code paths with a
 * clock set to known days: made on 21 November 2026 (smallRegister), an
 * activity renamed and the register approved on 5 December, an activity
 * added and the processor removed on 10 December. The as-of, diff, approval
 * and restore tests ask about those days.
 */
import type { Kysely } from 'kysely';
import { saveActivity } from '../../../main/db/repositories/activity-repository.ts';
import { attributeTransaction } from '../../../main/db/repositories/history-repository.ts';
import { deleteProcessor } from '../../../main/db/repositories/processor-repository.ts';
import type { DB } from '../../../main/db/schema.ts';
import { relinkAll } from '../../../main/services/references.ts';
import { approveRegister } from '../../../main/services/versions/approvals.ts';
import { markActivityReviewed } from '../../../main/services/reviews.ts';
import { MarkReviewedRequest } from '../../../shared/contract/checks.ts';
import { ActivityInput, emptyActivity } from '../../../shared/domain/activity.ts';
import type { OpenRegister } from '../../helpers/backends.ts';
import { smallRegister, smallRegisterOn, type SmallRegister } from '../../helpers/registers.ts';

/** The past's clock and writer, on the small register's connection. */
interface PastWriting {
  ctx: { now: () => Date };
  setDay: (iso: string) => void;
  write: <T>(author: string, work: (trx: Kysely<DB>) => Promise<T>) => Promise<T>;
}

export interface PastRegister extends SmallRegister, PastWriting {}

/** The small register on the backend `create` opens, ready for writePast (test/helpers/backends.ts). */
export type PastRegisterOn<R extends OpenRegister> = Awaited<ReturnType<typeof smallRegisterOn<R>>> & PastWriting;

function pastWriting(db: Kysely<DB>): PastWriting {
  let time = Date.parse('2026-12-01T09:00:00.000Z');
  const ctx = { now: () => new Date((time += 1000)) };
  const setDay = (iso: string) => {
    time = Date.parse(iso);
  };
  const write = <T>(author: string, work: (trx: Kysely<DB>) => Promise<T>) =>
    db.transaction().execute((trx) => {
      attributeTransaction(trx, author);
      return work(trx);
    });
  return { ctx, setDay, write };
}

export async function pastRegister(): Promise<PastRegister> {
  const small = await smallRegister();
  return { ...small, ...pastWriting(small.connection.db) };
}

export async function pastRegisterOn<R extends OpenRegister>(create: (options: { now: () => Date; title: string }) => Promise<R>): Promise<PastRegisterOn<R>> {
  const small = await smallRegisterOn(create);
  return { ...small, ...pastWriting(small.connection.db) };
}

/** The changes of 5 and 10 December on top of the small register. */
export async function writePast(register: Pick<PastRegister, 'activity' | 'organisation' | 'processor' | 'ctx' | 'setDay' | 'write'>): Promise<void> {
  const { activity, organisation, processor } = register;
  register.setDay('2026-12-05T09:00:00.000Z');
  await register.write('Ilze Ozola', (trx) => saveActivity(trx, { ...activity, name: 'Darba samaksas aprēķins' }, register.ctx));
  await register.write('Ilze Ozola', (trx) =>
    markActivityReviewed(trx, MarkReviewedRequest.parse({ id: activity.id, revision: activity.revision + 1, reviewedBy: 'Ilze Ozola, DAS', reviewedOn: '2026-12-05', cadenceMonths: 12 }), '2026-12-05', register.ctx),
  );
  await register.write('Ilze Ozola', (trx) => approveRegister(trx, { name: 'Ilze Ozola', role: 'DAS', approvedOn: '2026-12-05' }, register.ctx));
  register.setDay('2026-12-10T09:00:00.000Z');
  await register.write('Jānis Bērziņš', async (trx) => {
    await saveActivity(trx, ActivityInput.parse({ ...emptyActivity(organisation.id, '2026-12-10'), number: 'PD-02', name: 'Videonovērošana' }), register.ctx);
    await relinkAll(trx, { type: 'processor', id: processor.id }, null, register.ctx);
    await deleteProcessor(trx, processor.id, register.ctx);
  });
}
