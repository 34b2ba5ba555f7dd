/**
 * The built-in library of common activities of a Latvian SME, as one
 * template set. Reviewed data: docs/templates.md says what each legal source
 * was checked against, and test/templates/library.test.ts that every
 * template validates and every reference resolves.
 */
import { TEMPLATE_SET_FORMAT, TemplateSet, type TemplateSetInput } from '../schema.ts';
import { businessTemplates } from './business.ts';
import { complianceTemplates } from './compliance.ts';
import { libraryEntries } from './entries.ts';
import { marketingTemplates } from './marketing.ts';
import { personnelTemplates } from './personnel.ts';
import { libraryRules } from './rules.ts';
import { securityTemplates } from './security.ts';

/** The library as written (before validation): what the tests check. */
export const LIBRARY_SOURCE: TemplateSetInput = {
  format: TEMPLATE_SET_FORMAT,
  version: 1,
  title: 'ROPA bibliotēka / ROPA library',
  templates: [...personnelTemplates, ...businessTemplates, ...marketingTemplates, ...securityTemplates, ...complianceTemplates],
  catalogueEntries: libraryEntries,
  retentionRules: libraryRules,
};

let parsed: TemplateSet | undefined;

/** The library, validated once. */
export function builtinLibrary(): TemplateSet {
  parsed ??= TemplateSet.parse(LIBRARY_SOURCE);
  return parsed;
}
