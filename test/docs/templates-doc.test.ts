import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinLibrary } from '../../shared/templates/library/index.ts';

describe('docs/templates.md', () => {
  it('lists every template and every retention rule of the library, with the rule’s source check', () => {
    const text = readFileSync(new URL('../../docs/templates.md', import.meta.url), 'utf8');
    const library = builtinLibrary();
    expect(library.templates.filter((template) => !text.includes(`| \`${template.id}\` |`)).map((t) => t.id)).toEqual([]);
    for (const rule of library.retentionRules) {
      expect(text, rule.id).toMatch(new RegExp(`\\| \`${rule.id}\` \\|.*\\| ${rule.sourceCheck} \\|`));
    }
  });
});
