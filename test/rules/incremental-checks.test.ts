/**
 * Checks after a save re-run only the rules the save can have changed
 * (shared/rules/incremental.ts, main/services/document-cache.ts). Whatever
 * was saved, deleted, imported or restored, the findings are exactly those of
 * every rule run over the register read afresh.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../main/services/app-context.ts';
import { cachedFindings, cachedRegisterDocument, howFindingsWereRun } from '../../main/services/document-cache.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { collator } from '../../shared/format.ts';
import { RULES, runChecks } from '../../shared/rules/index.ts';
import { invoke, value } from '../helpers/app.ts';
import { appWithDemo, breachInput, requestInput } from '../helpers/dpo-records.ts';
import { tempDir } from '../helpers/temp.ts';

const TODAY = '2026-11-21';
const NOW = '2026-11-21T10:00:00.000Z';

type Demo = Awaited<ReturnType<typeof appWithDemo>>;
/** One kind of change: `pick` chooses the record, `variant` what is changed in it. */
type Edit = (demo: Demo, pick: number, variant: number) => Promise<unknown>;

const choose = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(items.length, 1)];

const editActivity: Edit = async ({ app, organisationId }, pick, variant) => {
  const row = choose(await value(app, 'activities:list', {}), pick);
  if (!row) return;
  const activity = await value(app, 'activities:get', { id: row.id });
  const organisations = await value(app, 'organisations:list', {});
  const other = organisations.find((o) => o.id !== activity.organisationId)?.id ?? organisationId;
  const changes = [
    { purposes: [] },
    { status: activity.status === 'ended' ? 'active' : 'ended', endedOn: activity.status === 'ended' ? null : TODAY },
    { art9ConditionIds: [] },
    { jointControllerArrangement: '' },
    { lastReviewedOn: null, nextReviewOn: null },
    { organisationId: other },
    { processors: [], processorsNone: true, transfers: [], transfersNone: true },
    { name: `${activity.name} (labots)`, number: `${activity.number}X` },
    { dataCategories: activity.dataCategories.map((row) => ({ ...row, retentionRuleId: null })) },
  ];
  return invoke(app, 'activities:save', { ...activity, ...(choose(changes, variant) as object) } as never);
};

const deleteActivity: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'activities:list', {}), pick);
  if (!row) return;
  const { revision } = await value(app, 'activities:get', { id: row.id });
  return invoke(app, 'activities:delete', { id: row.id, revision });
};

const editProcessor: Edit = async ({ app }, pick, variant) => {
  const row = choose(await value(app, 'processors:list', {}), pick);
  if (!row) return;
  const processor = await value(app, 'processors:get', { id: row.id });
  const changes = [
    { contractReference: '', contractDate: null },
    { role: processor.role === 'joint_controller' ? 'processor' : 'joint_controller' },
    { countryId: 'US', transferMechanismId: null, regNo: '' },
    { contractExpiry: '2026-12-01' },
    { name: `${processor.name} AS` },
  ];
  return invoke(app, 'processors:save', { ...processor, ...(choose(changes, variant) as object) } as never);
};

const deleteProcessor: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'processors:list', {}), pick);
  return row && invoke(app, 'processors:delete', { id: row.id, revision: row.revision, onLinked: 'unlink' });
};

const editRetentionRule: Edit = async ({ app }, pick, variant) => {
  const rule = choose(await value(app, 'retentionRules:list', {}), pick);
  if (!rule) return;
  const changes = [
    { startEvent: '' },
    { periodValue: null, periodUnit: null, criterion: 'Kamēr tas ir nepieciešams', legalSource: '' },
    { name: `${rule.name} (precizēts)` },
  ];
  const { usedBy: _usedBy, ...saved } = rule;
  return invoke(app, 'retentionRules:save', { ...saved, ...(choose(changes, variant) as object) } as never);
};

const deleteRetentionRule: Edit = async ({ app }, pick) => {
  const rule = choose(await value(app, 'retentionRules:list', {}), pick);
  return rule && invoke(app, 'retentionRules:delete', { id: rule.id, revision: rule.revision, onLinked: 'unlink' });
};

const editOrganisation: Edit = async ({ app }, pick, variant) => {
  const organisation = choose(await value(app, 'organisations:list', {}), pick);
  if (!organisation) return;
  const changes = [{ dpoName: '', dpoEmail: '', dpoPhone: '' }, { address: '', email: '', phone: '' }, { largeScaleThreshold: 10 }, { name: `Ā ${organisation.name}` }];
  const { usedBy: _usedBy, ...saved } = organisation;
  return invoke(app, 'organisations:save', { ...saved, ...(choose(changes, variant) as object) } as never);
};

