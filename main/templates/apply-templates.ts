/**
 * Applying templates to a register: each chosen template becomes a draft
 * activity of the chosen organisation, linked (never retyped) to catalogue
 * entries and retention rules. An entry or rule the register already has
 * (same id) is reused; one it lacks is created from the template's
 * definition once, and reused by every later activity: applying the same
 * template twice, or two templates sharing a rule, creates it once.
 *
 * Runs inside the caller's transaction (RegisterSession.write): the
 * activities, the entries, the rules and their history entries all land, or
 * none do. Errors: NOT_FOUND (an unknown template id), UNKNOWN_REFERENCE (a
 * link neither the register nor the template defines, or an unknown
 * organisation), DUPLICATE_NUMBER (cannot happen with fresh numbers).
 */
import type { Kysely } from 'kysely';
import { nextActivityNumber } from '../../shared/domain/activity-number.ts';
import { ActivityInput, emptyActivity, type Activity } from '../../shared/domain/activity.ts';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { sourceCheckParams, type ActivityTemplate, type TemplateCatalogueEntry, type TemplateRetentionRule } from '../../shared/templates/schema.ts';
import { saveActivity } from '../db/repositories/activity-repository.ts';
import { existingCatalogueIds, putCatalogueRecords } from '../db/repositories/catalogue-repository.ts';
import { insertRetentionRuleRecords } from '../db/repositories/retention-repository.ts';
import { timestamp, type WriteContext } from '../db/repositories/write-context.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { assertActivityReferences } from '../services/references.ts';
import { availableTemplates, pick, ruleTexts, type AvailableTemplate } from './template-catalog.ts';
import { localDayOf } from '../../shared/format.ts';

export interface ApplyRequest {
  organisationId: string;
  templateIds: readonly string[];
  language: Language;
}

export interface ApplyResult {
  activities: Activity[];
  /** Ids of the catalogue entries and retention rules this application created (not those reused). */
  createdCatalogueEntries: string[];
  createdRetentionRules: string[];
}

type Needed = { catalogue: CatalogueName; id: string; field: string };

/** Every catalogue link of a template, with the catalogue it belongs to. */
function catalogueLinks(template: ActivityTemplate, rules: ReadonlyMap<string, TemplateRetentionRule>): Needed[] {
  const links: Needed[] = [
    ...template.purposes.flatMap((purpose) => purpose.legalBasisIds.map((id) => ({ catalogue: 'legalBases' as const, id, field: 'purposes.legalBasisIds' }))),
    ...template.art9ConditionIds.map((id) => ({ catalogue: 'art9Conditions' as const, id, field: 'art9ConditionIds' })),
    ...template.dataSubjectCategoryIds.map((id) => ({ catalogue: 'dataSubjectCategories' as const, id, field: 'dataSubjectCategoryIds' })),
    ...template.dataCategories.map((row) => ({ catalogue: 'dataCategories' as const, id: row.id, field: 'dataCategories' })),
    ...template.recipientCategoryIds.map((id) => ({ catalogue: 'recipientCategories' as const, id, field: 'recipients' })),
    ...template.securityMeasureIds.map((id) => ({ catalogue: 'securityMeasures' as const, id, field: 'securityMeasureIds' })),
  ];
  for (const row of template.dataCategories) {
    const rule = row.retentionRuleId ? rules.get(row.retentionRuleId) : undefined;
    if (rule?.dataCategoryId) links.push({ catalogue: 'dataCategories', id: rule.dataCategoryId, field: 'retentionRules.dataCategoryId' });
  }
  return links;
}

/** The stored shape of a template-defined catalogue entry. */
function entryRecord(entry: TemplateCatalogueEntry, at: string): Record<string, unknown> {
  const { catalogue: _catalogue, name, ...extra } = entry;
  return { ...extra, nameLv: name.lv, nameEn: name.en, description: '', builtin: false, revision: 1, createdAt: at, updatedAt: at };
}

/** The stored shape of a template-defined rule, in the register's language. */
function ruleRecord(rule: TemplateRetentionRule, lang: Language, at: string): RetentionRule {
  const t = translator(lang);
  const check = t(`templates:sourceCheck.${rule.sourceCheck}`, sourceCheckParams(rule.verifiedFrom));
  return {
    id: rule.id,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    ...ruleTexts(rule, lang),
    dataCategoryId: rule.dataCategoryId,
    periodState: 'structured',
    periodText: '',
    backupsCovered: false,
    owner: '',
    lastReviewedOn: null,
    notes: `${check} ${pick(rule.sourceNote, lang)}`.trim(),
  };
}

