/**
 * The shape of a field's help: what to write, the GDPR article it answers
 * (quoting the Latvian text of the GDPR, VDAR, in Latvian quotes „…”, and
 * the English text in English quotes) and a one-line example.
 *
 * Help is keyed by the domain schema's field path with list indexes left
 * out: `activity.purposes.legalBasisIds` is the help of every purpose's
 * legal bases. test/help/field-help.test.ts walks the zod schemas and fails
 * when a field has no help in either language, or a key names no field.
 */
import type { Language } from '../i18n/languages.ts';

export interface HelpText {
  /** What to write, in one or two sentences. */
  text: string;
  /** The article and the regulation's own words. */
  article: string;
  /** A one-line example of a good entry. */
  example: string;
}

export type FieldHelp = Record<Language, HelpText>;

/** The record types whose editors show help. */
export const HELP_SCOPES = ['activity', 'organisation', 'processor', 'retentionRule'] as const;
export type HelpScope = (typeof HELP_SCOPES)[number];

/** An article in both languages (shared/help/articles.ts). */
export type Article = readonly [lv: string, en: string];

/** One entry: the article it cites, then what to write and an example, in Latvian and in English. */
export function help(article: Article, lv: readonly [text: string, example: string], en: readonly [text: string, example: string]): FieldHelp {
  return {
    lv: { text: lv[0], article: article[0], example: lv[1] },
    en: { text: en[0], article: article[1], example: en[1] },
  };
}
