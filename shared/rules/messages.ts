/**
 * Findings written out in a language: the message (which names the record
 * and says what to do), the rule's short title, the severity and the GDPR
 * provision as the reader's language writes them.
 */
import { z } from 'zod';
import { translator, type Language, type Translate } from '../i18n/index.ts';
import { writeMessage } from './message-template.ts';
import { Finding, type ParamValue, type ScalarParam } from './types.ts';

const ARTICLE = /^Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/;

/**
 * 'Art. 30(1)(f)' as the language writes it: Latvian "30. panta 1. punkta
 * f) apakšpunkts", English unchanged. Anything else is returned as given.
 */
export function articleLabel(article: string, lang: Language): string {
  if (lang === 'en') return article;
  const match = ARTICLE.exec(article);
  if (!match) return article;
  const [, number, paragraph, point] = match;
  if (!paragraph) return `${number}. pants`;
  if (!point) return `${number}. panta ${paragraph}. punkts`;
  return `${number}. panta ${paragraph}. punkta ${point}) apakšpunkts`;
}

function resolveScalar(value: ScalarParam, t: Translate, lang: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('t' in value) return t(value.t, value.params);
  if ('article' in value) return articleLabel(value.article, lang);
  return (lang === 'lv' ? value.lv : value.en) || value.lv || value.en;
}

function resolve(value: ParamValue, t: Translate, lang: Language): string {
  return Array.isArray(value) ? value.map((v) => resolveScalar(v, t, lang)).join(', ') : resolveScalar(value, t, lang);
}

/** The finding's parameters written out in `lang`: the values its message is written with. */
export function findingParams(finding: Finding, lang: Language): Record<string, string> {
  const t = translator(lang);
  const params: Record<string, string> = {};
  for (const name in finding.params) params[name] = resolve(finding.params[name] as ParamValue, t, lang);
  return params;
}

/** The finding's message in `lang` (i18next's text, written from the template once read; message-template.ts). */
export function findingMessage(finding: Finding, lang: Language): string {
  return writeMessage(lang, finding.messageKey, findingParams(finding, lang));
}

/** A rule's short title ("Interešu līdzsvara izvērtējums nav reģistrēts"). */
export function ruleTitle(ruleId: string, lang: Language): string {
  // The privacy notice's pre-publication check keeps its text in its own namespace.
  const namespace = ruleId.startsWith('notice.') ? 'notice' : 'checks';
  return translator(lang)(`${namespace}:title.${ruleId}`);
}

/** A finding with its text in one language, as the app, the CLI (--json) and the exports show it. */
export const TranslatedFinding = Finding.extend({
  message: z.string(),
  title: z.string(),
  severityLabel: z.string(),
  articleLabel: z.string(),
});
export type TranslatedFinding = z.infer<typeof TranslatedFinding>;

/** A finding with its message, title, severity and article written out in `lang`. */
export function translateFinding(finding: Finding, lang: Language): TranslatedFinding {
  const t = translator(lang);
  return {
    ...finding,
    message: findingMessage(finding, lang),
    title: ruleTitle(finding.ruleId, lang),
    severityLabel: t(`checks:severity.${finding.severity}`),
    articleLabel: articleLabel(finding.article, lang),
  };
}

/**
 * Every finding written out in `lang`, in the same order. A rule's title,
 * severity and article read the same on all its findings, so each is written
 * once per rule, not once per finding (thousands of findings in a big register).
 */
export function translateFindings(findings: readonly Finding[], lang: Language): TranslatedFinding[] {
  const t = translator(lang);
  const perRule = new Map<string, Pick<TranslatedFinding, 'title' | 'severityLabel' | 'articleLabel'>>();
  const written = writtenFindings[lang];
  return findings.map((finding) => {
    const known = written.get(finding);
    if (known) return known;
    const key = `${finding.ruleId}\u0000${finding.severity}\u0000${finding.article}`;
    let shared = perRule.get(key);
    if (!shared) {
      shared = { title: ruleTitle(finding.ruleId, lang), severityLabel: t(`checks:severity.${finding.severity}`), articleLabel: articleLabel(finding.article, lang) };
      perRule.set(key, shared);
    }
    const translated = { ...finding, message: findingMessage(finding, lang), ...shared };
    written.set(finding, translated);
    return translated;
  });
}

/**
 * Each finding written out once per language: after a save the checks keep
 * the findings of the records it did not touch (shared/rules/incremental.ts),
 * and those are not written again. Findings are never changed once made.
 */
const writtenFindings: Record<Language, WeakMap<Finding, TranslatedFinding>> = { lv: new WeakMap(), en: new WeakMap() };
