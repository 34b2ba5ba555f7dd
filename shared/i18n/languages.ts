/** The app's languages, without their text (for code that runs before the text is loaded). */
export const LANGUAGES = ['lv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'lv';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
