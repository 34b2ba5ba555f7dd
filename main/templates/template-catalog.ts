/**
 * Every template a register can apply: the built-in library and the
 * register's own, each with the definitions of what it links to. Own
 * template ids start with `own-`, so they never shadow a library template.
 */
import type { Kysely } from 'kysely';
import { localName } from '../../shared/domain/catalogues.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { builtinLibrary } from '../../shared/templates/library/index.ts';
import type { ActivityTemplate, TemplateOrigin, TemplateRetentionRule, TemplateSummary, TemplateText } from '../../shared/templates/schema.ts';
import type { DB } from '../db/schema.ts';
import { listOwnTemplates, type TemplateDefinitions } from './template-store.ts';

export const OWN_TEMPLATE_PREFIX = 'own-';

export interface AvailableTemplate {
  origin: TemplateOrigin;
  template: ActivityTemplate;
  definitions: TemplateDefinitions;
}

/** Library templates first (in the library's order), then the register's own. */
export async function availableTemplates(db: Kysely<DB> | null): Promise<AvailableTemplate[]> {
  const library = builtinLibrary();
  const definitions = { catalogueEntries: library.catalogueEntries, retentionRules: library.retentionRules };
  const builtin = library.templates.map((template) => ({ origin: 'library' as const, template, definitions }));
  if (!db) return builtin;
  const own = (await listOwnTemplates(db)).map((stored) => ({ origin: 'own' as const, template: stored.template, definitions: stored.definitions }));
  return [...builtin, ...own];
}

/** A template text in the wanted language, falling back to the other. */
export function pick(text: TemplateText | undefined, lang: Language): string {
  if (!text) return '';
  return localName({ nameLv: text.lv, nameEn: text.en }, lang);
}

/** A template rule's period, source and texts in the wanted language: what a preview shows and applying stores. */
export function ruleTexts(rule: TemplateRetentionRule, lang: Language) {
  return {
    name: pick(rule.name, lang),
    periodValue: rule.periodValue,
    periodUnit: rule.periodUnit,
    criterion: pick(rule.criterion, lang),
    startEvent: pick(rule.startEvent, lang),
    legalSource: rule.legalSource,
    legalArticle: rule.legalArticle,
    actionAtExpiry: rule.actionAtExpiry,
  };
}

/** What the list shows of a template. Legal basis points are read off the built-in ids (`lb-b` → b). */
export function summarise(available: AvailableTemplate, lang: Language): TemplateSummary {
  const { template } = available;
  const points = new Set(template.purposes.flatMap((purpose) => purpose.legalBasisIds.map((id) => /^lb-([a-f])$/.exec(id)?.[1]).filter((p): p is string => p !== undefined)));
  return {
    id: template.id,
    origin: available.origin,
    group: template.group,
    kind: template.kind,
    name: pick(template.name, lang),
    description: pick(template.description, lang),
    legalBasisPoints: [...points].sort(),
    retentionRuleCount: new Set(template.dataCategories.flatMap((row) => (row.retentionRuleId ? [row.retentionRuleId] : []))).size,
    dpiaCriteria: template.dpiaCriteria,
  };
}
