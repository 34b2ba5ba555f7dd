import { describe, expect, it } from 'vitest';
import { completeness } from '../../shared/rules/index.ts';
import { activity, findingsOf, register, useCatalogues } from './helpers.ts';

useCatalogues();

describe('"no recipients" is an answer, an empty list is not (issue 15)', () => {
  it('an activity with no recipients listed is missing Art. 30(1)(d) until the DPO answers "none"', () => {
    const silent = register({ activities: [activity({ recipients: [], processors: [] })] });
    expect(findingsOf(silent, 'mandatory.controller-record')).toEqual(['act-1: recipients']);
    const answered = register({ activities: [activity({ recipients: [], processors: [], recipientsNone: true })] });
    expect(findingsOf(answered, 'mandatory.controller-record')).toEqual([]);
    expect(completeness(answered.activities[0]!, answered)).toBe(100);
    expect(completeness(silent.activities[0]!, silent)).toBeLessThan(100);
  });

  it('"no transfers" or "no processors" does not answer the recipients question', () => {
    const document = register({ activities: [activity({ recipients: [], processors: [], transfersNone: true, processorsNone: true })] });
    expect(findingsOf(document, 'mandatory.controller-record')).toEqual(['act-1: recipients']);
  });
});
