/**
 * The app's handlers on a team register (team-session.ts): every contract
 * channel answers through the same session as on a file, none with an
 * unexpected (INTERNAL) error; two app instances both open it for writing
 * (no file lock: the advisory lock serialises their saves), and the
 * backups channels say whose job a team register's backups are.
 */
import { describe, expect, it } from 'vitest';
import { createPostgresRegister } from '../../main/db/postgres/connection.ts';
import { contract } from '../../shared/contract/index.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegisterOn } from '../helpers/registers.ts';
import { invoke, testApp, value } from '../helpers/app.ts';

const server = usePostgres();

/** Channels left out of the sweep: they close or replace the register, or change it wholesale. */
const NOT_SWEPT = /^files:(close|new|open)|^app:|restore|delete|import/i;

async function teamRegister(register: string): Promise<string> {
  const { host, port, user, password, database } = server();
  const made = await smallRegisterOn((options) => createPostgresRegister({ host, port, user, password, database, register }, options));
  await made.connection.close();
  return `postgres://${user}@${host}:${port}/${database}?register=${register}`;
}

describe('the handlers on a team register', () => {
  it('answer every channel without an unexpected error', async () => {
    const address = await teamRegister('sweep');
    const { app } = testApp('en');
    await app.open(address, { password: server().password });
    const unexpected: string[] = [];
    for (const channel of Object.keys(contract)) {
      if (NOT_SWEPT.test(channel)) continue;
      const result = await invoke(app, channel as never, {} as never);
      if (!result.ok && result.error.code === 'INTERNAL') unexpected.push(`${channel}: ${result.error.message}`);
    }
    expect(unexpected).toEqual([]);
    await app.close();
  }, 300_000);

  it('open for writing in two app instances at once, and both saves land (no file lock)', async () => {
    const address = await teamRegister('divi');
    const first = testApp('lv').app;
    const second = testApp('lv').app;
    const a = await first.open(address, { password: server().password });
    const b = await second.open(address, { password: server().password });
    expect([a.readOnly, b.readOnly]).toEqual([false, false]);
    expect(a.fileName).toBe(`divi (127.0.0.1:${server().port}/postgres)`);
    const [activity] = await value(first, 'activities:list', {});
    const stored = await value(first, 'activities:get', { id: activity!.id });
    await value(first, 'activities:save', { ...stored, name: 'Pirmā maiņa' });
    const fresh = await value(second, 'activities:get', { id: activity!.id });
    await value(second, 'activities:save', { ...fresh, name: 'Otrā maiņa' });
    // The first instance's stale revision is refused, never written over the second's save.
    const stale = await invoke(first, 'activities:save', { ...stored, name: 'Novecojusi' });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    expect((await value(first, 'activities:get', { id: activity!.id })).name).toBe('Otrā maiņa');
    expect((await value(second, 'history:verify', {})).intact).toBe(true);
    const backups = await invoke(second, 'backups:create', {});
    expect(backups.ok ? '' : backups.error.message).toContain('pg_dump -n divi');
    await first.close();
    await second.close();
  }, 120_000);
});
