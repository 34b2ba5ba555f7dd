/**
 * The guided start (issue 14) through the contract: a new register holds
 * its organisation with every detail given, is named after it unless the
 * DPO names the file, has its first backup at once, and is refused (nothing
 * created, a clear message) without an organisation name.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../main/services/backups.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { tempDir } from '../helpers/temp.ts';

const apps: Array<{ close(): Promise<boolean> }> = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

describe('files:new, the guided start', () => {
  it('creates the register with its organisation, named after it, with its first backup', async () => {
    const dir = tempDir();
    const { app, dialogs } = testApp();
    apps.push(app);
    dialogs.answer(join(dir, 'SIA Koks un Partneri.ropa'));
    const status = await value(app, 'files:new', {
      organisation: { name: 'SIA "Koks un Partneri"', regNo: '40003123456', address: 'Rīga, Brīvības iela 1', email: 'info@koks.lv', dpoName: 'Anna Liepa', dpoEmail: 'dpo@koks.lv' },
    });
    expect(dialogs.asked[0]).toMatchObject({ kind: 'ropa', mode: 'save', suggested: 'SIA Koks un Partneri.ropa' });
    expect(status.info.title).toBe('SIA "Koks un Partneri"');
    const [organisation, ...others] = await value(app, 'organisations:list', {});
    expect(others).toEqual([]);
    expect(organisation).toMatchObject({ name: 'SIA "Koks un Partneri"', regNo: '40003123456', address: 'Rīga, Brīvības iela 1', email: 'info@koks.lv', dpoName: 'Anna Liepa', dpoEmail: 'dpo@koks.lv', phone: '' });
    const backups = listBackups(status.path);
    expect(backups).toHaveLength(1);
    expect(backups[0]!.activityCount).toBe(0);
    // The organisation's creation is in the history, like every write.
    const history = await value(app, 'history:list', { entityType: 'organisation', entityId: organisation!.id });
    expect(history.map((entry) => entry.action)).toEqual(['create']);
  });

  it('takes the file name the DPO gives instead of the organisation’s', async () => {
    const { app, dialogs } = testApp('en');
    apps.push(app);
    dialogs.answer(join(tempDir(), 'x.ropa'));
    await value(app, 'files:new', { organisation: { name: 'SIA Koks' }, fileName: 'Klienti 2027' });
    expect(dialogs.asked[0]?.suggested).toBe('Klienti 2027.ropa');
  });

  it('refuses a blank organisation name with a clear message, and creates nothing', async () => {
    const dir = tempDir();
    const { app, dialogs } = testApp('en');
    apps.push(app);
    dialogs.answer(join(dir, 'blank.ropa'));
    const result = await invoke(app, 'files:new', { organisation: { name: '   ' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'organisation.name' }] } });
    expect(result.ok ? '' : result.error.message).toMatch(/required/i);
    expect(dialogs.asked).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'blank.ropa'))).toBe(false);
    expect(app.session).toBeNull();
    // Nor without any name at all.
    expect(await invoke(app, 'files:new', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'organisation.name' }] } });
    expect(dialogs.asked).toEqual([]);
  });
});
