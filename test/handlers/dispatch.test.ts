import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/handlers/index.ts';
import { contract, CHANNELS } from '../../shared/contract/index.ts';
import { emptyActivity } from '../../shared/domain/activity.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { appOnBackend } from '../helpers/backend-app.ts';
import { useBackends, type Backend } from '../helpers/backends.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { fullActivity, processorInput, ruleInput } from '../helpers/registers.ts';

async function appWithRegister(language: 'lv' | 'en' = 'lv') {
  const { app, dialogs } = testApp(language);
  const path = join(tempDir(), 'firma.ropa');
  dialogs.answer(path);
  const status = await value(app, 'files:new', { organisationName: 'SIA Firma' });
  const [organisation] = await value(app, 'organisations:list', {});
  return { app, dialogs, path, status, organisationId: organisation!.id };
}

/** A register with one organisation, SIA Firma, on `backend`; `state()` is what "unchanged" compares. */
async function registerOn(backend: Backend, language: 'lv' | 'en' = 'lv') {
  const now = steppingClock();
  const { app, state } = await appOnBackend(backend, { now, language, initialise: async (trx) => void (await saveOrganisation(trx, emptyOrganisation('SIA Firma'), { now })) });
  const [organisation] = await value(app, 'organisations:list', {});
  return { app, state, organisationId: organisation!.id };
}

