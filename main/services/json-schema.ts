/** The JSON Schema of the exchange format, derived from shared/domain/register.ts. */
import { z } from 'zod';
import { REGISTER_FORMAT_VERSION, RegisterDocument } from '../../shared/domain/register.ts';

export function registerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RegisterDocument, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: `https://ropa.local/schemas/register-v${REGISTER_FORMAT_VERSION}.json`,
    title: 'ROPA register (apstrādes darbību reģistrs) — exchange format',
    description:
      'A whole GDPR Art. 30 register as written by `ropa export json` and read by `ropa import json`. Dates are YYYY-MM-DD, instants ISO 8601 UTC. ' +
      'Beyond this schema the importer checks that ids are unique, that every reference points at a record in the file, that activity numbers are unique per organisation, and the same consistency rules as the editor (e.g. an ended activity has an end date).',
  };
}
