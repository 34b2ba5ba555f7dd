/**
 * Issue 19: the day's backup follows the first list instead of delaying it,
 * and a save right after opening still leaves a backup of the register as it
 * was opened.
 */
import { describe, expect, it, vi } from 'vitest';
import { backupFolderOf, listBackupFiles } from '../../main/services/backups.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { SHOWN_FALLBACK_MS } from '../../main/services/register-session.ts';
import { registerStem } from '../../main/services/register-name.ts';
import { value } from '../helpers/app.ts';
import { clockedApp, demoRegisterFile, movableClock, peek } from '../helpers/safety.ts';

const dailyBackups = (path: string) => listBackupFiles(backupFolderOf(path), registerStem(path)).filter((file) => file.reason === 'daily');

describe('the daily backup on open', () => {
  it('comes after the first list has answered, without anyone waiting for it', async () => {
    const path = await demoRegisterFile();
    const { app } = clockedApp();
    await app.open(path);
    expect(dailyBackups(path)).toEqual([]);
    const list = await value(app, 'activities:list', {});
    // The list answered, and the copy had not been made (not even begun: no partial file either).
    expect(list).toHaveLength(18);
    expect(dailyBackups(path)).toEqual([]);
    // It starts by itself once the list has answered, well before the fallback for sessions that never list.
    await vi.waitFor(() => expect(dailyBackups(path)).toHaveLength(1), { timeout: SHOWN_FALLBACK_MS - 1000, interval: 20 });
    expect(peek<number>(dailyBackups(path)[0]!.path, 'select count(*) from activity')).toBe(18);
    await app.close();
  });

  it('also follows the first screenful (activities:firstRows), and is taken once a day', async () => {
    const path = await demoRegisterFile();
    const { app } = clockedApp();
    await app.open(path);
    const rows = await value(app, 'activities:firstRows', { count: 5, sortBy: 'number', desc: false, language: 'lv' });
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(dailyBackups(path)).toEqual([]);
    await vi.waitFor(() => expect(dailyBackups(path)).toHaveLength(1), { timeout: SHOWN_FALLBACK_MS - 1000, interval: 20 });
    await app.open(path);
    await value(app, 'activities:list', {});
    await app.requireSession().settleHeld();
    expect(dailyBackups(path)).toHaveLength(1);
    await app.close();
  });

  it('holds the register as opened when the DPO saves before the list is shown', async () => {
    const path = await demoRegisterFile();
    const { app } = clockedApp();
    await app.open(path);
    const [first] = await app.requireSession().db.selectFrom('activity').select(['id', 'name']).orderBy('number').limit(1).execute();
    const activity = await value(app, 'activities:get', { id: first!.id });
    expect(dailyBackups(path)).toEqual([]);
    await value(app, 'activities:save', { ...activity, name: 'Pārdēvēta uzreiz pēc atvēršanas' });
    // The save waited for the day's backup: the copy has the old name, the register the new one.
    const [daily] = dailyBackups(path);
    expect(daily).toBeDefined();
    expect(peek<string>(daily!.path, `select name from activity where id = '${first!.id}'`)).toBe(first!.name);
    expect(peek<string>(path, `select name from activity where id = '${first!.id}'`)).toBe('Pārdēvēta uzreiz pēc atvēršanas');
    await app.close();
  });

  it('is still taken the same day when nothing lists the register (a CLI command), at the latest on close', async () => {
    const path = await demoRegisterFile();
    const session = await openRegister(path, { now: movableClock().now });
    expect(dailyBackups(path)).toEqual([]);
    await session.close();
    expect(dailyBackups(path)).toHaveLength(1);
  });
});