/** Renames the organisation whose name sorts last so that it sorts first: its activities' findings move ahead of the others'. */
const renameOrganisation: Edit = async ({ app }) => {
  const organisations = await value(app, 'organisations:list', {});
  const last = [...organisations].sort((x, y) => collator('lv').compare(y.name, x.name))[0];
  if (!last) return;
  const { usedBy: _usedBy, ...saved } = last;
  return invoke(app, 'organisations:save', { ...saved, name: `Ā ${last.name}` } as never);
};

const editCatalogue: Edit = async ({ app }, pick, variant) => {
  const { catalogues } = await value(app, 'catalogues:list', {});
  const entry = choose(catalogues.dataCategories, pick);
  if (!entry) return;
  const kind = choose(['special', 'ordinary', 'criminal'] as const, variant);
  return invoke(app, 'catalogues:save', { catalogue: 'dataCategories', entry: { ...entry, kind } } as never);
};

const editBreach: Edit = async ({ app }, pick, variant) => {
  const row = choose(await value(app, 'breaches:list', {}), pick);
  if (!row) return;
  const breach = await value(app, 'breaches:get', { id: row.id });
  const changes = [{ risk: 'high_risk', subjectsInformedOn: null, subjectsDecision: 'undecided' }, { dviDecision: 'undecided', dviNotifiedAt: null }, { delayReasons: '' }];
  return invoke(app, 'breaches:save', { ...breach, ...(choose(changes, variant) as object) } as never);
};

const addBreach: Edit = async ({ app, organisationId }, pick, variant) => {
  const overrides = [{}, { dviDecision: 'undecided' as const }, { risk: 'high_risk' as const, subjectsDecision: 'undecided' as const }];
  const activity = choose(await value(app, 'activities:list', {}), pick);
  const activityIds = activity ? [activity.id] : [];
  return invoke(app, 'breaches:save', breachInput(organisationId, { number: `IN-${pick}-${variant}`, activityIds, ...choose(overrides, variant) }));
};

const deleteBreach: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'breaches:list', {}), pick);
  return row && invoke(app, 'breaches:delete', { id: row.id, revision: row.revision });
};

const editRequest: Edit = async ({ app }, pick, variant) => {
  const row = choose(await value(app, 'requests:list', {}), pick);
  if (!row) return;
  const request = await value(app, 'requests:get', { id: row.id });
  const changes = [{ extensionMonths: 1, extensionNotifiedOn: null }, { outcome: 'refused', refusalReason: '', complaintNoticeGiven: false }, { respondedOn: null, status: 'open' }];
  return invoke(app, 'requests:save', { ...request, ...(choose(changes, variant) as object) } as never);
};

const addRequest: Edit = async ({ app, organisationId }, pick, variant) => {
  const overrides = [{}, { receivedOn: '2026-09-01' }, { receivedOn: '2026-10-25' }, { extensionMonths: 1, extensionNotifiedOn: null }];
  return invoke(app, 'requests:save', requestInput(organisationId, { number: `DSP-${pick}-${variant}`, ...choose(overrides, variant) }));
};

const deleteRequest: Edit = async ({ app }, pick) => {
  const row = choose(await value(app, 'requests:list', {}), pick);
  return row && invoke(app, 'requests:delete', { id: row.id, revision: row.revision });
};

/** Exports the register and imports the file back over it (every record replaced: a catch-up of many changes). */
const importJson: Edit = async ({ app, dialogs }, pick) => {
  const file = join(tempDir(), `export-${pick}.json`);
  dialogs.answer(file);
  await value(app, 'export:json', {});
  dialogs.answer(file);
  return invoke(app, 'import:json', { replace: true });
};

/** Undoes a change: restores a record as it was before one of the recent history entries. */
const restoreVersion: Edit = async ({ app }, pick, variant) => {
  const entries = await value(app, 'history:list', {});
  const entry = choose(entries.slice(0, 20), pick);
  return entry && invoke(app, 'versions:restore', { seq: entry.seq, state: variant % 2 === 0 ? 'before' : 'after' });
};

