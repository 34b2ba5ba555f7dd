/**
 * Issue 15's last two model points in the checks: a purpose with no basis of
 * its own is judged on the activity's (missing basis, legitimate interests,
 * consent and another basis), and data not from the data subject need a
 * named source (Art. 14(2)(f)).
 */
import { describe, expect, it } from 'vitest';
import { activitiesByLegalBasis } from '../../shared/rules/summary.ts';
import { activity, findingsOf, processorRecord, purpose, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

/** An activity that states its basis once; its purposes state none. */
const onActivityBasis = (legalBasisIds: string[], overrides = {}) =>
  activity({ legalBasisIds, purposes: [purpose({ legalBasisIds: [] }), purpose({ id: 'purpose-2', description: 'Rēķinu izrakstīšana', legalBasisIds: [] })], ...overrides });

describe('a legal basis stated once for the activity', () => {
  ruleCases([
    {
      rule: 'legal-basis.missing',
      when: 'neither the purpose nor the activity states a basis',
      trigger: () => register({ activities: [onActivityBasis([])] }),
      expected: ['act-1: purposes.0.legalBasisIds', 'act-1: purposes.1.legalBasisIds'],
      notWhen: 'the purposes state none but inherit the activity’s',
      nearMiss: () => register({ activities: [onActivityBasis(['lb-b'])] }),
    },
    {
      rule: 'basis.consent-and-other',
      when: 'the activity states consent and legitimate interests, and a purpose inherits both',
      trigger: () =>
        register({
          activities: [
            activity({
              legalBasisIds: ['lb-a', 'lb-f'],
              purposes: [
                purpose({ description: 'Jaunumu sūtīšana', legalBasisIds: [], legitimateInterest: 'Tiešā tirgvedība', legitimateInterestAssessment: 'LIA-1', legitimateInterestAssessedOn: '2026-12-01' }),
                purpose({ id: 'purpose-2', description: 'Līguma izpilde', legalBasisIds: ['lb-b'] }),
              ],
            }),
          ],
        }),
      expected: ['act-1: purposes.0.legalBasisIds'],
      mentions: { lv: ['Jaunumu sūtīšana'], en: ['Jaunumu sūtīšana'] },
      notWhen: 'the purpose states its own single basis, which replaces the inherited ones',
      nearMiss: () =>
        register({ activities: [activity({ legalBasisIds: ['lb-a', 'lb-f'], purposes: [purpose({ description: 'Jaunumu sūtīšana', legalBasisIds: ['lb-a'] })] })] }),
    },
    {
      rule: 'legitimate-interest.no-assessment',
      when: 'a purpose inherits legitimate interests and records no balancing test',
      trigger: () => register({ activities: [activity({ legalBasisIds: ['lb-f'], purposes: [purpose({ legalBasisIds: [], legitimateInterest: 'Drošība' })] })] }),
      expected: ['act-1: purposes.0.legitimateInterestAssessment'],
      notWhen: 'the purpose states its own basis (a contract), not the inherited interests',
      nearMiss: () => register({ activities: [activity({ legalBasisIds: ['lb-f'], purposes: [purpose({ legalBasisIds: ['lb-b'] })] })] }),
    },
  ]);

  it('counts an activity under the basis its purposes inherit, and a processor record not at all', () => {
    const counts = activitiesByLegalBasis(register({ activities: [onActivityBasis(['lb-c']), processorRecord({ legalBasisIds: ['lb-c'] })] }));
    expect(counts.filter((c) => c.activities > 0)).toEqual([{ gdprPoint: 'c', activities: 1 }]);
  });
});

describe('named sources (Art. 14(2)(f))', () => {
  ruleCases([
    {
      rule: 'sources.unnamed',
      when: 'data come from a third party and no source is named',
      trigger: () => register({ activities: [activity({ sourceTypes: ['data_subject', 'third_party'], sourceNotes: 'no kredītbiroja' })] }),
      expected: ['act-1: namedSources'],
      mentions: { lv: ['PD-01', 'No trešās personas', 'Uzņēmumu reģistrs'], en: ['PD-01', 'From a third party', '14(2)(f)'] },
      notWhen: 'the third party is named',
      nearMiss: () =>
        register({
          activities: [activity({ sourceTypes: ['data_subject', 'third_party'], namedSources: [{ sourceType: 'other_controller', name: 'AS "Kredītinformācijas Birojs"', dataCategoryId: null }] })],
        }),
    },
    {
      rule: 'sources.unnamed',
      when: 'a named source of a public register is left without its name',
      trigger: () => register({ activities: [activity({ namedSources: [{ sourceType: 'public_register', name: ' ', dataCategoryId: 'dc-contact' }] })] }),
      expected: ['act-1: namedSources'],
      mentions: { lv: ['Publisks reģistrs'], en: ['A public register'] },
      notWhen: 'the only source is the data subject (Art. 13, not 14)',
      nearMiss: () => register({ activities: [activity({ sourceTypes: ['data_subject', 'observed'], namedSources: [{ sourceType: 'data_subject', name: '', dataCategoryId: null }] })] }),
    },
  ]);

  it('does not ask a processor record for the controller’s sources', () => {
    expect(findingsOf(register({ activities: [activity(), processorRecord({ sourceTypes: ['third_party'] })] }), 'sources.unnamed')).toEqual([]);
  });
});
