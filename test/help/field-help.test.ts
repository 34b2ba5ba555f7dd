/**
 * Every field a DPO fills in the activity, organisation, processor and
 * retention rule editors has help in Latvian and English (what to write,
 * the GDPR article in the regulation's words, an example), and no help
 * names a field the schemas do not have. The fields are found by walking
 * the domain zod schemas, so a field added to a schema without help fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActivityInput, OrganisationInput, ProcessorInput, RetentionRuleInput } from '../../shared/domain/index.ts';
import { FIELD_HELP, fieldHelp, HELP_SCOPES, helpKey, type HelpScope } from '../../shared/help/index.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';

/** Set by main, never typed by the DPO: no help. */
const NOT_EDITED = new Set(['id', 'revision']);

const SCHEMAS: Record<HelpScope, z.ZodType> = {
  activity: ActivityInput,
  organisation: OrganisationInput,
  processor: ProcessorInput,
  retentionRule: RetentionRuleInput,
};

/** The object inside optional/nullable/array wrappers, if any. */
function innerObject(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return innerObject(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return innerObject(schema.element as z.ZodType);
  return undefined;
}

/** Every field path of a schema, list items' fields as `list.field`. */
export function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const object = innerObject(schema);
  if (!object) return [];
  return Object.entries(object.shape).flatMap(([name, field]) => {
    if (NOT_EDITED.has(name)) return [];
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...fieldPaths(field as z.ZodType, path)];
  });
}

describe('field help', () => {
  it('finds the fields of the schemas (the walk itself works)', () => {
    const paths = fieldPaths(ActivityInput);
    expect(paths).toContain('purposes.legalBasisIds');
    expect(paths).toContain('controllers.processingCategories');
    expect(paths).not.toContain('revision');
    expect(paths.length).toBeGreaterThan(60);
  });

  for (const scope of HELP_SCOPES) {
    it(`${scope}: every field has help in both languages, and every help names a field`, () => {
      const paths = fieldPaths(SCHEMAS[scope]);
      const missing = paths.filter((path) => LANGUAGES.some((language) => !fieldHelp(scope, path, language)));
      expect(missing, `fields without help in ${scope}`).toEqual([]);
      const unknown = Object.keys(FIELD_HELP[scope]).filter((key) => !paths.includes(key));
      expect(unknown, `help for fields ${scope} does not have`).toEqual([]);
    });

    it(`${scope}: each help says what to write, cites an article in the regulation's words and gives an example`, () => {
      for (const [key, entry] of Object.entries(FIELD_HELP[scope])) {
        for (const language of LANGUAGES) {
          const { text, example } = entry[language];
          expect(text.length, `${scope}.${key} ${language}`).toBeGreaterThan(10);
          expect(example.trim(), `${scope}.${key} ${language} example`).not.toBe('');
          expect(text, `${scope}.${key} ${language} starts with a capital or a quote`).toMatch(/^[\p{Lu}„"]/u);
        }
        expect(entry.lv.article, `${scope}.${key} lv article`).toMatch(/^VDAR \d+\. pant.*„[^”]+”/);
        expect(entry.en.article, `${scope}.${key} en article`).toMatch(/^GDPR Art\. \d+.*"[^"]+"/);
        expect(entry.lv.text, `${scope}.${key}: the Latvian text is not the English one`).not.toBe(entry.en.text);
      }
    });
  }

  it('looks help up by a form field name with list indexes', () => {
    expect(helpKey('purposes.3.legitimateInterest')).toBe('purposes.legitimateInterest');
    expect(fieldHelp('activity', 'purposes.3.legitimateInterest', 'lv')?.article).toContain('leģitīmo interešu');
    expect(fieldHelp('activity', 'noSuchField', 'en')).toBeUndefined();
  });
});
