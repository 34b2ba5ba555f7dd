/**
 * Deleting an organisation that has activities: refused (IN_USE, naming
 * them) unless they are handed to another organisation; then each activity
 * moves, with its history entry, and the organisations list counts them
 * under their new organisation.
 */
import { describe, expect, it } from 'vitest';
import { invoke, value } from '../helpers/app.ts';
import { appWithDemo } from '../helpers/dpo-records.ts';

describe('organisations:delete', () => {
  it('hands the activities to the organisation chosen, each with its history entry', async () => {
    const { app, organisationId } = await appWithDemo('lv');
    const organisations = await value(app, 'organisations:list', {});
    const from = organisations.find((o) => o.id === organisationId)!;
    const { usedBy: _usedBy, id: _id, revision: _revision, createdAt: _c, updatedAt: _u, ...fields } = from;
    const to = await value(app, 'organisations:save', { ...fields, name: 'SIA Pēctece' });
    const moving = (await value(app, 'activities:list', {})).filter((a) => a.organisationId === from.id);
    expect(moving.length).toBeGreaterThan(1);

    const refused = await invoke(app, 'organisations:delete', { id: from.id, revision: from.revision });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IN_USE' } });

    const history = (await value(app, 'history:list', { limit: 500 })).length;
    const deleted = await value(app, 'organisations:delete', { id: from.id, revision: from.revision, onLinked: 'replace', replacementId: to.id });
    expect(deleted).toEqual({ deleted: true, relinked: moving.length });
    const after = await value(app, 'activities:list', {});
    for (const activity of moving) expect(after.find((a) => a.id === activity.id)?.organisationId).toBe(to.id);
    expect((await value(app, 'organisations:list', {})).find((o) => o.id === to.id)?.usedBy).toBe(moving.length);
    // One entry per moved activity and one for the deleted organisation.
    expect((await value(app, 'history:list', { limit: 500 })).length).toBe(history + moving.length + 1);
  });
});
