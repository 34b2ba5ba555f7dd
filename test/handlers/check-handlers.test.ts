import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { appOnBackend } from '../helpers/backend-app.ts';
import { FILE_BACKEND, useBackends, type Backend } from '../helpers/backends.ts';

/** The app (clock at 21.11.2026 10:00 local time) with a demo register created that same day, on `backend`. */
async function appWithDemo(language: 'lv' | 'en' = 'lv', backend: Backend = FILE_BACKEND) {
  // 09:00 on the machine's wall clock: the checks' today is the local day (docs/time.md), in any zone.
  const now = () => new Date(2026, 10, 21, 9, 0, 0);
  const { app, path, state } = await appOnBackend(backend, { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }), language });
  const activities = await value(app, 'activities:list', {});
  const idOf = (number: string) => activities.find((a) => a.number === number)!.id;
  return { app, path, state, idOf };
}

/** On a `.ropa` file and on a team register (PostgreSQL). */
const backends = useBackends();

describe.each(backends)('checks on $name', (backend) => {
  describe('checks:run', () => {
    it('answers the demo’s four findings in the app’s language, with completeness and the chart figures', async () => {
      const { app, idOf } = await appWithDemo('lv', backend);
      const report = await value(app, 'checks:run', {});
      expect(report.today).toBe('2026-11-21');
      expect(report.findings.map((f) => `${f.entity.label} | ${f.ruleId}`)).toEqual([
        'PD-08 Interneta veikala pasūtījumi un piegāde | legitimate-interest.no-assessment',
        'PD-13 Piegādātāju kontaktpersonu datu apstrāde | review.overdue',
        'PD-14 IT sistēmu piekļuves žurnāli un informācijas drošība | retention.missing',
        'SIA "Drošības Serviss Kurzeme" | processor.contract-expired',
      ]);
      expect(report.findings[0]).toMatchObject({
        severity: 'error',
        severityLabel: 'kļūda',
        articleLabel: '6. panta 1. punkta f) apakšpunkts',
        field: 'purposes.2.legitimateInterestAssessment',
        message: expect.stringContaining('nav reģistrēts interešu līdzsvara izvērtējums'),
      });
      expect(report.summary.bySeverity).toEqual({ error: 3, warning: 1, info: 0 });
      expect(report.summary.transfersByCountry.map((c) => [c.countryId, c.transfers])).toEqual([['US', 1]]);
      expect(report.summary.byLegalBasis.find((b) => b.gdprPoint === 'f')?.activities).toBe(8);
      expect(report.summary.reviewsDue.overdue).toBe(1);
      const pd14 = report.activities.find((a) => a.activityId === idOf('PD-14'));
      expect(pd14).toEqual({ activityId: idOf('PD-14'), completeness: 83, findings: { error: 1, warning: 0, info: 0 } });
      expect(report.activities.find((a) => a.activityId === idOf('PD-01'))?.completeness).toBe(100);

      await value(app, 'app:setLanguage', { language: 'en' });
      const english = await value(app, 'checks:run', {});
      expect(english.findings[0]?.message).toContain('no balancing assessment is recorded');
      expect(english.findings[0]?.articleLabel).toBe('Art. 6(1)(f)');
    });

    it('checks:activity answers one activity’s findings, and NOT_FOUND for one that does not exist', async () => {
      const { app, idOf } = await appWithDemo('en', backend);
      const checks = await value(app, 'checks:activity', { id: idOf('PD-14') });
      expect(checks.completeness).toBe(83);
      expect(checks.findings.map((f) => [f.ruleId, f.field])).toEqual([['retention.missing', 'dataCategories.2.retentionRuleId']]);
      expect((await value(app, 'checks:activity', { id: idOf('PD-01') })).findings).toEqual([]);
      expect(await invoke(app, 'checks:activity', { id: 'no-such-activity' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('checks:activities answers every activity’s completeness and counts, the same as checks:run, without the findings', async () => {
      const { app, idOf } = await appWithDemo('lv', backend);
      const light = await value(app, 'checks:activities', {});
      const full = await value(app, 'checks:run', {});
      expect(light).toEqual({ today: '2026-11-21', activities: full.activities });
      expect(light.activities).toHaveLength(18);
      expect(light.activities.find((a) => a.activityId === idOf('PD-08'))?.findings).toEqual({ error: 1, warning: 0, info: 0 });
      expect(light).not.toHaveProperty('findings');
    });

    it('answers NO_REGISTER when no register is open', async () => {
      const { app } = testApp('en');
      expect(await invoke(app, 'checks:run', {})).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });
      expect(await invoke(app, 'checks:activities', {})).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });
    });
  });

  describe('activities:markReviewed', () => {
    it('records who reviewed and when, schedules the next review 12 months on, writes the history, and clears the finding', async () => {
      const { app, idOf } = await appWithDemo('lv', backend);
      const before = await value(app, 'activities:get', { id: idOf('PD-13') });
      const reviewed = await value(app, 'activities:markReviewed', { id: before.id, revision: before.revision, reviewedBy: 'Ilze Kalniņa' });
      expect(reviewed).toMatchObject({ lastReviewedOn: '2026-11-21', nextReviewOn: '2027-11-21', reviewedBy: 'Ilze Kalniņa', revision: before.revision + 1 });
      // Nothing else about the activity changed.
      const { lastReviewedOn: _l, nextReviewOn: _n, reviewedBy: _r, revision: _v, updatedAt: _u, ...rest } = reviewed;
      const { lastReviewedOn: _l2, nextReviewOn: _n2, reviewedBy: _r2, revision: _v2, updatedAt: _u2, ...restBefore } = before;
      expect(rest).toEqual(restBefore);

      const [entry] = await value(app, 'history:list', { entityType: 'activity', entityId: before.id, limit: 1 });
      expect(entry).toMatchObject({ action: 'update', label: 'PD-13 Piegādātāju kontaktpersonu datu apstrāde' });
      expect((entry?.before as { nextReviewOn: string }).nextReviewOn).toBe(before.nextReviewOn);
      expect((entry?.after as { nextReviewOn: string }).nextReviewOn).toBe('2027-11-21');
      expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });

      const report = await value(app, 'checks:run', {});
      expect(report.findings.map((f) => f.ruleId)).not.toContain('review.overdue');
      expect(report.summary.reviewsDue.overdue).toBe(0);
    });

    it('takes a past review date and the cadence the user chooses', async () => {
      const { app, idOf } = await appWithDemo();
      const revision = async (id: string) => (await value(app, 'activities:get', { id })).revision;
      const reviewed = await value(app, 'activities:markReviewed', { id: idOf('PD-13'), revision: await revision(idOf('PD-13')), reviewedBy: 'DAS', reviewedOn: '2026-11-02', cadenceMonths: 6 });
      expect(reviewed).toMatchObject({ lastReviewedOn: '2026-11-02', nextReviewOn: '2027-05-02' });
      const endOfMonth = await value(app, 'activities:markReviewed', { id: idOf('PD-01'), revision: await revision(idOf('PD-01')), reviewedBy: 'DAS', reviewedOn: '2026-08-31', cadenceMonths: 6 });
      expect(endOfMonth.nextReviewOn).toBe('2027-02-28');
    });

    it('refuses bad input with a message on the field, and leaves the register unchanged', async () => {
      const { app, state, idOf } = await appWithDemo('lv', backend);
      const id = idOf('PD-13');
      const before = await state();
      const current = await value(app, 'activities:get', { id });
      const { revision } = current;
      const future = await invoke(app, 'activities:markReviewed', { id, revision, reviewedBy: 'DAS', reviewedOn: '2026-11-22' });
      expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reviewedOn', message: 'Pārskatīšanas datums nevar būt nākotnē.' }] } });
      const earlier = await invoke(app, 'activities:markReviewed', { id, revision, reviewedBy: 'DAS', reviewedOn: '2025-01-01' });
      expect(earlier).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reviewedOn' }] } });
      if (!earlier.ok) expect(earlier.error.message).toContain(`(${current.lastReviewedOn!.split('-').reverse().join('.')})`);
      const cadence = await invoke(app, 'activities:markReviewed', { id, revision, reviewedBy: 'DAS', cadenceMonths: 61 });
      expect(cadence).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'cadenceMonths' }] } });
      expect(await invoke(app, 'activities:markReviewed', { id, revision, reviewedBy: 'DAS', cadenceMonths: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await invoke(app, 'activities:markReviewed', { id, revision, reviewedBy: '  ' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'reviewedBy', message: 'Obligāts lauks.' }] },
      });
      expect(await invoke(app, 'activities:markReviewed', { id, revision: current.revision + 1, reviewedBy: 'DAS' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      // A review that does not name the revision it saw would overwrite a newer save: refused.
      expect(await invoke(app, 'activities:markReviewed', { id, reviewedBy: 'DAS' } as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'revision', message: 'Labojumam jānorāda ieraksta versija, kas tika nolasīta; atveriet ierakstu vēlreiz un saglabājiet.' }] },
      });
      expect(await invoke(app, 'activities:markReviewed', { id: 'nav-tadas', revision: 1, reviewedBy: 'DAS' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await state()).toBe(before);
      expect(await value(app, 'activities:get', { id })).toEqual(current);
    });
  });
});

describe('a register file opened read-only', () => {
  it('a read-only register refuses with READ_ONLY', async () => {
    const { app, path, idOf } = await appWithDemo('en');
    const id = idOf('PD-13');
    await app.close();
    app.session = await openRegister(path!, { now: () => new Date(), readOnly: true });
    expect(await invoke(app, 'activities:markReviewed', { id, revision: (await value(app, 'activities:get', { id })).revision, reviewedBy: 'DAS' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });
});
