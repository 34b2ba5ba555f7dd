/**
 * The checks' own read (main/services/checks-document.ts) on both databases:
 * its few columns, the one security measure per activity (`min … GROUP BY`)
 * and the empty values of what it leaves out give the same checks' report as
 * the whole register, on SQLite and on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { readChecksDocument } from '../../main/services/checks-document.ts';
import { readRegisterDocument } from '../../main/services/register-document.ts';
import { ActivityInput } from '../../shared/domain/activity.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { buildChecksReport } from '../../shared/rules/report.ts';
import { useBackends } from '../helpers/backends.ts';
import { fullActivity, smallRegisterOn } from '../helpers/registers.ts';

const TODAY = '2026-11-21';
const backends = useBackends();

describe.each(backends)('on $name', (backend) => {
  it("the checks' read gives the whole register's report, with one security measure per activity and no notes", async () => {
    const { connection, ctx, organisation, processor, rule } = await smallRegisterOn(backend.create);
    await connection.db.transaction().execute(async (trx) => {
      const input = fullActivity(organisation.id, processor.id, rule.id);
      await saveActivity(trx, ActivityInput.parse({ ...input, number: 'A-2', notes: 'Piezīme', securityMeasureIds: ['sm-logging', 'sm-backup'] }), ctx);
      await saveActivity(trx, ActivityInput.parse({ ...input, number: 'A-3', securityMeasureIds: [], securityNotes: '' }), ctx);
    });
    const whole = await readRegisterDocument(connection.db);
    const light = await readChecksDocument(connection.db);
    expect(light.activities.map((a) => a.id)).toEqual(whole.activities.map((a) => a.id));
    expect(light.activities.map((a) => a.securityMeasureIds)).toEqual(whole.activities.map((a) => [...a.securityMeasureIds].sort().slice(0, 1)));
    expect(whole.activities.some((a) => a.notes !== '')).toBe(true);
    expect(light.activities.every((a) => a.notes === '')).toBe(true);
    const report = (document: typeof whole) => buildChecksReport(document, TODAY, 'lv', runChecks(document, TODAY));
    expect(report(light)).toEqual(report(whole));
    expect(report(whole).findings.some((f) => f.ruleId === 'mandatory.controller-record')).toBe(true);
    await connection.close();
  });
});
