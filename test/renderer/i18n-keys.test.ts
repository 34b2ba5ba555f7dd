/**
 * Every text key the renderer uses exists in the shared catalogue, in both
 * languages: a missing key would show the key itself to the DPO.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, namespaces, type NamespaceName } from '../../shared/i18n/index.ts';

const RENDERER = fileURLToPath(new URL('../../renderer/src', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

/** The value at `path` in a namespace, allowing for plural forms (key_one, key_other...). */
function lookup(ns: NamespaceName, language: (typeof LANGUAGES)[number], path: string): unknown {
  let node: unknown = namespaces[ns][language];
  const parts = path.split('.');
  for (const [index, part] of parts.entries()) {
    const record = node as Record<string, unknown>;
    if (index === parts.length - 1 && record[part] === undefined && record[`${part}_other`] !== undefined) return record[`${part}_other`];
    node = record?.[part];
    if (node === undefined) return undefined;
  }
  return node;
}

function isNamespace(value: string): value is NamespaceName {
  return Object.hasOwn(namespaces, value);
}

interface Use {
  file: string;
  key: string;
  /** A template key: only its fixed prefix is known, and must be a group. */
  prefix: boolean;
  namespaces: NamespaceName[];
}

function uses(): Use[] {
  const result: Use[] = [];
  for (const file of sourceFiles(RENDERER)) {
    const text = readFileSync(file, 'utf8');
    const declared = [...text.matchAll(/useTranslation\(\s*'(\w+)'\s*\)/g)].map((m) => m[1] as string).filter(isNamespace);
    if (/useTranslation\(\s*\)/.test(text)) declared.push('ui');
    for (const match of text.matchAll(/\bt\(\s*(['`])((?:(?!\1).)*?)\1/g)) {
      const raw = match[2] as string;
      const dynamic = raw.indexOf('${');
      const key = dynamic >= 0 ? raw.slice(0, dynamic).replace(/\.$/, '') : raw;
      if (key) result.push({ file, key, prefix: dynamic >= 0, namespaces: declared });
    }
    // Keys kept in data and translated later (labelKey, row labels).
    for (const match of text.matchAll(/'((?:activity|compliance|editor|fields|filesUi|screens|ui|common|validation):[\w.]+)'/g)) {
      result.push({ file, key: match[1] as string, prefix: false, namespaces: [] });
    }
  }
  return result;
}

describe('renderer text keys', () => {
  const all = uses();

  it('finds the keys (the scan works)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((use) => use.key === 'activity:sections')).toBe(true);
  });

  it('resolves every key in Latvian and English', () => {
    const missing: string[] = [];
    for (const use of all) {
      const [head, ...rest] = use.key.split(':');
      const candidates: Array<[NamespaceName, string]> =
        rest.length > 0 && isNamespace(head as string) ? [[head as NamespaceName, rest.join(':')]] : use.namespaces.map((ns) => [ns, use.key]);
      for (const language of LANGUAGES) {
        const found = candidates.some(([ns, path]) => {
          const value = lookup(ns, language, path);
          return use.prefix ? typeof value === 'object' && value !== null : typeof value === 'string' && value.length > 0;
        });
        if (!found) missing.push(`${language} ${use.key} (${use.file.slice(RENDERER.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
