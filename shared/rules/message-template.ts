/**
 * Finding messages written from their templates, without going through
 * i18next for each finding.
 *
 * Why: a large register has thousands of findings, and the first checks
 * after opening one write every message in the app's language. i18next's
 * `t()` copies its options, resolves the key through the language
 * fallbacks, runs the interpolation regular expressions and looks for
 * nesting on every call: at 10,000 activities (8,357 findings) that was
 * 70–220 ms of the first `checks:run`, more than any rule. The messages are
 * a few dozen templates of the form "… {{number}} “{{name}}” …": each is
 * read from i18next once per language (so the text, its language fallback
 * and any change to the resources stay i18next's) and split at its
 * placeholders; a message is then the pieces joined.
 *
 * The result is i18next's own (with the app's settings: `escapeValue:
 * false`, `skipOnVariables` on): a value is put in as it is and never read
 * for placeholders or `$t(…)` nesting, and i18next nests nothing a value
 * brings in. Whatever this file does not write exactly that way goes to
 * i18next as before: a template with nesting, formats, plurals or
 * placeholders of another shape, a value missing for a placeholder, or a
 * parameter whose name is one of i18next's options (`count`, `context`,
 * `lng`…). test/rules/checks-output.test.ts compares the two for every
 * finding of a varied register, in both languages.
 */
import { translator, type Language } from '../i18n/index.ts';

/** A template split at its placeholders: literal, name, literal, name, …, literal. */
interface Template {
  literals: string[];
  names: string[];
}

/** Names that i18next reads as options of `t()` rather than as values: such a message goes through i18next. */
const I18NEXT_OPTIONS = new Set([
  'count', 'context', 'lng', 'lngs', 'fallbackLng', 'ns', 'defaultValue', 'replace', 'ordinal', 'returnObjects', 'returnDetails',
  'joinArrays', 'postProcess', 'interpolation', 'keySeparator', 'nsSeparator', 'nest', 'skipInterpolation', 'applyPostProcessor',
]);
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Templates by language and key; `null` for a template i18next must write itself. */
const templates = new Map<string, Template | null>();

function compile(lang: Language, key: string): Template | null {
  const text = translator(lang)(key, { skipInterpolation: true });
  // Nesting, formats (`{{value, format}}`), unescaped values (`{{- value}}`) or a stray brace pair: i18next's.
  if (text.includes('$t(') || text.replace(PLACEHOLDER, '').includes('{{')) return null;
  const literals: string[] = [];
  const names: string[] = [];
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (I18NEXT_OPTIONS.has(name)) return null;
    literals.push(text.slice(from, match.index));
    names.push(name);
    from = match.index + match[0].length;
  }
  literals.push(text.slice(from));
  return { literals, names };
}

/**
 * The text of `key` in `lang` with `params` put in, as i18next's `t(key,
 * params)` writes it (the app's translator), from the template read once.
 */
export function writeMessage(lang: Language, key: string, params: Readonly<Record<string, string>>): string {
  const cacheKey = `${lang}\u0000${key}`;
  let template = templates.get(cacheKey);
  if (template === undefined) {
    template = compile(lang, key);
    templates.set(cacheKey, template);
  }
  if (template === null || Object.keys(params).some((name) => I18NEXT_OPTIONS.has(name))) return translator(lang)(key, params);
  const { literals, names } = template;
  let text = literals[0] as string;
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as string;
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return translator(lang)(key, params);
    text += value + (literals[index + 1] as string);
  }
  return text;
}
