/** Shorthands that keep the library's data readable: a two-language text, and an unchecked period. */
import type { TemplateText } from '../schema.ts';

/** A text in Latvian and English. */
export function t(lv: string, en: string): TemplateText {
  return { lv, en };
}

/** No text (an optional field left empty). */
export const none: TemplateText = { lv: '', en: '' };
