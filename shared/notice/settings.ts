/**
 * A privacy notice (informācija datu subjektiem, Art. 13/14) as the DPO sets
 * it up: for which organisation and which audience (data subject
 * categories), the order of its sections, and the DPO's own paragraphs
 * (introduction, cookies, a contact form...). The register supplies
 * everything else, so regenerating the notice never loses the DPO's text:
 * it lives here, not in the generated output.
 */
import { z } from 'zod';
import { Id, LongText, ShortText, idSet } from '../domain/primitives.ts';

/** The sections the register writes, in their default order. */
export const NOTICE_SECTIONS = [
  'controller',
  'purposes',
  'data',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'automated',
  'rights',
  'complaint',
  'changes',
] as const;
export const NoticeSectionKey = z.enum(NOTICE_SECTIONS, { message: 'validation.choice' });
export type NoticeSectionKey = z.infer<typeof NoticeSectionKey>;

/** A paragraph the DPO wrote, in both languages; an empty language is left out of that language's notice. */
export const CustomParagraph = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'validation.choice' }),
  headingLv: ShortText,
  headingEn: ShortText,
  textLv: LongText,
  textEn: LongText,
});
export type CustomParagraph = z.infer<typeof CustomParagraph>;

/** `custom:<id>` places a custom paragraph among the register's sections. */
const customKey = /^custom:[a-z0-9-]{1,40}$/;
export const SectionSlot = z.union([NoticeSectionKey, z.string().regex(customKey, { message: 'validation.choice' })]);

export const NoticeSettings = z
  .object({
    organisationId: Id,
    /** Data subject categories the notice is written for (catalogue `dataSubjectCategories`). */
    audienceIds: idSet(50).refine((ids) => ids.length > 0, { message: 'validation.required' }),
    /** Every register section once and every custom paragraph once, in the order shown. */
    sectionOrder: z.array(SectionSlot).max(NOTICE_SECTIONS.length + 50),
    customParagraphs: z.array(CustomParagraph).max(50),
    /** Name the processors (and their service and country), not only the recipient categories. */
    nameProcessors: z.boolean(),
    /** Put the GDPR article after each legal basis ("6. panta 1. punkta b) apakšpunkts"). */
    showArticles: z.boolean(),
  })
  .refine((s) => new Set(s.customParagraphs.map((p) => p.id)).size === s.customParagraphs.length, {
    message: 'validation.duplicate',
    path: ['customParagraphs'],
  })
  .refine((s) => new Set(s.sectionOrder).size === s.sectionOrder.length, { message: 'validation.duplicate', path: ['sectionOrder'] })
  .refine(
    (s) => {
      const custom = new Set(s.customParagraphs.map((p) => `custom:${p.id}`));
      return s.sectionOrder.every((slot) => !slot.startsWith('custom:') || custom.has(slot));
    },
    { message: 'validation.choice', path: ['sectionOrder'] },
  );
export type NoticeSettings = z.infer<typeof NoticeSettings>;

/** The audience's identity: its category ids sorted, so the same set is the same notice whatever order it was chosen in. */
export function audienceKey(audienceIds: readonly string[]): string {
  return [...new Set(audienceIds)].sort().join(',');
}

/** Settings with nothing of the DPO's own: the register's sections in the default order. */
export function defaultNoticeSettings(organisationId: string, audienceIds: readonly string[]): NoticeSettings {
  return {
    organisationId,
    audienceIds: [...new Set(audienceIds)].sort(),
    sectionOrder: [...NOTICE_SECTIONS],
    customParagraphs: [],
    nameProcessors: false,
    showArticles: false,
  };
}

/**
 * The order in which sections are written: the DPO's order, then any
 * register section or custom paragraph it does not mention (a section added
 * in a later version of the app, a paragraph just written) in the default place.
 */
export function effectiveOrder(settings: Pick<NoticeSettings, 'sectionOrder' | 'customParagraphs'>): string[] {
  const order = settings.sectionOrder.filter(
    (slot) => (NOTICE_SECTIONS as readonly string[]).includes(slot) || settings.customParagraphs.some((p) => `custom:${p.id}` === slot),
  );
  for (const section of NOTICE_SECTIONS) if (!order.includes(section)) order.push(section);
  for (const paragraph of settings.customParagraphs) {
    const slot = `custom:${paragraph.id}`;
    if (!order.includes(slot)) order.push(slot);
  }
  return order;
}