const EDITS: Record<string, Edit> = {
  editActivity,
  deleteActivity,
  editProcessor,
  deleteProcessor,
  editRetentionRule,
  deleteRetentionRule,
  editOrganisation,
  renameOrganisation,
  editCatalogue,
  addBreach,
  editBreach,
  deleteBreach,
  addRequest,
  editRequest,
  deleteRequest,
  importJson,
  restoreVersion,
};

/** The findings the app keeps for the register now, and how they were worked out, next to every rule run over the register read afresh. */
async function compare(app: AppContext) {
  const db = app.requireSession().db;
  const document = await cachedRegisterDocument(db);
  const kept = cachedFindings(document, TODAY, NOW);
  expect(kept).toEqual(runChecks(await exportRegister(db), TODAY, NOW));
  return howFindingsWereRun(document);
}

describe('checks after a save (only what the save can have changed runs again)', () => {
  it('every rule declares whether it looks at one record or at several', () => {
    const scopes = new Map(RULES.map((rule) => [rule.id, rule.scope]));
    expect([...scopes.values()].every((scope) => typeof scope === 'string')).toBe(true);
    expect([...scopes].filter(([, scope]) => scope === 'register').map(([id]) => id).sort()).toEqual([
      'adequacy.list-outdated',
      'dpo.required',
      'processor.unused',
      'register.no-activities',
    ]);
  });

  it('after each kind of save, delete, import and restore, the findings equal all rules run afresh, worked out from the previous ones', async () => {
    const demo = await appWithDemo();
    expect(await compare(demo.app)).toBe('all rules');
    // A finding on an activity of each organisation, so that renaming one moves its activities' findings past the other's.
    const activities = await value(demo.app, 'activities:list', {});
    for (const organisation of await value(demo.app, 'organisations:list', {})) {
      const row = activities.find((a) => a.organisationId === organisation.id && a.status !== 'ended');
      const activity = await value(demo.app, 'activities:get', { id: row?.id as string });
      await value(demo.app, 'activities:save', { ...activity, purposes: [] } as never);
    }
    for (const [name, edit] of Object.entries(EDITS)) {
      const result = (await edit(demo, 1, 0)) as { ok: boolean } | undefined;
      expect({ name, saved: result?.ok }).toEqual({ name, saved: true });
      const how = await compare(demo.app);
      expect({ name, how }).toEqual({ name, how: 'after a change' });
    }
    await demo.app.session?.close();
  }, 60_000);

  it('a save of a processor also checks again the activities that link to it', async () => {
    const demo = await appWithDemo();
    const { app } = demo;
    const activityIds = (await value(app, 'activities:list', {})).map((a) => a.id);
    const activities = await Promise.all(activityIds.map((id) => value(app, 'activities:get', { id })));
    const linking = activities.find((a) => a.kind === 'controller' && a.status !== 'ended' && a.processors.length > 0) as (typeof activities)[number];
    await value(app, 'activities:save', { ...linking, jointControllerArrangement: '' } as never);
    await compare(app);
    const findingsOf = async (id: string) => {
      const document = await cachedRegisterDocument(app.requireSession().db);
      return cachedFindings(document, TODAY, NOW).filter((f) => f.entity.id === id);
    };
    const before = (await findingsOf(linking.id)).map((f) => f.ruleId);

    const processor = await value(app, 'processors:get', { id: linking.processors[0]?.processorId as string });
    await value(app, 'processors:save', { ...processor, role: 'joint_controller' } as never);
    expect(await compare(app)).toBe('after a change');
    const afterProcessor = (await findingsOf(linking.id)).map((f) => f.ruleId);
    expect(afterProcessor).toContain('joint-controller.no-arrangement');
    expect(before).not.toContain('joint-controller.no-arrangement');

    await app.session?.close();
  }, 60_000);

  it('equal all rules run afresh after any sequence of changes, with or without checks in between', async () => {
    const demo = await appWithDemo();
    await compare(demo.app);
    const step = fc.record({ edit: fc.constantFrom(...Object.keys(EDITS)), pick: fc.nat(50), variant: fc.nat(20), checkAfter: fc.boolean() });
    let incremental = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const { edit, pick, variant, checkAfter } of steps) {
          await (EDITS[edit] as Edit)(demo, pick, variant);
          if (checkAfter && (await compare(demo.app)) === 'after a change') incremental += 1;
        }
        if ((await compare(demo.app)) === 'after a change') incremental += 1;
      }),
      { numRuns: 25 },
    );
    // The property held on the incremental path, not on full runs only.
    expect(incremental).toBeGreaterThan(20);
    await demo.app.session?.close();
  }, 240_000);
});
