import { describe } from 'vitest';
import { activity, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

const withData = (...ids: string[]) => ids.map((dataCategoryId) => ({ dataCategoryId, retentionRuleId: 'rule-1', notes: '' }));

describe('special categories and criminal-offence data', () => {
  ruleCases([
    {
      rule: 'special-data.no-art9-condition',
      when: 'health data is processed with no Art. 9(2) condition',
      trigger: () =>
        register({ activities: [activity({ dataCategories: withData('dc-contact', 'dc-health'), dpiaCriteria: ['sensitive_data'] })] }),
      expected: ['act-1: art9ConditionIds'],
      mentions: { lv: ['Veselības dati', '9. panta 2. punkta'], en: ['Health data', 'Art. 9(2)'] },
      notWhen: 'the condition (Art. 9(2)(b), employment law) is recorded',
      nearMiss: () =>
        register({
          activities: [activity({ dataCategories: withData('dc-contact', 'dc-health'), art9ConditionIds: ['a9-b'], dpiaCriteria: ['sensitive_data'] })],
        }),
    },
    {
      rule: 'criminal-data.no-art10-basis',
      when: 'criminal-record data is processed with no Art. 10 basis',
      trigger: () => register({ activities: [activity({ dataCategories: withData('dc-criminal'), dpiaCriteria: ['sensitive_data'] })] }),
      expected: ['act-1: art10Basis'],
      mentions: { lv: ['sodāmību', '10. pants'], en: ['criminal convictions', 'Art. 10'] },
      notWhen: 'the law that authorises it is named',
      nearMiss: () =>
        register({
          activities: [
            activity({
              dataCategories: withData('dc-criminal'),
              art10Basis: 'Bērnu tiesību aizsardzības likums, 72. pants',
              dpiaCriteria: ['sensitive_data'],
            }),
          ],
        }),
    },
    {
      rule: 'criminal-data.no-art10-basis',
      when: 'an Art. 9(2) condition is recorded but the data is criminal, not special',
      trigger: () => register({ activities: [activity({ dataCategories: withData('dc-criminal'), art9ConditionIds: ['a9-g'], dpiaCriteria: ['sensitive_data'] })] }),
      expected: ['act-1: art10Basis'],
      notWhen: 'only ordinary data is processed',
      nearMiss: () => register({ activities: [activity({ dataCategories: withData('dc-contact', 'dc-identity') })] }),
    },
  ]);
});
