/**
 * The DPO's own templates: saving an activity as a template, and carrying a
 * set of them from register to register as a JSON file (a consultant's
 * library). An own template is written in the register's language; its
 * Latvian and English texts are the same until the DPO edits the file.
 *
 * What a template keeps of an activity: its purposes and legal bases, Art.
 * 9/10 conditions, data subject and data categories with their retention
 * rules, recipient categories, sources, security measures and the DPIA
 * criteria (facts about the processing). What it leaves out: the number,
 * owner, status, reviews and DPIA decision (a copy is a new draft), and the
 * named processors and transfers (they belong to one organisation).
 */
import type { Kysely } from 'kysely';
import type { Activity } from '../../shared/domain/activity.ts';
import { withEffectiveBases } from '../../shared/domain/legal-basis-inheritance.ts';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { issueKey, translateIssues } from '../../shared/validation.ts';
import {
  ActivityTemplate,
  TEMPLATE_SET_FORMAT,
  TemplateSet,
  type TemplateCatalogueEntry,
  type TemplateGroup,
  type TemplateRetentionRule,
} from '../../shared/templates/schema.ts';
import { getActivity } from '../db/repositories/activity-repository.ts';
import { findCatalogueEntry } from '../db/repositories/catalogue-repository.ts';
import { getRetentionRule } from '../db/repositories/retention-repository.ts';
import { newId, type WriteContext } from '../db/repositories/write-context.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { parseImportJson } from '../services/json-exchange.ts';
import { OWN_TEMPLATE_PREFIX } from './template-catalog.ts';
import { listOwnTemplates, putOwnTemplate, type StoredTemplate, type TemplateDefinitions } from './template-store.ts';

const same = (text: string) => ({ lv: text, en: text });

/** The catalogues a template set can define entries of, with the fields beyond the names. */
const DEFINABLE: Partial<Record<CatalogueName, string[]>> = {
  dataCategories: ['kind'],
  dataSubjectCategories: ['employees', 'vulnerable'],
  recipientCategories: ['type'],
  legalBases: ['gdprPoint', 'lawReference'],
  securityMeasures: ['type'],
};

/** Catalogue links of an activity, by catalogue. */
function activityLinks(activity: Activity): Array<[CatalogueName, string]> {
  return [
    ...activity.purposes.flatMap((purpose) => purpose.legalBasisIds.map((id) => ['legalBases', id] as [CatalogueName, string])),
    ...activity.dataSubjectCategoryIds.map((id) => ['dataSubjectCategories', id] as [CatalogueName, string]),
    ...activity.dataCategories.map((row) => ['dataCategories', row.dataCategoryId] as [CatalogueName, string]),
    ...activity.recipients.map((row) => ['recipientCategories', row.recipientCategoryId] as [CatalogueName, string]),
    ...activity.securityMeasureIds.map((id) => ['securityMeasures', id] as [CatalogueName, string]),
  ];
}

function ruleDefinition(rule: RetentionRule): TemplateRetentionRule {
  return {
    id: rule.id,
    name: same(rule.name),
    dataCategoryId: rule.dataCategoryId,
    periodValue: rule.periodValue,
    periodUnit: rule.periodUnit,
    criterion: same(rule.criterion),
    startEvent: same(rule.startEvent),
    legalSource: rule.legalSource,
    legalArticle: rule.legalArticle,
    actionAtExpiry: rule.actionAtExpiry,
    sourceCheck: 'own_rule',
    sourceNote: same(rule.notes),
  };
}

/** The non-built-in entries and the rules an activity links to, as definitions. */
async function definitionsOf(db: Kysely<DB>, activity: Activity): Promise<TemplateDefinitions> {
  const rules = new Map<string, TemplateRetentionRule>();
  for (const row of activity.dataCategories) {
    if (row.retentionRuleId && !rules.has(row.retentionRuleId)) rules.set(row.retentionRuleId, ruleDefinition(await getRetentionRule(db, row.retentionRuleId)));
  }
  const links = activityLinks(activity);
  for (const rule of rules.values()) if (rule.dataCategoryId) links.push(['dataCategories', rule.dataCategoryId]);
  const entries = new Map<string, TemplateCatalogueEntry>();
  for (const [catalogue, id] of links) {
    const fields = DEFINABLE[catalogue];
    if (!fields || entries.has(`${catalogue}:${id}`)) continue;
    const entry = await findCatalogueEntry(db, catalogue, id);
    if (!entry || entry.builtin) continue;
    const name = { lv: String(entry.nameLv || entry.nameEn), en: String(entry.nameEn || entry.nameLv) };
    const extra = Object.fromEntries(fields.map((field) => [field, entry[field]]));
    entries.set(`${catalogue}:${id}`, { catalogue, id, name, ...extra } as TemplateCatalogueEntry);
  }
  return { catalogueEntries: [...entries.values()], retentionRules: [...rules.values()] };
}

