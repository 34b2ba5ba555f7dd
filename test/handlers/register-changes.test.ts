/**
 * `register:changes`: the window's cheap poll for other people's changes
 * (issue 20), on a file and on a team register. The first ask learns the
 * head; after a change the answer names the record, who and when; nothing
 * new is an empty answer; bad input is refused in the user's language and
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { invoke, value } from '../helpers/app.ts';
import { appOnBackend } from '../helpers/backend-app.ts';
import { useBackends } from '../helpers/backends.ts';

const backends = useBackends();

describe.each(backends)('register:changes on $name', (backend) => {
  it('answers the head, then each committed change with who and when, then nothing new', async () => {
    const now = () => new Date('2026-11-21T09:00:00.000Z');
    const { app } = await appOnBackend(backend, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
    const first = await value(app, 'register:changes', { after: null });
    expect(first.head).toBeGreaterThan(0);
    expect(first).toEqual({ head: first.head, changes: [], more: false });

    app.setAuthor('Ilze Kalniņa');
    const [summary] = await value(app, 'activities:list', {});
    const activity = await value(app, 'activities:get', { id: summary!.id });
    const saved = await value(app, 'activities:save', { ...activity, name: 'Labots citā cilnē' });
    const [processor] = await value(app, 'processors:list', {});
    await value(app, 'processors:delete', { id: processor!.id, revision: processor!.revision, onLinked: 'unlink' });

    const changed = await value(app, 'register:changes', { after: first.head });
    expect(changed.more).toBe(false);
    expect(changed.changes.map((c) => [c.entityType, c.entityId, c.author])).toEqual(
      expect.arrayContaining([
        ['activity', activity.id, 'Ilze Kalniņa'],
        ['processor', processor!.id, 'Ilze Kalniņa'],
      ]),
    );
    expect(changed.changes.find((c) => c.entityId === activity.id)?.at).toBe(saved.updatedAt);
    expect(changed.head).toBe(changed.changes.at(-1)!.seq);
    expect(await value(app, 'register:changes', { after: changed.head })).toEqual({ head: changed.head, changes: [], more: false });
    // A head the register has not reached (another register was open before): reload everything.
    expect(await value(app, 'register:changes', { after: changed.head + 50 })).toEqual({ head: changed.head, changes: [], more: true });
  });

  it('refuses a negative or missing head with a message, in Latvian and English', async () => {
    const now = () => new Date('2026-11-21T09:00:00.000Z');
    const { app, state } = await appOnBackend(backend, { now, title: 'Tukšs' });
    const before = await state();
    expect(await invoke(app, 'register:changes', { after: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'after' }] } });
    expect(await invoke(app, 'register:changes', {} as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await value(app, 'app:setLanguage', { language: 'en' });
    expect(await invoke(app, 'register:changes', { after: 1.5 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/[A-Za-z]/) } });
    expect(await state()).toBe(before);
  });
});
