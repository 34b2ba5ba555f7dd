/**
 * Checks after a save re-run only the rules the save can have changed
 * (shared/rules/incremental.ts, main/services/document-cache.ts). Whatever
 * was saved, deleted, imported or restored, the findings are exactly those of
 * every rule run over the register read afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../main/services/app-context.ts';
import { cachedFindings, cachedRegisterDocument, howFindingsWereRun } from '../../main/services/document-cache.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { RULES, runChecks } from '../../shared/rules/index.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo } from '../helpers/dpo-records.ts';
import { EDITS, type Edit } from '../helpers/register-edits.ts';

const TODAY = '2026-11-21';
const NOW = '2026-11-21T10:00:00.000Z';

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
