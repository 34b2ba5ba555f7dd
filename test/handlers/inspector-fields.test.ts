import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyActivity } from '../../shared/domain/activity.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { invoke, testApp, value } from '../helpers/app.ts';

async function appWithRegister(language: 'lv' | 'en') {
  const { app, dialogs } = testApp(language);
  const path = join(tempDir(), 'firma.ropa');
  dialogs.answer(path);
  await value(app, 'files:new', { organisationName: 'SIA Firma' });
  const [organisation] = await value(app, 'organisations:list', {});
  return { app, path, organisation: organisation! };
}

describe('the inspector-like fields through the contract', () => {
  it('saves the counts, the no-effect reason and the profiling information with a history entry; the checks then read them', async () => {
    const { app, organisation } = await appWithRegister('lv');
    expect(organisation.largeScaleThreshold).toBe(10_000);
    const saved = await value(app, 'activities:save', {
      ...emptyActivity(organisation.id, '2026-11-21'),
      number: 'PD-01',
      name: 'Kredītspējas novērtēšana',
      automatedDecision: true,
      automatedDecisionNoEffectReason: 'Sistēma tikai iesaka; lēmumu pieņem kredītspeciālists.',
      profiling: true,
      profilingInformation: 'Privātuma politika, 4. sadaļa',
      approxSubjects: 12_000,
      approxRecords: 40_000,
    });
    const loaded = await value(app, 'activities:get', { id: saved.id });
    expect([loaded.approxSubjects, loaded.approxRecords, loaded.automatedDecisionNoEffectReason, loaded.profilingInformation]).toEqual([
      12_000,
      40_000,
      'Sistēma tikai iesaka; lēmumu pieņem kredītspeciālists.',
      'Privātuma politika, 4. sadaļa',
    ]);
    // Found by the register's full-text search, as every text of the record is.
    expect((await value(app, 'activities:search', { query: 'kredītspeciālists' })).ids).toEqual([saved.id]);
    expect((await value(app, 'activities:search', { query: '4. sadaļa' })).ids).toEqual([saved.id]);
    const history = await value(app, 'history:list', { entityType: 'activity', entityId: saved.id });
    expect(history.map((h) => h.action)).toEqual(['create']);

    const findings = (await value(app, 'checks:activity', { id: saved.id })).findings.map((f) => f.ruleId);
    expect(findings).not.toContain('art22.effect-unassessed');
    expect(findings).not.toContain('profiling.not-informed');
    // Scoring (profiling) + large scale (12,000 of a 10,000 threshold), no DPIA: the inspector's error.
    expect(findings).toContain('dpia.not-recorded');

    // The DPO raises the organisation's threshold: the same activity is no longer large scale.
    const { usedBy: _usedBy, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = organisation;
    await value(app, 'organisations:save', { ...fields, largeScaleThreshold: 20_000 });
    expect((await value(app, 'checks:activity', { id: saved.id })).findings.map((f) => f.ruleId)).not.toContain('dpia.not-recorded');
  });

  it('refuses a negative count and a zero threshold with a message on the field, in English, and changes nothing', async () => {
    const { app, path, organisation } = await appWithRegister('en');
    const before = fileHash(path);
    const activity = await invoke(app, 'activities:save', { ...emptyActivity(organisation.id, '2026-11-21'), number: 'PD-01', name: 'CCTV', approxSubjects: -5, approxRecords: 2.5 });
    expect(activity.ok).toBe(false);
    if (activity.ok) return;
    const byPath = Object.fromEntries((activity.error.issues ?? []).map((issue) => [issue.path, issue.message]));
    expect(byPath.approxSubjects).toBe('Enter a number that is zero or more.');
    expect(byPath.approxRecords).toBe('Enter a whole number.');
    const { usedBy: _usedBy, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = organisation;
    const saved = await invoke(app, 'organisations:save', { ...fields, largeScaleThreshold: 0 });
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.issues?.[0]).toMatchObject({ path: 'largeScaleThreshold' });
    expect(fileHash(path)).toBe(before);
  });
});
