/**
 * Other users' changes appear within seconds (issue 20), on the throwaway
 * server: two connections to one team register; a save committed on one is
 * announced on the other within seconds (LISTEN/NOTIFY), naming the history
 * head and the changed record; a rolled-back save announces nothing; and
 * the window's poll (`register:changes`) answers what changed, by whom.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresRegister, type PostgresRegister, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { listenForChanges, type ChangeListener } from '../../main/db/postgres/listen.ts';
import { changeChannel, type ChangeAnnouncement } from '../../main/db/postgres/notify.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { attributeTransaction, historySeq } from '../../main/db/repositories/history-repository.ts';
import { changesAfter, heardHead, watchTeamRegister } from '../../main/services/register-changes.ts';
import { useBackends } from '../helpers/backends.ts';
import { smallRegisterOn } from '../helpers/registers.ts';
import { steppingClock } from '../helpers/temp.ts';

const [, team] = useBackends();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

/** A team register with an organisation, a processor, a rule and an activity; and a second client on it. */
async function twoClients(): Promise<{ target: PostgresTarget; first: PostgresRegister; second: PostgresRegister; activity: Awaited<ReturnType<typeof smallRegisterOn>>['activity'] }> {
  const made = await smallRegisterOn(team!.create);
  const first = made.connection as unknown as PostgresRegister;
  open.push(first);
  const target = first.target;
  const second = await openPostgresRegister(target);
  open.push(second);
  return { target, first, second, activity: made.activity };
}

/** Resolves with the next announcement, or rejects after `ms`. */
function nextAnnouncement(heard: ChangeAnnouncement[], ms: number): Promise<ChangeAnnouncement> {
  const start = heard.length;
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const timer = setInterval(() => {
      if (heard.length > start) {
        clearInterval(timer);
        resolve(heard[start]!);
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        // Timers run before I/O in Node's loop: after a stall of the process (a loaded machine), an announcement may be
        // waiting unread in the socket. setImmediate runs after that I/O has been read, so only a real silence rejects.
        setImmediate(() => (heard.length > start ? resolve(heard[start]!) : reject(new Error(`nothing announced within ${ms} ms`))));
      }
    }, 10);
  });
}

async function listen(target: PostgresTarget): Promise<ChangeAnnouncement[]> {
  const heard: ChangeAnnouncement[] = [];
  const listener: ChangeListener = await listenForChanges(target, (announcement) => heard.push(announcement));
  open.push(listener);
  return heard;
}

describe('live refresh on a team register', () => {
  it('a save committed on one connection is announced on the other within seconds, naming the head and the record', async () => {
    const { target, first, activity } = await twoClients();
    const heard = await listen(target);
    const ctx = { now: steppingClock('2026-12-05T10:00:00.000Z') };
    await first.db.transaction().execute(async (trx) => {
      attributeTransaction(trx, 'Anna Bērziņa');
      await saveActivity(trx, { ...activity, name: 'Algu aprēķins (labots)' }, ctx);
    });
    // Within seconds, as the issue asks; a loaded CI machine must not make a timing the test (the delay itself is in the benchmark's figures).
    const announcement = await nextAnnouncement(heard, 10_000);
    expect(announcement).toEqual({ head: await historySeq(first.db), kinds: ['activity'], changes: [{ seq: await historySeq(first.db), entityType: 'activity', entityId: activity.id }] });
  });

  it('a save that rolls back announces nothing; the next commit is announced with the next head', async () => {
    const { target, first, activity } = await twoClients();
    const heard = await listen(target);
    const ctx = { now: steppingClock('2026-12-05T10:00:00.000Z') };
    const before = await historySeq(first.db);
    await expect(
      first.db.transaction().execute(async (trx) => {
        await saveActivity(trx, { ...activity, name: 'Nesaglabāsies' }, ctx);
        throw new Error('the user’s machine lost power');
      }),
    ).rejects.toThrow('lost power');
    await expect(nextAnnouncement(heard, 500)).rejects.toThrow('nothing announced');
    await first.db.transaction().execute((trx) => saveActivity(trx, { ...activity, name: 'Saglabāsies' }, ctx));
    expect((await nextAnnouncement(heard, 10_000)).head).toBe(before + 1);
    expect(heard).toHaveLength(1);
  });

  it('the window’s poll: nothing new is answered from what was heard, a change by the other client names who and what', async () => {
    const { target, first, second, activity } = await twoClients();
    const watch = await watchTeamRegister(second.db, target);
    open.push(watch);
    const { head } = await changesAfter(second.db, null);
    expect(heardHead(second.db)).toBe(head);
    expect(await changesAfter(second.db, head)).toEqual({ head, changes: [], more: false });

    const ctx = { now: () => new Date('2026-12-05T10:15:00.000Z') };
    await first.db.transaction().execute(async (trx) => {
      attributeTransaction(trx, 'Juris Kalniņš');
      await saveActivity(trx, { ...activity, notes: 'Pārbaudīts' }, ctx);
    });
    const deadline = Date.now() + 10_000;
    while ((heardHead(second.db) ?? 0) <= head && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heardHead(second.db)).toBe(head + 1);
    expect(await changesAfter(second.db, head)).toEqual({
      head: head + 1,
      changes: [{ seq: head + 1, entityType: 'activity', entityId: activity.id, author: 'Juris Kalniņš', at: '2026-12-05T10:15:00.000Z' }],
      more: false,
    });
  });

  it('a register name too long for a channel is announced under its hash', () => {
    expect(changeChannel('klients-a')).toBe('ropa:klients-a');
    const long = 'a'.repeat(63);
    expect(changeChannel(long)).toMatch(/^ropa:[0-9a-f]{32}$/);
  });
});
