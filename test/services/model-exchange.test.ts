/**
 * Issue 15's fields through the JSON exchange and the workbook: the demo
 * register (which uses them) survives export and import unchanged, a JSON
 * file that types its periods as text gets them read with the text kept,
 * and "none" listed beside entries is refused, leaving the register as it was.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { demoRegisterFile, documentOf } from '../helpers/workbooks.ts';

async function imported(text: string) {
  const ctx = { now: steppingClock('2027-01-01T00:00:00.000Z') };
  const connection = await createRegisterFile(join(tempDir(), 'copy.ropa'), {
    now: ctx.now,
    initialise: async (trx) => {
      await importRegisterDocument(trx, parseRegisterDocument(text), ctx);
    },
  });
  try {
    return await exportRegister(connection.db);
  } finally {
    await connection.close();
  }
}

describe('the model of issue 15 in the JSON exchange', () => {
  it('keeps "none" answers, period states and period texts through export and import', async () => {
    const document = await documentOf(await demoRegisterFile());
    expect(document.activities.some((a) => a.transfersNone)).toBe(true);
    expect(document.retentionRules.some((r) => r.periodText !== '')).toBe(true);
    const text = serialiseRegister(document);
    expect(serialiseRegister(await imported(text))).toBe(text);
  });

  it('reads periods typed as text in a JSON file into number, unit and event, keeping the text; unreadable ones are "not parsed"', async () => {
    const document = JSON.parse(serialiseRegister(await documentOf(await demoRegisterFile())));
    const [first, second, third] = document.retentionRules;
    for (const rule of [first, second, third]) Object.assign(rule, { periodValue: null, periodUnit: null, criterion: '', startEvent: '' });
    delete first.periodState;
    first.periodText = '5 gadi pēc līguma beigām';
    second.periodText = '3 months';
    third.periodText = '3–5 gadi';
    const result = await imported(JSON.stringify(document));
    const rule = (id: string) => result.retentionRules.find((r) => r.id === id)!;
    expect(rule(first.id)).toMatchObject({ periodValue: 5, periodUnit: 'years', startEvent: 'pēc līguma beigām', periodState: 'structured', periodText: '5 gadi pēc līguma beigām' });
    expect(rule(second.id)).toMatchObject({ periodValue: 3, periodUnit: 'months', periodText: '3 months' });
    expect(rule(third.id)).toMatchObject({ periodValue: null, periodState: 'not_parsed', periodText: '3–5 gadi' });
  });

  it('refuses "no recipients" beside listed recipients, in the user\'s language, naming the field', async () => {
    const document = JSON.parse(serialiseRegister(await documentOf(await demoRegisterFile())));
    const index = document.activities.findIndex((a: { recipients: unknown[] }) => a.recipients.length > 0);
    document.activities[index].recipientsNone = true;
    let error: unknown;
    try {
      parseRegisterDocument(JSON.stringify(document));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    for (const [lang, message] of [
      ['lv', 'Atzīmēts “nav”, bet saraksts nav tukšs'],
      ['en', 'Marked “none” but the list is not empty'],
    ] as const) {
      const shape = toErrorShape(error as AppError, lang);
      expect(shape.issues?.map((i) => `${i.path}: ${i.message}`)).toEqual([expect.stringMatching(new RegExp(`^activities\\.${index}\\.recipientsNone: ${message}`))]);
    }
  });
});