describe('dispatch', () => {
  it('has a handler for every contract channel and nothing else', async () => {
    const { handlers } = await import('../../main/handlers/index.ts');
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect(CHANNELS.every((channel) => /^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/.test(channel))).toBe(true);
    expect(Object.keys(contract).length).toBe(CHANNELS.length);
  });

  it('answers an unknown channel and a malformed input with clear errors, never throwing', async () => {
    const { app } = testApp('en');
    expect(await dispatch(app, 'registry:dropTables', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch(app, 42, undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const bad = await dispatch(app, 'activities:get', { id: "'; drop table activity; --" });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(app, 'activities:list', {})).toMatchObject({ ok: false, error: { code: 'NO_REGISTER', message: 'No register is open.' } });
  });

  it('creates a register through the save dialog and reports cancelling', async () => {
    const { app, dialogs } = testApp();
    dialogs.answer(null);
    expect(await invoke(app, 'files:new', { organisationName: 'SIA Firma' })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const { status } = await appWithRegister();
    expect(status.fileName).toBe('firma.ropa');
    expect(status.readOnly).toBe(false);
  });

  it('a read-only register refuses writes with READ_ONLY', async () => {
    const { app, path } = await appWithRegister();
    await app.close();
    const { openRegister } = await import('../../main/services/register-files.ts');
    app.session = await openRegister(path, { now: () => new Date(), readOnly: true });
    const result = await invoke(app, 'organisations:save', {
      name: 'X', regNo: '', address: '', email: '', phone: '', website: '', contactPerson: '', dpoName: '', dpoEmail: '', dpoPhone: '', representativeName: '', representativeContact: '', notes: '',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });
});


/** The activity and record handlers on a `.ropa` file and on a team register (PostgreSQL). */
const backends = useBackends();

describe.each(backends)('activities and records on $name', (backend) => {
    it('validates an activity next to its fields, in Latvian, and saves nothing', async () => {
      const { app, state, organisationId } = await registerOn(backend, 'lv');
      const before = await state();
      const result = await invoke(app, 'activities:save', {
        ...emptyActivity(organisationId, '2026-11-21'),
        number: '',
        name: 'x'.repeat(600),
        status: 'ended',
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      const byPath = Object.fromEntries((result.error.issues ?? []).map((issue) => [issue.path, issue.message]));
      expect(byPath.number).toBe('Obligāts lauks.');
      expect(byPath.name).toBe('Teksts ir pārāk garš (ne vairāk kā 500 rakstzīmes).');
      expect(byPath.endedOn).toBe('Izbeigtai apstrādes darbībai norādiet beigu datumu.');
      expect(await state()).toBe(before);
      expect(await value(app, 'activities:list', {})).toEqual([]);
    });

    it('names the field that points at nothing (UNKNOWN_REFERENCE) and saves nothing', async () => {
      const { app, state, organisationId } = await registerOn(backend, 'en');
      const before = await state();
      const result = await invoke(app, 'activities:save', {
        ...emptyActivity(organisationId, '2026-11-21'),
        number: 'PD-1',
        name: 'Newsletter',
        dataSubjectCategoryIds: ['ds-subscribers', 'ds-martians'],
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_REFERENCE', message: 'Field dataSubjectCategoryIds.1 refers to a record that does not exist: ds-martians.' },
      });
      expect(await state()).toBe(before);
    });

    it('saves, loads, duplicates and deletes an activity', async () => {
      const { app, organisationId } = await registerOn(backend);
      const processor = await value(app, 'processors:save', processorInput());
      const rule = await value(app, 'retentionRules:save', ruleInput());
      const saved = await value(app, 'activities:save', fullActivity(organisationId, processor.id, rule.id));
      const loaded = await value(app, 'activities:get', { id: saved.id });
      expect(loaded.purposes.map((p) => p.legalBasisIds)).toEqual([['lb-b', 'lb-c'], ['lb-f']]);
      const copy = await value(app, 'activities:duplicate', { id: saved.id });
      expect(copy.number).toBe('PD-02');
      expect(copy.status).toBe('draft');
      expect(copy.purposes[0]?.id).not.toBe(saved.purposes[0]?.id);
      const again = await value(app, 'activities:duplicate', { id: saved.id });
      expect(again.number).toBe('PD-03');
      await value(app, 'activities:delete', { id: copy.id, revision: copy.revision });
      expect((await value(app, 'activities:list', {})).map((a) => a.number).sort()).toEqual(['PD-01', 'PD-03']);
      const history = await value(app, 'history:list', { entityType: 'activity', entityId: copy.id });
      expect(history.map((h) => h.action)).toEqual(['delete', 'create']);
      expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    });

    it('deleting a processor in use asks first, then unlinks or replaces without leaving a dangling link', async () => {
      const { app, organisationId } = await registerOn(backend, 'lv');
      const old = await value(app, 'processors:save', processorInput({ name: 'Vecais IT' }));
      const successor = await value(app, 'processors:save', processorInput({ name: 'Jaunais IT' }));
      const rule = await value(app, 'retentionRules:save', ruleInput());
      const activity = await value(app, 'activities:save', fullActivity(organisationId, old.id, rule.id));

      const refused = await invoke(app, 'processors:delete', { id: old.id, revision: old.revision });
      expect(refused).toMatchObject({ ok: false, error: { code: 'IN_USE', usedBy: [{ number: 'PD-01' }] } });
      if (!refused.ok) expect(refused.error.message).toContain('PD-01 Algu aprēķins');
      expect((await value(app, 'processors:usage', { id: old.id })).activities.map((a) => a.number)).toEqual(['PD-01']);
      expect((await value(app, 'processors:list', {})).find((p) => p.id === old.id)?.usedBy).toBe(1);

      const moved = await value(app, 'processors:delete', { id: old.id, revision: old.revision, onLinked: 'replace', replacementId: successor.id });
      expect(moved).toEqual({ deleted: true, relinked: 1 });
      const after = await value(app, 'activities:get', { id: activity.id });
      expect(after.processors.map((p) => p.processorId)).toEqual([successor.id]);
      expect(after.transfers[0]?.processorId).toBe(successor.id);

      const unlinked = await value(app, 'processors:delete', { id: successor.id, revision: successor.revision, onLinked: 'unlink' });
      expect(unlinked.relinked).toBe(1);
      const bare = await value(app, 'activities:get', { id: activity.id });
      expect(bare.processors).toEqual([]);
      expect(bare.transfers[0]?.processorId).toBeNull();
    });

    it('refuses to delete built-in catalogue entries and replaces user ones everywhere', async () => {
      const { app, organisationId } = await registerOn(backend, 'en');
      expect(await invoke(app, 'catalogues:delete', { catalogue: 'legalBases', request: { id: 'lb-a', revision: 1 } })).toMatchObject({
        ok: false,
        error: { code: 'IN_USE_BUILTIN' },
      });
      const custom = (await value(app, 'catalogues:save', {
        catalogue: 'dataSubjectCategories',
        entry: { nameLv: 'Pircēji', nameEn: 'Buyers', description: '', employees: false, vulnerable: false },
      })) as { id: string; revision: number };
      const saved = await value(app, 'activities:save', {
        ...emptyActivity(organisationId, '2026-11-21'),
        number: 'PD-7',
        name: 'Pārdošana',
        dataSubjectCategoryIds: [custom.id, 'ds-customers'],
      });
      const listed = await value(app, 'catalogues:list', {});
      expect(listed.usage.dataSubjectCategories?.[custom.id]).toBe(1);
      await value(app, 'catalogues:delete', { catalogue: 'dataSubjectCategories', request: { id: custom.id, revision: custom.revision, onLinked: 'replace', replacementId: 'ds-customers' } });
      expect((await value(app, 'activities:get', { id: saved.id })).dataSubjectCategoryIds).toEqual(['ds-customers']);
    });

    it('the list follows the catalogue: a data category made special marks the activities that use it', async () => {
      const { app, organisationId } = await registerOn(backend, 'en');
      const loyalty = (await value(app, 'catalogues:save', {
        catalogue: 'dataCategories',
        entry: { nameLv: 'Lojalitātes dati', nameEn: 'Loyalty data', description: '', kind: 'ordinary' },
      })) as { id: string; revision: number };
      await value(app, 'activities:save', {
        ...emptyActivity(organisationId, '2026-11-21'),
        number: 'PD-9',
        name: 'Lojalitāte',
        dataCategories: [{ dataCategoryId: loyalty.id, retentionRuleId: null, notes: '' }],
      });
      expect((await value(app, 'activities:list', {}))[0]?.hasSpecialData).toBe(false);
      await value(app, 'catalogues:save', {
        catalogue: 'dataCategories',
        entry: { id: loyalty.id, revision: loyalty.revision, nameLv: 'Lojalitātes dati', nameEn: 'Loyalty data', description: '', kind: 'special' },
      });
      expect((await value(app, 'activities:list', {}))[0]?.hasSpecialData).toBe(true);
    });
});
