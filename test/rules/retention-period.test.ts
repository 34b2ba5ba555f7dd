import { describe } from 'vitest';
import { register, retentionRule, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

describe('retention periods known only as text, or not stated (issue 15)', () => {
  ruleCases([
    {
      rule: 'retention-period.not-parsed',
      when: 'a period typed as text could not be read into a number and unit',
      trigger: () =>
        register({ retentionRules: [retentionRule({ periodValue: null, periodUnit: null, criterion: '3-5 gadi', periodState: 'not_parsed', periodText: '3-5 gadi' })] }),
      expected: ['rule-1: periodValue'],
      mentions: { lv: ['“Klientu līgumi”', '“3-5 gadi”', 'skaitlī un mērvienībā'], en: ['“Klientu līgumi”', '“3-5 gadi”', 'number and unit'] },
      notWhen: 'the text was read into the structure (the text is kept, the state is structured)',
      nearMiss: () => register({ retentionRules: [retentionRule({ periodValue: 5, periodUnit: 'years', periodText: '5 gadi pēc līguma izpildes' })] }),
    },
    {
      rule: 'retention-period.not-stated',
      when: 'the rule records honestly that its source states no period',
      trigger: () => register({ retentionRules: [retentionRule({ periodValue: null, periodUnit: null, criterion: '', periodState: 'not_stated', periodText: 'nav norādīts' })] }),
      expected: ['rule-1: periodState'],
      mentions: { lv: ['“Klientu līgumi”', '“nav norādīts”'], en: ['“Klientu līgumi”', '“not stated”'] },
      notWhen: 'a criterion has since been entered',
      nearMiss: () =>
        register({ retentionRules: [retentionRule({ periodValue: null, periodUnit: null, criterion: 'Līdz prasījuma noilgumam', periodState: 'not_stated' })] }),
    },
  ]);
});
