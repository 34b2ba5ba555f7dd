/**
 * The findings kept by record between saves (shared/rules/record-findings.ts):
 * a version is the previous one with its changes on top, and reads as if
 * each version had been stored whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordFindings } from '../../shared/rules/record-findings.ts';
import type { Finding } from '../../shared/rules/types.ts';

const finding = (id: string, n: number): Finding =>
  ({ ruleId: `rule.${n}`, severity: 'warning', article: 'Art. 30', entity: { type: 'activity', id, label: id }, field: 'name', messageKey: 'x', params: {} }) as Finding;

describe('findings kept by record across saves', () => {
  it('after any sequence of saves, each record reads as the last save left it (cleared records have none, past the copy into one layer too)', () => {
    const save = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), count: fc.nat(3) });
    fc.assert(
      fc.property(fc.array(fc.array(save, { maxLength: 3 }), { maxLength: 40 }), (saves) => {
        const whole = new Map<string, Finding[]>([['a', [finding('a', 9)]], ['b', [finding('b', 9)]]]);
        let kept = RecordFindings.of(new Map([['activity', new Map(whole)]]));
        for (const changes of saves) {
          const layer = new Map<string, Finding[]>();
          for (const { id, count } of changes) {
            const findings = Array.from({ length: count }, (_, n) => finding(id, n));
            layer.set(id, findings);
            whole.set(id, findings);
          }
          kept = kept.with(new Map([['activity', layer]]));
          for (const id of ['a', 'b', 'c', 'd']) expect(kept.get('activity', id)).toEqual(whole.get(id) ?? []);
          expect(kept.get('processor', 'a')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
