/**
 * The JSON exchange carries issue 15's last two model points: the demo's
 * export (PD-06's own basis, named sources) is valid against the committed
 * schema and survives export and import unchanged; a file from before the
 * fields existed imports with none; a named source of a data category the
 * activity does not hold is refused, naming the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { demoRegisterFile, documentOf } from '../helpers/workbooks.ts';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../docs/register.schema.json', import.meta.url)), 'utf8'));

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

describe('the activity’s own basis and named sources in the JSON exchange', () => {
  it('are valid against docs/register.schema.json and survive export and import unchanged', async () => {
    const document = await documentOf(await demoRegisterFile());
    const pd06 = document.activities.find((a) => a.number === 'PD-06')!;
    expect(pd06.legalBasisIds).toEqual(['lb-c']);
    expect(pd06.namedSources.map((s) => s.name)).toContain('Uzņēmumu reģistrs');
    const text = serialiseRegister(document);
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    const broken = JSON.parse(text);
    broken.activities.find((a: { number: string }) => a.number === 'PD-06').namedSources[0].sourceType = 'rumours';
    expect(validate(broken)).toBe(false);
    expect(serialiseRegister(await imported(text))).toBe(text);
  });

  it('imports a file from before the fields existed with no activity basis and no named sources', async () => {
    const document = JSON.parse(serialiseRegister(await documentOf(await demoRegisterFile())));
    for (const activity of document.activities) {
      delete activity.legalBasisIds;
      delete activity.namedSources;
    }
    const result = await imported(JSON.stringify(document));
    expect(result.activities.every((a) => a.legalBasisIds.length === 0 && a.namedSources.length === 0)).toBe(true);
  });

  it('refuses a named source of a data category the activity does not hold, in lv and en, naming the field', async () => {
    const document = JSON.parse(serialiseRegister(await documentOf(await demoRegisterFile())));
    const index = document.activities.findIndex((a: { number: string }) => a.number === 'PD-06');
    document.activities[index].namedSources[0].dataCategoryId = 'dc-nowhere';
    let error: unknown;
    try {
      await imported(JSON.stringify(document));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    for (const [lang, words] of [['lv', 'Avota datu kategorija nav starp šīs darbības datu kategorijām'], ['en', 'is not among this activity’s data categories']] as const) {
      const shape = toErrorShape(error, lang);
      expect(shape.code).toBe('VALIDATION');
      expect(shape.issues?.[0]).toMatchObject({ path: `activities.${index}.namedSources` });
      expect(shape.message).toContain(words);
    }
  });
});
