import { describe, expect, it } from 'vitest';
import { deleteActivity, getActivity, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveCatalogueEntry } from '../../main/db/repositories/catalogue-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { cachedRegisterDocument } from '../../main/services/document-cache.ts';
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
        db.transaction().execute((trx) =>
          saveCatalogueEntry(trx, 'dataCategories', { id: 'dc-payroll', nameLv: 'Algas', nameEn: 'Pay', description: '', kind: 'ordinary' }, ctx),
        ),
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
});
