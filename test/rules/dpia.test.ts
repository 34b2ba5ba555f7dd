import { describe } from 'vitest';
import { activity, processorRecord, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

const cctv = {
  dpiaCriteria: ['systematic_monitoring' as const, 'vulnerable_subjects' as const],
  dpiaStatus: 'done' as const,
  dpiaReference: 'NIDA-01 Videonovērošana',
  dpiaCompletedOn: '2026-10-01',
};

describe('DPIA screening (WP248)', () => {
  ruleCases([
    {
      rule: 'dpia.not-recorded',
      when: 'two criteria are ticked and the DPIA is not assessed',
      trigger: () => register({ activities: [activity({ ...cctv, dpiaStatus: 'not_assessed', dpiaReference: '', dpiaCompletedOn: null })] }),
      expected: ['act-1: dpiaStatus'],
      mentions: { lv: ['2 WP248 kritēriji', 'Sistemātiska uzraudzība', 'Neaizsargāti datu subjekti'], en: ['2 WP248 criteria', 'Systematic monitoring', 'Vulnerable data subjects'] },
      notWhen: 'only one criterion is ticked',
      nearMiss: () => register({ activities: [activity({ dpiaCriteria: ['systematic_monitoring'], dpiaStatus: 'not_required' })] }),
    },
    {
      rule: 'dpia.not-recorded',
      when: 'two criteria are ticked and "not required" is chosen without a reason',
      trigger: () => register({ activities: [activity({ ...cctv, dpiaStatus: 'not_required', dpiaReference: '', dpiaCompletedOn: null, dpiaNotes: '' })] }),
      expected: ['act-1: dpiaStatus'],
      notWhen: '"not required" is chosen with the reason documented (WP248 allows it)',
      nearMiss: () =>
        register({
          activities: [
            activity({
              ...cctv,
              dpiaStatus: 'not_required',
              dpiaReference: '',
              dpiaCompletedOn: null,
              dpiaNotes: 'Kameras tikai noliktavā ārpus darba laika; DVI 35. panta 5. punkta saraksts',
            }),
          ],
        }),
    },
    {
      rule: 'dpia.not-done',
      when: 'an active activity’s DPIA is still in progress',
      trigger: () => register({ activities: [activity({ ...cctv, dpiaStatus: 'in_progress', dpiaReference: '', dpiaCompletedOn: null })] }),
      expected: ['act-1: dpiaStatus'],
      mentions: { lv: ['Tiek veikts'], en: ['In progress'] },
      notWhen: 'the activity is still a draft (the DPIA comes before the processing)',
      nearMiss: () => register({ activities: [activity({ ...cctv, status: 'draft', dpiaStatus: 'required', dpiaReference: '', dpiaCompletedOn: null })] }),
    },
    {
      rule: 'dpia.undocumented',
      when: 'a DPIA is marked done with no reference',
      trigger: () => register({ activities: [activity({ ...cctv, dpiaReference: '' })] }),
      expected: ['act-1: dpiaReference'],
      notWhen: 'the reference is given',
      nearMiss: () => register({ activities: [activity(cctv)] }),
    },
    {
      rule: 'dpia.screening-incomplete',
      when: 'the record holds health data of children and profiles them, but the screening ticks none of it',
      trigger: () =>
        register({
          activities: [
            activity({
              dataSubjectCategoryIds: ['ds-children'],
              dataCategories: [{ dataCategoryId: 'dc-health', retentionRuleId: 'rule-1', notes: '' }],
              art9ConditionIds: ['a9-h'],
              profiling: true,
              dpiaCriteria: [],
            }),
          ],
        }),
      expected: ['act-1: dpiaCriteria'],
      mentions: {
        lv: ['Izvērtēšana vai novērtēšana', 'Sensitīvi vai ļoti personiski dati', 'Neaizsargāti datu subjekti'],
        en: ['Evaluation or scoring', 'Sensitive or highly personal data', 'Vulnerable data subjects'],
      },
      notWhen: 'the screening ticks them (and a DPIA is done)',
      nearMiss: () =>
        register({
          activities: [
            activity({
              ...cctv,
              dataSubjectCategoryIds: ['ds-children'],
              dataCategories: [{ dataCategoryId: 'dc-health', retentionRuleId: 'rule-1', notes: '' }],
              art9ConditionIds: ['a9-h'],
              profiling: true,
              dpiaCriteria: ['evaluation_scoring', 'sensitive_data', 'vulnerable_subjects'],
            }),
          ],
        }),
    },
    {
      rule: 'dpia.not-screened',
      when: 'the DPIA status is still "not assessed"',
      trigger: () => register({ activities: [activity({ dpiaStatus: 'not_assessed', dpiaNotes: '' })] }),
      expected: ['act-1: dpiaCriteria'],
      notWhen: 'it is a processor record (the DPIA is the controller’s)',
      nearMiss: () => register({ activities: [activity(), processorRecord({ dpiaStatus: 'not_assessed' })] }),
    },
  ]);
});
