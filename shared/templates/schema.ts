/**
 * Templates of processing activities (apstrādes darbību paraugi): what a
 * typical Latvian SME processes, as data a DPO turns into draft activities of
 * their own register.
 *
 * A template never carries prose that must be retyped into catalogues: it
 * links. Its data categories, subjects, recipients, legal bases and measures
 * are catalogue ids; its retention rules are ids too. An id is either one of
 * the built-in entries every register has (migration 002) or an entry the
 * template set defines itself (`catalogueEntries`, `retentionRules`), which
 * applying creates once (same id) and reuses ever after.
 *
 * A set is also the JSON file a consultant carries from client to client
 * (`format: 'ropa-template-set'`), so the same schema validates the built-in
 * library, an exported set and an imported one.
 */
import { z } from 'zod';
import { ActivityKind, DpiaCriterion, SourceType } from '../domain/activity.ts';
import { DataCategoryKind, GdprPoint, MeasureType, RecipientType } from '../domain/catalogues.ts';
import { Id, IsoDate, LONG_TEXT_MAX, SHORT_TEXT_MAX, plainText } from '../domain/primitives.ts';
import { ExpiryAction, PeriodUnit } from '../domain/retention.ts';
import { formatDate } from '../format.ts';

/** A text in both languages. Latvian is required; English may fall back to it. */
export const TemplateText = z.object({ lv: plainText(LONG_TEXT_MAX), en: plainText(LONG_TEXT_MAX) }).strict();
export type TemplateText = z.infer<typeof TemplateText>;
const ShortTemplateText = z.object({ lv: plainText(SHORT_TEXT_MAX), en: plainText(SHORT_TEXT_MAX) }).strict();
const NamedText = ShortTemplateText.refine((text) => text.lv.trim().length > 0 && text.en.trim().length > 0, {
  message: 'validation.required',
});

/**
 * How far a retention rule's legal source was checked:
 * - `secondary_source`: the article's wording was read as quoted by a named
 *   secondary source (an authority's or professional body's page); the
 *   consolidated text on likumi.lv is still to be compared;
 * - `to_verify`: the article is cited from professional knowledge and must be
 *   checked against the consolidated text before relying on it;
 * - `common_practice`: no statute sets the period; it is a common practice
 *   (or a supervisory authority's recommendation) and says so;
 * - `own_rule`: a DPO's own rule saved with their template, as they wrote it
 *   (never used by the built-in library);
 * - `verified`: the article, period and wording were compared with the text of
 *   the law itself (or a verbatim quotation of it); `verifiedFrom` says where
 *   it was read and on which day.
 */
export const SOURCE_CHECKS = ['verified', 'secondary_source', 'to_verify', 'common_practice', 'own_rule'] as const;
export const SourceCheck = z.enum(SOURCE_CHECKS, { message: 'validation.choice' });
export type SourceCheck = z.infer<typeof SourceCheck>;

/** Where a `verified` source was read (a URL or title) and the day it was read. */
export const SourceReading = z.object({ where: plainText(SHORT_TEXT_MAX), readOn: IsoDate }).strict();
export type SourceReading = z.infer<typeof SourceReading>;

/** The values the `templates:sourceCheck.*` texts interpolate (only `verified` uses them). */
export function sourceCheckParams(reading: SourceReading | undefined): { where: string; date: string } {
  return { where: reading?.where ?? '', date: formatDate(reading?.readOn) };
}

export const TemplateRetentionRule = z
  .object({
    id: Id,
    name: NamedText,
    dataCategoryId: Id.nullable(),
    periodValue: z.number().int().min(1).max(1000).nullable(),
    periodUnit: PeriodUnit.nullable(),
    criterion: TemplateText,
    startEvent: ShortTemplateText,
    /** The law, by its Latvian title ("Grāmatvedības likums"); empty for a common practice. */
    legalSource: plainText(SHORT_TEXT_MAX),
    /** Article (and part) as cited in Latvian: "28. panta pirmā daļa". */
    legalArticle: plainText(SHORT_TEXT_MAX),
    actionAtExpiry: ExpiryAction,
    sourceCheck: SourceCheck,
    /** Only for `verified`: where the text was read and when. */
    verifiedFrom: SourceReading.optional(),
    /** What was checked, where, and what is left to check. */
    sourceNote: TemplateText,
  })
  .strict()
  .refine((rule) => (rule.sourceCheck === 'verified') === (rule.verifiedFrom !== undefined && rule.verifiedFrom.where.trim().length > 0), {
    message: 'validation.required',
    path: ['verifiedFrom'],
  })
  .refine((rule) => (rule.periodValue === null) === (rule.periodUnit === null), { message: 'validation.periodPair', path: ['periodUnit'] })
  .refine((rule) => rule.periodValue !== null || rule.criterion.lv.length > 0, { message: 'validation.periodOrCriterion', path: ['criterion'] })
  .refine((rule) => rule.sourceCheck === 'common_practice' || rule.sourceCheck === 'own_rule' || rule.legalSource.length > 0, {
    message: 'validation.required',
    path: ['legalSource'],
  });
