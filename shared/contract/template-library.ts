/**
 * The library screen's preview of a template (issue 14): what the DPO reads
 * before choosing it, with every link resolved to its name in the wanted
 * language: purposes with their legal bases, data subjects, data categories
 * each with the retention rule that governs it and that rule's Latvian legal
 * source, recipients and the DPIA criteria that typically apply.
 */
import { z } from 'zod';
import { ActivityKind, DpiaCriterion } from '../domain/activity.ts';
import { Id } from '../domain/primitives.ts';
import { ExpiryAction, PeriodUnit } from '../domain/retention.ts';
import { SourceCheck, SourceReading, TEMPLATE_ORIGINS, TemplateGroup } from '../templates/schema.ts';
import { channel } from './define.ts';
import { Language } from './register.ts';

export const TemplatePreviewRule = z.object({
  id: z.string(),
  name: z.string(),
  periodValue: z.number().int().nullable(),
  periodUnit: PeriodUnit.nullable(),
  criterion: z.string(),
  startEvent: z.string(),
  legalSource: z.string(),
  legalArticle: z.string(),
  actionAtExpiry: ExpiryAction,
  sourceCheck: SourceCheck,
  verifiedFrom: SourceReading.optional(),
});
export type TemplatePreviewRule = z.infer<typeof TemplatePreviewRule>;

export const TemplatePreview = z.object({
  id: z.string(),
  origin: z.enum(TEMPLATE_ORIGINS),
  group: TemplateGroup,
  kind: ActivityKind,
  name: z.string(),
  description: z.string(),
  purposes: z.array(z.object({ description: z.string(), legalBases: z.array(z.string()), legitimateInterest: z.string() })),
  /** Art. 9(2) conditions and the Art. 10 authorisation, where the template has them. */
  art9Conditions: z.array(z.string()),
  art10Basis: z.string(),
  dataSubjects: z.array(z.string()),
  dataCategories: z.array(z.object({ name: z.string(), retentionRule: TemplatePreviewRule.nullable() })),
  recipients: z.array(z.string()),
  dpiaCriteria: z.array(DpiaCriterion),
  notes: z.string(),
});
export type TemplatePreview = z.infer<typeof TemplatePreview>;

export const templateLibraryContract = {
  /**
   * One template (library or own) resolved for a preview, in the given
   * language (the app's by default). A link the template set does not define
   * is named from the open register's catalogues, or shown as its id.
   * Errors: NOT_FOUND.
   */
  'templates:preview': channel(z.object({ id: Id, language: Language.optional() }).strict(), TemplatePreview),
};
