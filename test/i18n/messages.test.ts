/**
 * Every message of every compliance rule, in both languages, reads as a
 * sentence: it exists (no missing key shown as `checks:message…`), it starts
 * with a capital, each sentence after a full stop starts with a capital, and
 * the Latvian text holds no English word where a Latvian term exists
 * (issue 14: "Ended" in the Latvian interface, a lower-case letter after a
 * full stop in a finding). The same word check runs over every Latvian
 * resource of the interface.
 */
import { describe, expect, it } from 'vitest';
import { namespaces, translator, type NamespaceName } from '../../shared/i18n/index.ts';
import { RULES } from '../../shared/rules/index.ts';

/** English words a Latvian text must not show (the glossary's terms and the interface's common words). */
const ENGLISH = /(?<!\p{L})(Ended|Active|Draft|None|Processor|Controller|Recipient|Retention|Purpose|Legal basis|Transfer|Review(ed)?|Error|Warning|Info|Save|Delete|Cancel|Edit|Search|Loading|Help|Example|Yes|and|the|of|not)(?!\p{L})/iu;

/** A sentence after a full stop starts with a capital (or a number, a quote, a placeholder). */
const LOWER_AFTER_STOP = /[.!?]\s+(?=[a-zāčēģīķļņšūž])/u;

function strings(tree: unknown, path: string[] = []): Array<[string, string]> {
  if (typeof tree === 'string') return [[path.join('.'), tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, [...path, key]));
}

/** Text outside {{placeholders}}, abbreviations ("u. c.", "Nr.", "e.g.") and URLs, as a reader sees the sentence structure. */
function prose(text: string): string {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'X')
    .replace(/https?:\/\/\S+|[\w.-]+\.(gov|lv|eu|com)\b/g, 'X')
    .replace(/\b(u\. c|t\. sk|piem|Nr|e\.g|i\.e|utt|st|p|art|Art|apakšp|sk|vs|etc)\./g, '$1')
    // Latvian ordinals: "9. panta 2. punkts", "{{n}}. nolūku".
    .replace(/(\d|X)\.\s/g, '$1 ');
}

describe('the messages of the compliance rules', () => {
  for (const language of ['lv', 'en'] as const) {
    it(`exist and read as sentences in ${language}`, () => {
      const t = translator(language);
      const problems: string[] = [];
      for (const rule of RULES) {
        for (const part of ['title', 'message'] as const) {
          const key = `checks:${part}.${rule.id}`;
          const text = t(key);
          if (!text || text === key || text.includes(`${part}.${rule.id}`)) {
            problems.push(`${rule.id}: no ${part}`);
            continue;
          }
          if (!/^[\p{Lu}„“"{]/u.test(text)) problems.push(`${rule.id} ${part}: starts in lower case: ${text}`);
          if (LOWER_AFTER_STOP.test(prose(text))) problems.push(`${rule.id} ${part}: lower case after a full stop: ${text}`);
          if (language === 'lv' && ENGLISH.test(prose(text))) problems.push(`${rule.id} ${part}: English word: ${text}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the Latvian interface', () => {
  it('shows no English word where a Latvian term exists', () => {
    const problems: string[] = [];
    for (const [name, namespace] of Object.entries(namespaces) as Array<[NamespaceName, { lv: object }]>) {
      // The CLI's help and the schema's option names keep their English switches (--db, --lang).
      for (const [path, text] of strings(namespace.lv)) {
        const match = ENGLISH.exec(prose(text).replace(/--[\w-]+|`[^`]*`|\b[A-Z]{2,}\b/g, 'X'));
        if (match) problems.push(`${name}:${path}: “${match[0]}” in ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has the same keys in Latvian and English', () => {
    for (const [name, namespace] of Object.entries(namespaces) as Array<[NamespaceName, { lv: object; en: object }]>) {
      expect(strings(namespace.en).map(([path]) => path).sort(), name).toEqual(strings(namespace.lv).map(([path]) => path).sort());
    }
  });
});