export type TemplateRetentionRule = z.infer<typeof TemplateRetentionRule>;

/** A catalogue entry a template needs beyond the built-in ones. */
export const TemplateCatalogueEntry = z.discriminatedUnion('catalogue', [
  z.object({ catalogue: z.literal('dataCategories'), id: Id, name: NamedText, kind: DataCategoryKind }).strict(),
  z
    .object({ catalogue: z.literal('dataSubjectCategories'), id: Id, name: NamedText, employees: z.boolean(), vulnerable: z.boolean() })
    .strict(),
  z.object({ catalogue: z.literal('recipientCategories'), id: Id, name: NamedText, type: RecipientType }).strict(),
  z.object({ catalogue: z.literal('legalBases'), id: Id, name: NamedText, gdprPoint: GdprPoint, lawReference: plainText(SHORT_TEXT_MAX) }).strict(),
  z.object({ catalogue: z.literal('securityMeasures'), id: Id, name: NamedText, type: MeasureType }).strict(),
]);
export type TemplateCatalogueEntry = z.infer<typeof TemplateCatalogueEntry>;

export const TemplatePurpose = z
  .object({
    description: NamedText,
    /** Art. 6(1) bases (built-in `lb-a`…`lb-f`). The library gives every purpose one (its test checks). */
    legalBasisIds: z.array(Id).max(6),
    /** For Art. 6(1)(f): the interest pursued. */
    legitimateInterest: TemplateText.optional(),
  })
  .strict();

export const TEMPLATE_GROUPS = ['personnel', 'finance', 'customers', 'marketing', 'security', 'compliance', 'services', 'other'] as const;
export const TemplateGroup = z.enum(TEMPLATE_GROUPS, { message: 'validation.choice' });
export type TemplateGroup = z.infer<typeof TemplateGroup>;

export const ActivityTemplate = z
  .object({
    id: Id,
    group: TemplateGroup,
    kind: ActivityKind,
    name: NamedText,
    description: TemplateText,
    /** An own template saved from a draft may have none yet; the library's have at least one. */
    purposes: z.array(TemplatePurpose).max(100),
    art9ConditionIds: z.array(Id).max(10).default([]),
    art9Notes: TemplateText.optional(),
    /** Art. 10: the law that authorises criminal-offence data. */
    art10Basis: TemplateText.optional(),
    dataSubjectCategoryIds: z.array(Id).max(500),
    /** Data categories, each with the retention rule that governs it (or none yet). */
    dataCategories: z
      .array(z.object({ id: Id, retentionRuleId: Id.nullable() }).strict())
      .max(500),
    recipientCategoryIds: z.array(Id).max(500),
    sourceTypes: z.array(SourceType).max(4),
    securityMeasureIds: z.array(Id).max(500).default([]),
    /** WP248 criteria that typically apply: the DPO decides on the DPIA. */
    dpiaCriteria: z.array(DpiaCriterion).max(9),
    notes: TemplateText.optional(),
  })
  .strict();
export type ActivityTemplate = z.infer<typeof ActivityTemplate>;
export type ActivityTemplateInput = z.input<typeof ActivityTemplate>;

export const TEMPLATE_SET_FORMAT = 'ropa-template-set';

/** The built-in library, or a set a DPO exported. */
export const TemplateSet = z
  .object({
    format: z.literal(TEMPLATE_SET_FORMAT),
    version: z.literal(1),
    title: plainText(SHORT_TEXT_MAX),
    templates: z.array(ActivityTemplate).max(1000),
    catalogueEntries: z.array(TemplateCatalogueEntry).max(5000),
    retentionRules: z.array(TemplateRetentionRule).max(5000),
  })
  .strict();
export type TemplateSet = z.infer<typeof TemplateSet>;
export type TemplateSetInput = z.input<typeof TemplateSet>;

/** Where a template comes from: the built-in library, or the register's own. */
export const TEMPLATE_ORIGINS = ['library', 'own'] as const;
export type TemplateOrigin = (typeof TEMPLATE_ORIGINS)[number];

/** One line of the template list: what the picker and `ropa templates list` show. */
export const TemplateSummary = z.object({
  id: Id,
  origin: z.enum(TEMPLATE_ORIGINS),
  group: TemplateGroup,
  kind: ActivityKind,
  name: z.string(),
  description: z.string(),
  /** Art. 6(1) points its purposes use, sorted: ['b', 'c']. */
  legalBasisPoints: z.array(z.string()),
  retentionRuleCount: z.number().int().min(0),
  dpiaCriteria: z.array(DpiaCriterion),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;
