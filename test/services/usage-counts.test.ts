import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActivities } from '../../main/db/repositories/activity-repository.ts';
import { openRegister } from '../../main/services/register-files.ts';
import type { RegisterSession } from '../../main/services/register-session.ts';
import { usageCounts } from '../../main/services/references.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';

/** What each kind of record is linked by, read off the activities themselves. */
const LINKS: Record<Parameters<typeof usageCounts>[1], (activity: Activity) => Array<string | null>> = {
  // An activity's own basis (issue 15) links it as its purposes' bases do; so does a named source's data category.
  legalBases: (a) => [...a.legalBasisIds, ...a.purposes.flatMap((p) => p.legalBasisIds)],
  dataCategories: (a) => [...a.dataCategories.map((c) => c.dataCategoryId), ...a.namedSources.map((s) => s.dataCategoryId)],
  retentionRule: (a) => a.dataCategories.map((c) => c.retentionRuleId),
  dataSubjectCategories: (a) => a.dataSubjectCategoryIds,
  recipientCategories: (a) => a.recipients.map((r) => r.recipientCategoryId),
  art9Conditions: (a) => a.art9ConditionIds,
  countries: (a) => a.transfers.map((t) => t.countryId),
  transferMechanisms: (a) => a.transfers.map((t) => t.transferMechanismId),
  securityMeasures: (a) => a.securityMeasureIds,
  processor: (a) => [...a.processors.map((p) => p.processorId), ...a.transfers.map((t) => t.processorId)],
};

let session: RegisterSession;
beforeAll(async () => {
  session = await openRegister(await fixedDemoRegister(), { now: () => DEMO_REPORT_NOW, readOnly: true });
});
afterAll(async () => {
  await session?.close();
});

describe('usage counts (the catalogues’, processors’ and retention rules’ "used by")', () => {
  it('count, for every record, the distinct activities linking to it, however many times each links', async () => {
    const activities = await loadActivities(session.db);
    expect(activities.length).toBeGreaterThan(10);
    let linked = 0;
    for (const [type, links] of Object.entries(LINKS) as Array<[keyof typeof LINKS, (activity: Activity) => Array<string | null>]>) {
      const expected = new Map<string, number>();
      for (const activity of activities) {
        for (const id of new Set(links(activity))) if (id) expected.set(id, (expected.get(id) ?? 0) + 1);
      }
      expect(await usageCounts(session.db, type), type).toEqual(expected);
      linked += expected.size;
    }
    // The demo links every kind, some records from many activities.
    expect(linked).toBeGreaterThan(40);
  });
});
