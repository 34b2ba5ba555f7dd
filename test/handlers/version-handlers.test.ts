/**
 * The versions channels (as of a moment, diff, approvals) through dispatch,
 * on a `.ropa` file and on a team register (PostgreSQL). The view of a past
 * moment is a temporary file on either; the real register stays open
 * read-only beside it for the history screens.
 */
import { describe, expect, it } from 'vitest';
import { listHistory } from '../../main/db/repositories/history-repository.ts';
import { invoke, value } from '../helpers/app.ts';
import { appOnRegister } from '../helpers/backend-app.ts';
import { useBackends, type Backend } from '../helpers/backends.ts';
import { pastRegisterOn, writePast } from '../services/versions/versions-fixture.ts';

async function openedPast(backend: Backend) {
  const register = await pastRegisterOn(backend.create);
  await writePast(register);
  const { app, state } = await appOnRegister(register.connection);
  // How the app names the register: its file's name, or a team register's name, server and database.
  const fileName = backend.name === 'sqlite' ? 'register.ropa' : expect.stringMatching(/^register-\d+ \(127\.0\.0\.1:\d+\/postgres\)$/);
  return { app, register, state, fileName };
}

describe.each(useBackends())('versions channels on $name', (backend) => {
  it('shows the register as of a moment read-only in the ordinary channels, and goes back', async () => {
    const { app, register, fileName } = await openedPast(backend);
    const past = await value(app, 'versions:viewAsOf', { moment: '2026-12-02T00:00:00+02:00' });
    expect(past.readOnly).toBe(true);
    expect(past.fileName).toEqual(fileName);
    // The register's facts (entry 1, written when it was made), then the four records of the small register.
    expect(past.asOf?.seq).toBe(5);
    expect(past.readOnlyReason).toContain('Jūs skatāt reģistru, kāds tas bija pēc vēstures ieraksta Nr. 5');
    const activities = await value(app, 'activities:list', {});
    expect(activities.map((a) => a.name)).toEqual(['Algu aprēķins']);
    const activity = await value(app, 'activities:get', { id: register.activity.id });
    const refused = await invoke(app, 'activities:save', { ...activity, name: 'Cits' });
    expect(refused.ok ? 'saved' : refused.error.code).toBe('READ_ONLY');
    // The history channels read the real register, up to the moment shown: not the view's own file.
    const history = await value(app, 'history:list', { limit: 500 });
    expect(history.map((entry) => entry.seq)).toEqual([5, 4, 3, 2, 1]);
    expect((await value(app, 'history:list', { beforeSeq: 99, limit: 2 })).map((entry) => entry.seq)).toEqual([5, 4]);
    expect((await value(app, 'history:list', { entityId: register.activity.id })).map((entry) => entry.action)).toEqual(['create']);
    expect((await value(app, 'history:verify', {})).entries).toBeGreaterThan(5);
    expect((await value(app, 'versions:diff', { from: '2026-11-01T00:00:00Z' })).to.seq).toBe(5);
    // Before the approval of 5 December: none yet, nor the review.
    const before = await value(app, 'versions:list', {});
    expect([before.approvals.length, before.reviews.length, before.status.latest]).toEqual([0, 0, null]);
    // The evening of 5 December: the state approved that day, "approved", with its review.
    await value(app, 'versions:viewAsOf', { moment: '2026-12-05T23:00:00Z' });
    const approved = await value(app, 'versions:list', {});
    expect([approved.status.approvedAs?.name, approved.status.changesSince, approved.reviews.map((r) => r.reviewedOn)]).toEqual(['Ilze Ozola', 0, ['2026-12-05']]);
    const back = await value(app, 'versions:leaveAsOf', {});
    expect(back.readOnly).toBe(false);
    expect(back.asOf ?? null).toBeNull();
    expect((await value(app, 'activities:list', {})).map((a) => a.name).sort()).toEqual(['Darba samaksas aprēķins', 'Videonovērošana']);
    expect((await value(app, 'history:list', { limit: 500 })).length).toBeGreaterThan(5);
    await app.close();
  });

  it('shows a past state of a register whose title is 500 characters of any script, its file untouched when refused', async () => {
    const { app, state, fileName } = await openedPast(backend);
    // Found by the contract fuzz: the view's temporary file was named for the title, and a long one failed the view.
    await value(app, 'register:setTitle', { title: 'Ā 🇱🇻 שלום / "x" * ? <>|\t'.repeat(25).slice(0, 500) });
    const past = await value(app, 'versions:viewAsOf', { moment: '2026-12-02T00:00:00+02:00' });
    expect([past.readOnly, past.fileName]).toEqual([true, fileName]);
    expect(past.asOf?.seq).toBeGreaterThan(0);
    expect((await value(app, 'activities:list', {})).length).toBeGreaterThan(0);
    await value(app, 'versions:leaveAsOf', {});
    const before = await state();
    const refused = await invoke(app, 'versions:viewAsOf', { moment: '1999-01-01T00:00:00Z' });
    expect(refused.ok ? 'shown' : refused.error.code).not.toBe('shown');
    expect(await state()).toBe(before);
    await app.close();
  });

  it('diff, approve and list: "approved on …, N changes since"; saves carry the author from settings', async () => {
    const { app } = await openedPast(backend);
    const diff = await value(app, 'versions:diff', { from: '2026-12-02T00:00:00Z' });
    expect(diff.changes.map((c) => c.change).sort()).toEqual(['added', 'changed', 'removed']);
    let list = await value(app, 'versions:list', {});
    expect(list.status.latest?.name).toBe('Ilze Ozola');
    expect(list.status.changesSince).toBe(3);
    expect(list.reviews.map((r) => r.reviewedOn)).toEqual(['2026-12-05']);
    const unnamed = await invoke(app, 'versions:approve', { name: ' ' });
    expect(unnamed.ok).toBe(false);
    await value(app, 'app:setAuthor', { author: 'Dace Liepa' });
    list = await value(app, 'versions:approve', { name: 'Dace Liepa', role: 'valdes priekšsēdētāja', approvedOn: '2026-12-04' });
    expect(list.status.approvedAs?.name).toBe('Dace Liepa');
    expect(list.status.changesSince).toBe(0);
    const [latest] = await listHistory(app.requireSession().db, { limit: 1 });
    expect(latest?.entityType).toBe('approval');
    expect(latest?.author).toBe('Dace Liepa');
    await app.close();
  });
});
