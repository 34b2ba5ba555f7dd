import { describe, expect, it } from 'vitest';
import { completeness } from '../../shared/rules/index.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { TODAY, activity, organisation, processorRecord, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

describe('the baseline register the rule tests start from', () => {
  it('gives no findings at all, and its records are 100 % complete', () => {
    expect(runChecks(register({ activities: [activity(), processorRecord()] }), TODAY)).toEqual([]);
    const document = register({ activities: [activity(), processorRecord()] });
    expect(document.activities.map((a) => completeness(a, document))).toEqual([100, 100]);
  });
});

describe('mandatory Art. 30 fields', () => {
  ruleCases([
    {
      rule: 'mandatory.controller-record',
      when: 'a controller record has no data subject categories and no security measures',
      trigger: () => register({ activities: [activity({ dataSubjectCategoryIds: [], securityMeasureIds: [], securityNotes: '' })] }),
      expected: ['act-1: dataSubjectCategoryIds', 'act-1: securityMeasureIds'],
      mentions: { lv: ['PD-01', 'Datu subjektu kategorijas', '30. panta 1. punkta c) apakšpunkts'], en: ['PD-01', 'Categories of data subjects', 'Art. 30(1)(c)'] },
      notWhen: 'the security measures are described in words instead of picked from the list',
      nearMiss: () => register({ activities: [activity({ securityMeasureIds: [], securityNotes: 'Piekļuve tikai ar paroli' })] }),
    },
    {
      rule: 'mandatory.controller-record',
      when: 'a draft has no purposes, data categories or recipients',
      trigger: () => register({ activities: [activity({ status: 'draft', purposes: [], dataCategories: [], recipients: [], processors: [] })], processors: [] }),
      expected: ['act-1: purposes', 'act-1: dataCategories', 'act-1: recipients'],
      notWhen: 'the only recipient is a named processor (recipients may be given either way)',
      nearMiss: () => register({ activities: [activity({ recipients: [] })] }),
    },
    {
      rule: 'mandatory.controller-record',
      when: 'the purposes are missing on an active record',
      trigger: () => register({ activities: [activity({ purposes: [] })] }),
      expected: ['act-1: purposes'],
      notWhen: 'the record has ended (ended activities are history, not checked)',
      nearMiss: () => register({ activities: [activity({ purposes: [], status: 'ended', endedOn: '2027-01-01' })] }),
    },
    {
      rule: 'mandatory.processor-record',
      when: 'a processor record names a controller without contact details or categories of processing',
      trigger: () =>
        register({
          activities: [
            activity(),
            processorRecord({
              controllers: [
                { id: 'c1', name: 'SIA "Viesnīca"', regNo: '', contact: '', representative: '', dpoContact: '', processingCategories: '', contractReference: '' },
              ],
            }),
          ],
        }),
      expected: ['act-p: controllers.0.contact', 'act-p: controllers.0.processingCategories'],
      mentions: { lv: ['PD-90', 'Pārziņa SIA "Viesnīca" kontaktinformācija', '30. panta 2. punkta a) apakšpunkts'], en: ['PD-90', 'Contact details of the controller SIA "Viesnīca"', 'Art. 30(2)(a)'] },
      notWhen: 'it has no purposes, legal bases, data subjects or retention (Art. 30(2) does not ask for them)',
      nearMiss: () => register({ activities: [activity(), processorRecord({ purposes: [], dataSubjectCategoryIds: [], dataCategories: [] })] }),
    },
    {
      rule: 'mandatory.processor-record',
      when: 'a processor record names no controller',
      trigger: () => register({ activities: [activity(), processorRecord({ controllers: [] })] }),
      expected: ['act-p: controllers'],
      notWhen: 'a controller record has no controllers acted for (only processor records need them)',
      nearMiss: () => register({ activities: [activity({ controllers: [] })] }),
    },
  ]);
});

describe('completeness', () => {
  it('is the share of mandatory items filled, per kind of record', () => {
    const document = register({
      activities: [
        activity({ dataSubjectCategoryIds: [], securityMeasureIds: [] }),
        activity({ id: 'act-2', number: 'PD-02', dataCategories: [{ dataCategoryId: 'dc-contact', retentionRuleId: null, notes: '' }] }),
        processorRecord({ controllers: [], securityMeasureIds: [] }),
        activity({ id: 'act-3', number: 'PD-03', purposes: [], dataSubjectCategoryIds: [], dataCategories: [], recipients: [], processors: [], securityMeasureIds: [] }),
      ],
    });
    // Controller records count six items (b, c twice, d, f, g); processor records four.
    expect(document.activities.map((a) => completeness(a, document))).toEqual([67, 83, 0, 0]);
  });

  it('does not count the organisation: its missing contacts are reported once, on it', () => {
    const document = register({ organisations: [organisation({ address: '', email: '', phone: '' })] });
    expect(completeness(document.activities[0]!, document)).toBe(100);
    expect(runChecks(document, TODAY).map((f) => f.ruleId)).toEqual(['organisation.contact-missing']);
  });
});
