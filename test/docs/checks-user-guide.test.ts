import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules/index.ts';

describe('docs/user-guide.md, Compliance checks', () => {
  it('lists every rule with its severity and article', () => {
    // The breach and request rules, and the inspector-like checks, are documented in their feature's page, which the user guide links.
    const text = ['../../docs/user-guide.md', '../../docs/dpo-records.md', '../../docs/inspector-checks.md'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n');
    const rows = new Map(
      [...text.matchAll(/^\| `([a-z0-9.-]+)` \| (\w+) \| ([^|]+) \|/gm)].map((m) => [m[1], `${m[2]} ${m[3]!.trim()}`]),
    );
    expect(Object.fromEntries(RULES.map((rule) => [rule.id, rows.get(rule.id)]))).toEqual(
      Object.fromEntries(RULES.map((rule) => [rule.id, `${rule.severity} ${rule.article}`])),
    );
    expect(rows.size).toBe(RULES.length);
  });
});
