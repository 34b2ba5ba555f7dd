/**
 * The overview's whole report after a save (`checks:run`: every finding's
 * message in the app's language, each activity's completeness and badge
 * counts, the summary figures) is worked out from the previous one
 * (shared/rules/incremental.ts, shared/rules/finding-tallies.ts,
 * shared/rules/record-findings.ts); it must be exactly what every rule over
 * the register read afresh gives, in Latvian and in English, whoever changed
 * the register and however.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../main/services/app-context.ts';
import { cachedChecksDocument, howFindingsWereRun } from '../../main/services/document-cache.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { readRegisterDocument } from '../../main/services/register-document.ts';
import { generateDpoRecords } from '../../scripts/bench/dpo-records-generator.ts';
import { generateRegister } from '../../scripts/bench/register-generator.ts';
import { isoToday } from '../../shared/format.ts';
import { LANGUAGES } from '../../shared/i18n/index.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { buildChecksReport } from '../../shared/rules/report.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { appOnBackend } from '../helpers/backend-app.ts';
import { FILE_BACKEND } from '../helpers/backends.ts';
import { EDITS, type Demo, type Edit } from '../helpers/register-edits.ts';
import { untidyForChecks } from '../services/checks-document-untidy.ts';

/** The register is made at 09:00 and changed at 10:00 (the moment the checks count a breach's hours from). */
const MADE = '2026-11-21T09:00:00.000Z';
const NOW = '2026-11-21T10:00:00.000Z';
/** The day the app counts as today at NOW: the local calendar day, as `checks:run` takes it (the next day in Kiritimati). */
const TODAY = isoToday(new Date(NOW));

/** A generated register of 300 activities, 30 breaches and 300 requests, made untidy so that most rules find something. */
async function appWithGenerated(): Promise<Demo & { path: string; clock: { at: string } }> {
  const clock = { at: MADE };
  const now = () => new Date(MADE);
  const { app, dialogs, path } = await appOnBackend(FILE_BACKEND, {
    now,
    language: 'lv',
    appNow: () => new Date(clock.at),
    initialise: async (trx) => {
      const generated = generateRegister(await exportRegister(trx), 300);
      const untidy = untidyForChecks({ ...generated, ...generateDpoRecords(generated, 30, 300) });
      await importRegisterDocument(trx, parseRegisterDocument(serialiseRegister(untidy)), { now });
    },
  });
  clock.at = NOW;
  const organisationId = (await value(app, 'organisations:list', {}))[0]?.id as string;
  return { app, dialogs, organisationId, path: path as string, clock };
}

/**
 * `checks:run` in each language next to the report of every rule over the
 * register read afresh (from the session the app has open now: the register,
 * or a past state of it), and how the app worked its findings out.
 */
async function compareReports(app: AppContext, today = TODAY, now = NOW) {
  const db = app.requireSession().db;
  const fresh = await readRegisterDocument(db);
  const findings = runChecks(fresh, today, now);
  const language = app.language;
  for (const lang of LANGUAGES) {
    app.language = lang;
    expect(await value(app, 'checks:run', {})).toEqual(buildChecksReport(fresh, today, lang, findings));
  }
  app.language = language;
  return howFindingsWereRun(await cachedChecksDocument(db));
}

describe('the checks report after a save equals every rule run afresh', () => {
  it('after random saves on a generated register, in Latvian and English, worked out from the previous report', async () => {
    const demo = await appWithGenerated();
    expect(await compareReports(demo.app)).toBe('all rules');
    const step = fc.record({ edit: fc.constantFrom(...Object.keys(EDITS)), pick: fc.nat(300), variant: fc.nat(20) });
    const how: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        for (const { edit, pick, variant } of steps) {
          await (EDITS[edit] as Edit)(demo, pick, variant);
          how.push(`${edit}: ${await compareReports(demo.app)}`);
        }
      }),
      { numRuns: 10 },
    );
    // The saves of single records were checked on the incremental path, not by running every rule again.
    expect(how.filter((entry) => entry.endsWith('after a change')).length).toBeGreaterThan(how.length / 2);
    await demo.app.session?.close();
  }, 300_000);

  it('follows a change made by another writer, an import, a restore and a view of a past state', async () => {
    const demo = await appWithGenerated();
    const { app } = demo;
    // Another app on the same file: the first holds the lock, so this one has it read-only and sees the first one's saves.
    const other = testApp('en', () => new Date(NOW));
    await other.app.open(demo.path);
    expect(other.app.requireSession().readOnly).toBe(true);
    await compareReports(app);
    const before = await compareReports(other.app);
    expect(before).toBe('all rules');
    const reportBefore = await value(other.app, 'checks:run', {});

    const row = (await value(app, 'activities:list', {})).find((a) => a.status === 'active');
    const activity = await value(app, 'activities:get', { id: row?.id as string });
    await value(app, 'activities:save', { ...activity, purposes: [], name: `${activity.name} (cits rakstītājs)` } as never);
    expect(await compareReports(other.app)).toBe('after a change');
    const reportAfter = await value(other.app, 'checks:run', {});
    expect(reportAfter.findings.length).not.toBe(reportBefore.findings.length);

    // The other writer's save undone: the activity restored as it was before it.
    const [saved] = await value(app, 'history:list', { entityType: 'activity', entityId: activity.id, limit: 1 });
    expect((await invoke(app, 'versions:restore', { seq: saved?.seq as number, state: 'before' })).ok).toBe(true);
    expect(await compareReports(other.app)).toBe('after a change');
    await compareReports(app);
    expect(await value(other.app, 'checks:run', {})).toEqual(reportBefore);

    for (const edit of ['importJson', 'editCatalogue', 'editOrganisation'] as const) {
      const result = (await EDITS[edit]?.(demo, 3, 0)) as { ok: boolean; error?: unknown } | undefined;
      expect({ edit, saved: result?.ok, error: result?.error }).toEqual({ edit, saved: true, error: undefined });
      await compareReports(app);
      await compareReports(other.app);
    }

    // The register as it was when it was made (before every change above), then back.
    const current = await value(app, 'checks:run', {});
    await value(app, 'versions:viewAsOf', { moment: '2026-11-21T09:30:00.000Z' });
    await compareReports(app);
    const past = await value(app, 'checks:run', {});
    expect(past).not.toEqual(current);
    expect(past.activities.map((a) => a.activityId)).toContain(activity.id);
    await value(app, 'versions:leaveAsOf', {});
    await compareReports(app);
    expect(await value(app, 'checks:run', {})).toEqual(current);
    await other.app.session?.close();
    await app.session?.close();
  }, 300_000);
});
