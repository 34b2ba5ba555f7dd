// Writes docs/register.schema.json: the JSON Schema of the exchange format
// (`ropa export json`), generated from the zod schemas the importer uses, so
// the description cannot drift from the code. test/docs checks it is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registerJsonSchema } from '../main/services/json-schema.ts';

const target = fileURLToPath(new URL('../docs/register.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(registerJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
