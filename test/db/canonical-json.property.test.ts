import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../../main/db/canonical-json.ts';

/** The same value with every object's keys in reverse order (what a record read back from another source may look like). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
  return value;
}

describe('sameJson (property)', () => {
  it('says two values are the same exactly when their canonical texts are', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, reversedKeys(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart records that differ in one nested field, a missing key or an undefined one', () => {
    const record = { id: 'a-1', name: 'Algu aprēķins', links: [{ id: 'p-1', role: 'processor' }], notes: null };
    expect(sameJson(record, { ...record, links: [{ id: 'p-1', role: 'controller' }] })).toBe(false);
    expect(sameJson(record, { id: 'a-1', name: 'Algu aprēķins', links: record.links })).toBe(false);
    expect(sameJson({ ...record, extra: undefined }, record)).toBe(true);
    expect(sameJson([1, undefined], [1, null])).toBe(true);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
  });
});
