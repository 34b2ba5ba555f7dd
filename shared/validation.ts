/**
 * Turning zod issues into messages a DPO can act on, in their language.
 *
 * Schemas carry i18n keys as messages (`validation.required`). Issues zod
 * raises itself (a string too long, a wrong type) get a key from
 * `issueKey`, with the numbers the message needs appended as a query string
 * (`validation.tooLong?maximum=500`), so the key survives the trip through
 * react-hook-form, which keeps only the message.
 */
import type { z } from 'zod';
import type { Translate } from './i18n/index.ts';

type RawIssue = z.core.$ZodRawIssue;

/** The per-parse error map: pass as `schema.safeParse(data, { error: issueKey })`. */
export function issueKey(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `validation.tooLong?maximum=${maximum}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `validation.tooMany?maximum=${maximum}`;
      return `validation.tooBig?maximum=${maximum}`;
    }
    case 'too_small':
      return issue.origin === 'number' ? 'validation.positive' : 'validation.required';
    case 'invalid_value':
      return 'validation.choice';
    case 'unrecognized_keys':
      return `validation.unknownField?keys=${encodeURIComponent(issue.keys.join(', '))}`;
    case 'invalid_type':
      return issue.input === undefined ? 'validation.required' : 'validation.invalidType';
    default:
      return 'validation.invalidType';
  }
}


/** 'validation.tooLong?maximum=500' -> 'Teksts ir pārāk garš (ne vairāk kā 500 rakstzīmes).' */
export function translateMessage(message: string, t: Translate): string {
  if (!message.startsWith('validation.')) return message;
  const [key = '', query = ''] = message.split('?', 2);
  const params: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [name, value] = pair.split('=', 2);
    if (name) params[name] = decodeURIComponent(value ?? '');
  }
  return t(key.replace('validation.', 'validation:'), params);
}

/** 'purposes.0.description' from zod's path array. */
export function pathToString(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

export interface TranslatedIssue {
  path: string;
  message: string;
}

/** Every issue of a failed parse, translated. */
export function translateIssues(error: z.ZodError, t: Translate): TranslatedIssue[] {
  return error.issues.map((issue) => ({
    path: pathToString(issue.path),
    message: translateMessage(issue.message, t),
  }));
}
