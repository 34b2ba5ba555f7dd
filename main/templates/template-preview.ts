/**
 * A template as the library screen previews it: every link (catalogue entry,
 * retention rule) resolved to its name in the wanted language. The template
 * set's own definitions come first; a link it does not define (a built-in
 * entry, or a rule an own template shares with the register) is named from
 * the open register; with no register open, it is shown as its id.
 */
import type { Kysely } from 'kysely';
import type { TemplatePreview, TemplatePreviewRule } from '../../shared/contract/template-library.ts';
import { localName, type CatalogueName } from '../../shared/domain/catalogues.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { findCatalogueEntry } from '../db/repositories/catalogue-repository.ts';
import { findRetentionRule } from '../db/repositories/retention-repository.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { availableTemplates, pick, ruleTexts } from './template-catalog.ts';

/** The preview of template `id`. Errors: NOT_FOUND. */
export async function previewTemplate(db: Kysely<DB> | null, id: string, lang: Language): Promise<TemplatePreview> {
  const found = (await availableTemplates(db)).find((entry) => entry.template.id === id);
  if (!found) throw new AppError('NOT_FOUND', { id });
  const { template, definitions, origin } = found;
  const entries = new Map(definitions.catalogueEntries.map((entry) => [`${entry.catalogue}:${entry.id}`, entry]));
  const rules = new Map(definitions.retentionRules.map((rule) => [rule.id, rule]));

  const nameOf = async (catalogue: CatalogueName, entryId: string): Promise<string> => {
    const defined = entries.get(`${catalogue}:${entryId}`);
    if (defined) return pick(defined.name, lang);
    const stored = db ? await findCatalogueEntry(db, catalogue, entryId) : undefined;
    return stored ? localName({ nameLv: String(stored.nameLv ?? ''), nameEn: String(stored.nameEn ?? '') }, lang) : entryId;
  };
  const names = (catalogue: CatalogueName, ids: readonly string[]) => Promise.all(ids.map((entryId) => nameOf(catalogue, entryId)));
  const ruleOf = async (ruleId: string | null): Promise<TemplatePreviewRule | null> => {
    if (!ruleId) return null;
    const defined = rules.get(ruleId);
    if (defined) return { id: ruleId, ...ruleTexts(defined, lang), sourceCheck: defined.sourceCheck, verifiedFrom: defined.verifiedFrom };
    const stored = db ? await findRetentionRule(db, ruleId) : undefined;
    if (!stored) return null;
    const { name, periodValue, periodUnit, criterion, startEvent, legalSource, legalArticle, actionAtExpiry } = stored;
    return { id: ruleId, name, periodValue, periodUnit, criterion, startEvent, legalSource, legalArticle, actionAtExpiry, sourceCheck: 'own_rule' };
  };

  return {
    id: template.id,
    origin,
    group: template.group,
    kind: template.kind,
    name: pick(template.name, lang),
    description: pick(template.description, lang),
    purposes: await Promise.all(
      template.purposes.map(async (purpose) => ({
        description: pick(purpose.description, lang),
        legalBases: await names('legalBases', purpose.legalBasisIds),
        legitimateInterest: pick(purpose.legitimateInterest, lang),
      })),
    ),
    art9Conditions: await names('art9Conditions', template.art9ConditionIds),
    art10Basis: pick(template.art10Basis, lang),
    dataSubjects: await names('dataSubjectCategories', template.dataSubjectCategoryIds),
    dataCategories: await Promise.all(
      template.dataCategories.map(async (row) => ({ name: await nameOf('dataCategories', row.id), retentionRule: await ruleOf(row.retentionRuleId) })),
    ),
    recipients: await names('recipientCategories', template.recipientCategoryIds),
    dpiaCriteria: template.dpiaCriteria,
    notes: pick(template.notes, lang),
  };
}