/** Saves an activity as an own template (a new one each time), in the caller's transaction. */
export async function saveActivityAsTemplate(trx: Kysely<DB>, activityId: string, options: { group?: TemplateGroup }, ctx: WriteContext): Promise<StoredTemplate> {
  // A template has no activity-level basis: each purpose takes the basis it rests on, its own or the one it inherits.
  const activity = withEffectiveBases(await getActivity(trx, activityId));
  const template = ActivityTemplate.parse({
    id: `${OWN_TEMPLATE_PREFIX}${newId(ctx)}`,
    group: options.group ?? 'other',
    kind: activity.kind,
    name: same(activity.name),
    description: same(activity.description),
    purposes: activity.purposes.map((purpose) => ({ description: same(purpose.description), legalBasisIds: purpose.legalBasisIds, legitimateInterest: same(purpose.legitimateInterest) })),
    art9ConditionIds: activity.art9ConditionIds,
    art9Notes: same(activity.art9Notes),
    art10Basis: same(activity.art10Basis),
    dataSubjectCategoryIds: activity.dataSubjectCategoryIds,
    dataCategories: activity.dataCategories.map((row) => ({ id: row.dataCategoryId, retentionRuleId: row.retentionRuleId })),
    recipientCategoryIds: activity.recipients.map((row) => row.recipientCategoryId),
    sourceTypes: activity.sourceTypes,
    securityMeasureIds: activity.securityMeasureIds,
    dpiaCriteria: activity.dpiaCriteria,
    notes: same(activity.notes),
  });
  return putOwnTemplate(trx, template, await definitionsOf(trx, activity), ctx);
}

/** The own templates (all, or those named) as a template set file's text. */
export async function exportTemplateSet(db: Kysely<DB>, ids: readonly string[] | undefined, title: string): Promise<{ text: string; count: number }> {
  const own = await listOwnTemplates(db);
  const chosen = ids ? ids.map((id) => own.find((stored) => stored.template.id === id) ?? notFound(id)) : own;
  const entries = new Map<string, TemplateCatalogueEntry>();
  const rules = new Map<string, TemplateRetentionRule>();
  for (const { definitions } of chosen) {
    for (const entry of definitions.catalogueEntries) entries.set(`${entry.catalogue}:${entry.id}`, entry);
    for (const rule of definitions.retentionRules) rules.set(rule.id, rule);
  }
  const set = TemplateSet.parse({
    format: TEMPLATE_SET_FORMAT,
    version: 1,
    title,
    templates: chosen.map((stored) => stored.template),
    catalogueEntries: [...entries.values()],
    retentionRules: [...rules.values()],
  });
  return { text: `${JSON.stringify(set, null, 2)}\n`, count: chosen.length };
}

function notFound(id: string): never {
  throw new AppError('NOT_FOUND', { id });
}

/**
 * Reads a template set file's text. Errors: IMPORT_NOT_JSON, IMPORT_INVALID
 * (not a template set, a field at fault, or a template id without `own-`).
 */
export function parseTemplateSet(text: string, lang: Language): TemplateSet {
  const t = translator(lang);
  const raw = parseImportJson(text);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== TEMPLATE_SET_FORMAT) {
    throw new AppError('IMPORT_INVALID', { detail: t('templates:badSet') });
  }
  const parsed = TemplateSet.safeParse(raw, { error: issueKey });
  if (!parsed.success) {
    const [issue] = translateIssues(parsed.error, t);
    throw new AppError('IMPORT_INVALID', { detail: `${issue?.path}: ${issue?.message}` });
  }
  const foreign = parsed.data.templates.find((template) => !template.id.startsWith(OWN_TEMPLATE_PREFIX));
  if (foreign) throw new AppError('IMPORT_INVALID', { detail: t('templates:notOwnId', { id: foreign.id }) });
  return parsed.data;
}

/** Adds (or replaces, same id) the set's templates to the register's own, in the caller's transaction. */
export async function importTemplateSet(trx: Kysely<DB>, set: TemplateSet, ctx: WriteContext): Promise<number> {
  for (const template of set.templates) {
    const ruleIds = new Set(template.dataCategories.flatMap((row) => (row.retentionRuleId ? [row.retentionRuleId] : [])));
    const retentionRules = set.retentionRules.filter((rule) => ruleIds.has(rule.id));
    const linked = new Set([
      ...template.purposes.flatMap((purpose) => purpose.legalBasisIds),
      ...template.dataSubjectCategoryIds,
      ...template.dataCategories.map((row) => row.id),
      ...template.recipientCategoryIds,
      ...template.securityMeasureIds,
      ...retentionRules.flatMap((rule) => (rule.dataCategoryId ? [rule.dataCategoryId] : [])),
    ]);
    const catalogueEntries = set.catalogueEntries.filter((entry) => linked.has(entry.id));
    await putOwnTemplate(trx, template, { catalogueEntries, retentionRules }, ctx);
  }
  return set.templates.length;
}
