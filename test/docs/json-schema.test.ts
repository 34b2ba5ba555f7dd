import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { registerJsonSchema } from '../../main/services/json-schema.ts';
import { smallRegister } from '../helpers/registers.ts';

const committed = JSON.parse(readFileSync(fileURLToPath(new URL('../../docs/register.schema.json', import.meta.url)), 'utf8'));

describe('docs/register.schema.json', () => {
  it('is the schema the code uses (regenerate with `node scripts/generate-json-schema.ts`)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(registerJsonSchema())));
  });

  it('accepts a real export and rejects a broken one', async () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(committed);
    const { connection } = await smallRegister();
    const document = JSON.parse(JSON.stringify(await exportRegister(connection.db)));
    await connection.close();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    document.activities[0].createdOn = '21.11.2026';
    expect(validate(document)).toBe(false);
  });
});
