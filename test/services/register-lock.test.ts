import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockPathOf } from '../../main/services/register-lock.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { invoke, value } from '../helpers/app.ts';
import { ropa } from '../helpers/cli.ts';
import { clockedApp, demoRegisterFile, holdRegister } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

const organisation = {
  name: 'SIA Otrā', regNo: '', address: '', email: '', phone: '', website: '', contactPerson: '',
  dpoName: '', dpoEmail: '', dpoPhone: '', representativeName: '', representativeContact: '', notes: '',
};

describe('a second instance', () => {
  it('gets the register read-only with a notice naming the holder, while reading tools keep working', async () => {
    const path = await demoRegisterFile();
    const holder = await holdRegister(path);
    expect(holder.readOnly).toBe(false);
    const lock = JSON.parse(readFileSync(lockPathOf(path), 'utf8')) as { pid: number; host: string };
    expect(lock).toMatchObject({ pid: holder.child.pid, host: hostname() });

    const { app } = clockedApp('en');
    const status = await app.open(path);
    expect(status.readOnly).toBe(true);
    expect(status.readOnlyReason).toContain(`on ${hostname()}`);
    expect(status.readOnlyReason).toContain('read-only');
    const before = fileHash(path);
    const refused = await invoke(app, 'organisations:save', organisation);
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    if (!refused.ok) expect(refused.error.message).toContain(hostname());
    expect(await value(app, 'activities:list', {})).toHaveLength(18);
    app.language = 'lv';
    expect((await app.status()).readOnlyReason).toContain('tikai lasīšanai');

    // Reading never waits for the lock; writing from the CLI is refused, naming the holder.
    const dir = tempDir();
    expect(ropa(['list', '--db', path, '--json']).status).toBe(0);
    expect(ropa(['export', 'json', '--db', path, '--out', join(dir, 'out.json')]).status).toBe(0);
    expect(ropa(['verify', '--db', path]).status).toBe(0);
    expect(ropa(['backup', '--db', path, '--out', dir]).status).toBe(0);
    const imported = ropa(['import', 'json', join(dir, 'out.json'), '--db', path, '--replace'], { lang: 'en' });
    expect(imported.status).toBe(2);
    expect(imported.stderr).toContain('is open in another window or on another computer');
    const [copy] = readdirSync(dir).filter((name) => name.endsWith(' manual.ropa'));
    const restore = ropa(['restore', join(dir, copy!), '--db', path], { lang: 'en' });
    expect(restore.status).toBe(2);
    expect(restore.stderr).toContain('is open in another window or on another computer');
    expect(fileHash(path)).toBe(before);

    await app.close();
    expect(await holder.stop()).toBe(0);
    expect(existsSync(lockPathOf(path))).toBe(false);
    expect((await app.open(path)).readOnly).toBe(false);
    await app.close();
  });

  it('is not locked out by a holder that was killed: its stale lock is taken over', async () => {
    const path = await demoRegisterFile();
    const holder = await holdRegister(path);
    holder.child.kill('SIGKILL');
    await holder.stop();
    expect(existsSync(lockPathOf(path))).toBe(true);
    const { app } = clockedApp('en');
    expect((await app.open(path)).readOnly).toBe(false);
    expect(await invoke(app, 'organisations:save', organisation)).toMatchObject({ ok: true });
    const lock = JSON.parse(readFileSync(lockPathOf(path), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
    await app.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('in the same process gets it read-only too, and the first keeps writing', async () => {
    const path = await demoRegisterFile();
    const first = await openRegister(path, { now: () => new Date(), backups: { daily: false } });
    const second = await openRegister(path, { now: () => new Date(), language: 'en' });
    expect(first.readOnly).toBe(false);
    expect(second.readOnly).toBe(true);
    expect(second.readOnlyReason).toContain('being edited by');
    await expect(openRegister(path, { now: () => new Date(), whenLocked: 'fail' })).rejects.toMatchObject({ code: 'LOCKED' });
    await first.write(async (trx) => trx.updateTable('meta').set({ value: 'x' }).where('key', '=', 'title').execute());
    await second.close();
    await first.close();
  });

  it('treats a lock from another computer as live until its heartbeat stops for 10 minutes', () => {
    const path = join(tempDir(), 'shared.ropa');
    const foreign = { app: 'ROPA', pid: 4242, host: 'KONSULTANTS-PC', user: 'anna', since: new Date().toISOString(), token: 'abc' };
    writeFileSync(lockPathOf(path), JSON.stringify(foreign));
    const live = acquireLock(path);
    expect(live.heldBy).toMatchObject({ host: 'KONSULTANTS-PC', user: 'anna' });
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(lockPathOf(path), old, old);
    const taken = acquireLock(path);
    expect(taken.lock).toBeDefined();
    taken.lock!.release();
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('refuses to write once another instance has taken the lock over (a laptop woke up late)', async () => {
    const path = await demoRegisterFile();
    const session = await openRegister(path, { now: () => new Date(), backups: { daily: false } });
    const stolen = { app: 'ROPA', pid: 1, host: 'CITS-PC', user: 'janis', since: new Date().toISOString(), token: 'other' };
    writeFileSync(lockPathOf(path), JSON.stringify(stolen));
    await expect(session.write(async () => undefined)).rejects.toMatchObject({ code: 'LOCKED', params: { holder: expect.stringContaining('janis@CITS-PC') } });
    await session.close();
    // Closing does not remove a lock that is no longer ours.
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ token: 'other' });
  });
});
