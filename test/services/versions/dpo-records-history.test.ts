/**
 * The breach register and the request log are register content like the
 * rest: the register rebuilt from the history as of now is the export, text
 * for text; verify proves the records equal what the history last recorded
 * and names a breach changed behind the app's back; the history's entries of
 * what is not register content (approvals, own templates) are not taken for
 * records deleted outside the app.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportRegister, serialiseRegister } from '../../../main/services/json-exchange.ts';
import { rebuildRegisterAsOf } from '../../../main/services/versions/as-of.ts';
import { appWithDemo, breachInput, requestInput } from '../../helpers/dpo-records.ts';
import { invoke, value } from '../../helpers/app.ts';

describe('breaches and requests in the history', () => {
  it('are rebuilt as of any moment, covered by verify, and a change behind the app is named', async () => {
    const { app, path, idOf, organisationId } = await appWithDemo('lv');
    const first = await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')] }));
    await value(app, 'breaches:save', breachInput(organisationId, { number: 'IN-2026-02', title: 'Nosūtīts nepareizam adresātam', awareAt: '2026-11-20T12:00:00.000Z', occurredAt: null }));
    const request = await value(app, 'requests:save', requestInput(organisationId));
    await value(app, 'breaches:save', { ...first, title: 'Nozaudēts klēpjdators (atrasts)' });
    await value(app, 'requests:delete', { id: request.id, revision: request.revision });
    await value(app, 'templates:saveActivity', { activityId: idOf('PD-01') });
    await value(app, 'versions:approve', { name: 'Ilze Kalniņa', role: 'DAS' });

    const db = app.session!.db;
    const now = await rebuildRegisterAsOf(db, { seq: Number.MAX_SAFE_INTEGER });
    expect(serialiseRegister(now.document)).toBe(serialiseRegister(await exportRegister(db)));
    expect(now.document.breaches?.map((b) => b.title)).toEqual(['Nosūtīts nepareizam adresātam', 'Nozaudēts klēpjdators (atrasts)']);
    expect(now.document.subjectRequests).toBeUndefined();

    // Undoing the activity's creation would delete what a breach names: refused, nothing written.
    const undo = await invoke(app, 'versions:restoreAsOf', { entityType: 'activity', entityId: idOf('PD-02'), seq: 0 });
    expect(undo).toMatchObject({ ok: false, error: { code: 'IN_USE_BY_RECORDS' } });
    expect((await value(app, 'activities:get', { id: idOf('PD-02') })).number).toBe('PD-02');

    const verdict = await value(app, 'history:verify', {});
    expect(verdict.intact).toBe(true);
    expect(verdict.records).toMatchObject({ intact: true, differences: [] });
    await app.close();

    // Behind the app's back: a breach's title rewritten in the file.
    const raw = new Database(path);
    raw.prepare('UPDATE breach SET title = ? WHERE id = ?').run('Nekas nav noticis', first.id);
    raw.close();
    const { app: again } = await appWithDemoAt(path);
    const tampered = await value(again, 'history:verify', {});
    expect(tampered.records).toMatchObject({
      intact: false,
      differences: [{ entityType: 'breach', entityId: first.id, kind: 'changed', fields: ['title'] }],
    });
    await again.close();
  });
});

async function appWithDemoAt(path: string) {
  const { testApp } = await import('../../helpers/app.ts');
  const { app } = testApp('lv');
  await app.open(path);
  return { app };
}
