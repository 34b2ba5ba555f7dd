import { describe, expect, it } from 'vitest';
import { deleteActivity, getActivity, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { getCatalogueEntry, saveCatalogueEntry } from '../../main/db/repositories/catalogue-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { cachedFindings, cachedRegisterDocument } from '../../main/services/document-cache.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { processorInput, smallRegister } from '../helpers/registers.ts';

describe('the register document cache (what the checks read)', () => {
  it('answers the same document as a fresh export after every kind of change, and reuses it while nothing changed', async () => {
    const { connection, ctx, activity } = await smallRegister();
    const db = connection.db;
    const first = await cachedRegisterDocument(db);
    expect(first).toEqual(await exportRegister(db));
    expect(await cachedRegisterDocument(db)).toBe(first);

    const steps: Array<() => Promise<unknown>> = [
      () => db.transaction().execute(async (trx) => saveActivity(trx, { ...(await getActivity(trx, activity.id)), number: 'A-00', name: 'Pārdēvēta' }, ctx)),
      () => db.transaction().execute((trx) => saveProcessor(trx, ProcessorInput.parse(processorInput({ name: 'Ābols IT' })), ctx)),
      () =>
        db.transaction().execute(async (trx) => {
          const { revision } = await getCatalogueEntry(trx, 'dataCategories', 'dc-payroll');
          return saveCatalogueEntry(trx, 'dataCategories', { id: 'dc-payroll', revision: revision as number, nameLv: 'Algas', nameEn: 'Pay', description: '', kind: 'ordinary' }, ctx);
        }),
      () => db.transaction().execute((trx) => deleteActivity(trx, activity.id, ctx)),
    ];
    let previous = first;
    for (const step of steps) {
      await step();
      const cached = await cachedRegisterDocument(db);
      expect(cached).not.toBe(previous);
      expect(cached).toEqual(await exportRegister(db));
      previous = cached;
    }
    // What was handed out before is never changed by a catch-up.
    expect(first.activities.map((a) => a.name)).toEqual(['Algu aprēķins']);
    await connection.close();
  });

  it('keeps the findings of a version of the register for the day, and runs the checks again after a change or on another day', async () => {
    const { connection, ctx, activity } = await smallRegister();
    const db = connection.db;
    const document = await cachedRegisterDocument(db);
    const findings = cachedFindings(document, '2026-11-21');
    expect(findings).toEqual(runChecks(document, '2026-11-21'));
    expect(cachedFindings(await cachedRegisterDocument(db), '2026-11-21')).toBe(findings);

    // Another day: reviews may have fallen due.
    const nextYear = cachedFindings(document, '2030-01-01');
    expect(nextYear).toEqual(runChecks(document, '2030-01-01'));
    expect(nextYear).not.toBe(findings);

    // A change: the new version's findings, not the old ones.
    await db.transaction().execute(async (trx) => saveActivity(trx, { ...(await getActivity(trx, activity.id)), purposes: [] }, ctx));
    const changed = await cachedRegisterDocument(db);
    const after = cachedFindings(changed, '2026-11-21');
    expect(after).toEqual(runChecks(changed, '2026-11-21'));
    expect(after.some((f) => f.ruleId === 'mandatory.controller-record' && f.entity.id === activity.id)).toBe(true);
    expect(findings.some((f) => f.ruleId === 'mandatory.controller-record' && f.entity.id === activity.id)).toBe(false);
    await connection.close();
  });
});
