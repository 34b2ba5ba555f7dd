import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { smallRegister } from '../helpers/registers.ts';

async function importInto(text: string) {
  const ctx = { now: steppingClock('2027-01-01T00:00:00.000Z') };
  const connection = await createRegisterFile(join(tempDir(), 'copy.ropa'), {
    now: ctx.now,
    initialise: async (trx) => {
      await importRegisterDocument(trx, parseRegisterDocument(text), ctx);
    },
  });
  const document = await exportRegister(connection.db);
  await connection.close();
  return document;
}

describe('JSON exchange of the inspector-like fields', () => {
  it('carries the counts, the reasons and the threshold through export and import', async () => {
    const { connection } = await smallRegister();
    const document = await exportRegister(connection.db);
    await connection.close();
    const activity = { ...document.activities[0]!, approxSubjects: 30_000, approxRecords: 90_000, automatedDecisionNoEffectReason: 'Tikai ieteikums.', profilingInformation: 'Politika, 3. sadaļa' };
    const organisations = document.organisations.map((o) => ({ ...o, largeScaleThreshold: 25_000 }));
    const copy = await importInto(serialiseRegister({ ...document, organisations, activities: [activity, ...document.activities.slice(1)] }));
    expect(copy.activities.find((a) => a.id === activity.id)).toMatchObject({ approxSubjects: 30_000, approxRecords: 90_000, automatedDecisionNoEffectReason: 'Tikai ieteikums.', profilingInformation: 'Politika, 3. sadaļa' });
    expect(copy.organisations.map((o) => o.largeScaleThreshold)).toEqual(organisations.map(() => 25_000));
  });

  it('imports a file exported before the fields existed, with empty fields and the default threshold', async () => {
    const { connection } = await smallRegister();
    const raw = JSON.parse(serialiseRegister(await exportRegister(connection.db)));
    await connection.close();
    for (const a of raw.activities) {
      delete a.approxSubjects;
      delete a.approxRecords;
      delete a.automatedDecisionNoEffectReason;
      delete a.profilingInformation;
    }
    for (const o of raw.organisations) delete o.largeScaleThreshold;
    const copy = await importInto(JSON.stringify(raw));
    expect(copy.activities.every((a) => a.approxSubjects === null && a.approxRecords === null && a.automatedDecisionNoEffectReason === '' && a.profilingInformation === '')).toBe(true);
    expect(copy.organisations.every((o) => o.largeScaleThreshold === 10_000)).toBe(true);
  });
});