/** Creates what the chosen templates link to and the register lacks; answers the ids created. */
async function createMissingLinks(trx: Kysely<DB>, chosen: readonly AvailableTemplate[], lang: Language, at: string): Promise<Omit<ApplyResult, 'activities'>> {
  const createdCatalogueEntries: string[] = [];
  const createdRetentionRules: string[] = [];
  const ruleIds = new Map<string, { rule: TemplateRetentionRule | undefined; field: string }>();
  const byCatalogue = new Map<CatalogueName, Map<string, { entry: TemplateCatalogueEntry | undefined; field: string }>>();
  for (const { template, definitions } of chosen) {
    const rules = new Map(definitions.retentionRules.map((rule) => [rule.id, rule]));
    const entries = new Map(definitions.catalogueEntries.map((entry) => [`${entry.catalogue}:${entry.id}`, entry]));
    for (const link of catalogueLinks(template, rules)) {
      const wanted = byCatalogue.get(link.catalogue) ?? new Map();
      if (!wanted.has(link.id)) wanted.set(link.id, { entry: entries.get(`${link.catalogue}:${link.id}`), field: link.field });
      byCatalogue.set(link.catalogue, wanted);
    }
    for (const row of template.dataCategories) {
      if (row.retentionRuleId && !ruleIds.has(row.retentionRuleId)) ruleIds.set(row.retentionRuleId, { rule: rules.get(row.retentionRuleId), field: 'dataCategories.retentionRuleId' });
    }
  }
  for (const [catalogue, wanted] of byCatalogue) {
    const present = await existingCatalogueIds(trx, catalogue, [...wanted.keys()]);
    const records: Array<Record<string, unknown>> = [];
    for (const [id, { entry, field }] of wanted) {
      if (present.has(id)) continue;
      if (!entry) throw new AppError('UNKNOWN_REFERENCE', { field, id });
      records.push(entryRecord(entry, at));
      createdCatalogueEntries.push(id);
    }
    await putCatalogueRecords(trx, catalogue, records, at);
  }
  const presentRules = ruleIds.size === 0 ? new Set<string>() : new Set((await trx.selectFrom('retention_rule').select('id').where('id', 'in', [...ruleIds.keys()]).execute()).map((row) => row.id));
  const newRules: RetentionRule[] = [];
  for (const [id, { rule, field }] of ruleIds) {
    if (presentRules.has(id)) continue;
    if (!rule) throw new AppError('UNKNOWN_REFERENCE', { field, id });
    newRules.push(ruleRecord(rule, lang, at));
    createdRetentionRules.push(id);
  }
  await insertRetentionRuleRecords(trx, newRules, at);
  return { createdCatalogueEntries, createdRetentionRules };
}

/** The draft activity a template becomes. */
function draftFrom(template: ActivityTemplate, organisationId: string, number: string, lang: Language, today: string) {
  const t = translator(lang);
  const notes = [pick(template.notes, lang), t('templates:createdFrom', { name: pick(template.name, lang) })].filter(Boolean).join('\n');
  return ActivityInput.parse({
    ...emptyActivity(organisationId, today),
    kind: template.kind,
    number,
    name: pick(template.name, lang),
    description: pick(template.description, lang),
    purposes: template.purposes.map((purpose) => ({
      description: pick(purpose.description, lang),
      legalBasisIds: purpose.legalBasisIds,
      legitimateInterest: pick(purpose.legitimateInterest, lang),
      legitimateInterestAssessment: '',
      legitimateInterestAssessedOn: null,
    })),
    art9ConditionIds: template.art9ConditionIds,
    art9Notes: pick(template.art9Notes, lang),
    art10Basis: pick(template.art10Basis, lang),
    dataSubjectCategoryIds: template.dataSubjectCategoryIds,
    dataCategories: template.dataCategories.map((row) => ({ dataCategoryId: row.id, retentionRuleId: row.retentionRuleId, notes: '' })),
    sourceTypes: template.sourceTypes,
    recipients: template.recipientCategoryIds.map((id) => ({ recipientCategoryId: id, notes: '' })),
    securityMeasureIds: template.securityMeasureIds,
    dpiaCriteria: template.dpiaCriteria,
    notes,
  });
}

/** Applies templates (in the order given; one id may come twice) inside the caller's transaction. */
export async function applyTemplates(trx: Kysely<DB>, request: ApplyRequest, ctx: WriteContext): Promise<ApplyResult> {
  const available = new Map((await availableTemplates(trx)).map((entry) => [entry.template.id, entry]));
  const chosen = request.templateIds.map((id) => {
    const found = available.get(id);
    if (!found) throw new AppError('NOT_FOUND', { id });
    return found;
  });
  const organisation = await trx.selectFrom('organisation').select('id').where('id', '=', request.organisationId).executeTakeFirst();
  if (!organisation) throw new AppError('UNKNOWN_REFERENCE', { field: 'organisationId', id: request.organisationId });
  const at = timestamp(ctx);
  const created = await createMissingLinks(trx, chosen, request.language, at);
  const numbers = new Set((await trx.selectFrom('activity').select('number').where('organisation_id', '=', request.organisationId).execute()).map((row) => row.number));
  const today = localDayOf(at);
  const activities: Activity[] = [];
  for (const { template } of chosen) {
    const number = nextActivityNumber(numbers);
    numbers.add(number);
    const draft = draftFrom(template, request.organisationId, number, request.language, today);
    await assertActivityReferences(trx, draft);
    activities.push(await saveActivity(trx, draft, ctx));
  }
  return { activities, ...created };
}
