/**
 * The names the history records with each entry (the author changes are
 * made under, an approver) are hashed into the chain and stored as SQLite
 * text. A name that cannot be stored as typed (an unpaired surrogate comes
 * back as U+FFFD, NUL and other control characters cannot be exported)
 * broke the chain on the next save: the contract fuzz found it with a junk
 * author. Such a name is refused clearly, and nothing reaches the register.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/handlers/index.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo } from '../helpers/dpo-records.ts';
import { fileHash } from '../helpers/temp.ts';

const UNSTORABLE = ['Ilze\uD800', '\uDFFFKalniņa', 'Ilze\u0000Kalniņa', 'Ilze\u0007'];

describe('names recorded in the history', () => {
  it.each(UNSTORABLE.map((name) => [JSON.stringify(name), name]))('an author %s is refused in Latvian; later saves keep the chain whole', async (_shown, name) => {
    const { app, path } = await appWithDemo('lv');
    const refused = await dispatch(app, 'app:setAuthor', { author: name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/[āēīūšžčņļķģ]/i);
    expect(await value(app, 'app:author', {})).toEqual({ author: null });
    await value(app, 'register:setTitle', { title: 'Pēc atteikuma' });
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    const before = fileHash(path);
    const approval = await dispatch(app, 'versions:approve', { name, role: 'DAS', approvedOn: '2026-11-21', note: '' });
    expect(approval).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const note = await dispatch(app, 'versions:approve', { name: 'Ilze Kalniņa', role: name, approvedOn: '2026-11-21', note: name });
    expect(note).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fileHash(path)).toBe(before);
    await app.close();
  });

  it('an author that bypassed the contract (a settings file, a script) is refused at the history, the register unchanged', async () => {
    const { app, path, idOf } = await appWithDemo('en');
    app.setAuthor('Ilze\uD800');
    const activity = await value(app, 'activities:get', { id: idOf('PD-01') });
    const before = fileHash(path);
    const saved = await dispatch(app, 'activities:save', { ...activity, name: 'Renamed' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fileHash(path)).toBe(before);
    app.setAuthor('Ilze Kalniņa');
    await value(app, 'activities:save', { ...activity, name: 'Renamed' });
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    expect((await value(app, 'history:list', { entityId: activity.id, limit: 1 }))[0]).toMatchObject({ author: 'Ilze Kalniņa', label: expect.stringContaining('Renamed') });
    await app.close();
  });
});
