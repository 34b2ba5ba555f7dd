import { describe } from 'vitest';
import { activity, processorRecord, register, retentionRule, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

describe('retention (time limits for erasure)', () => {
  ruleCases([
    {
      rule: 'retention.missing',
      when: 'a data category has no retention rule',
      trigger: () =>
        register({
          activities: [
            activity({
              dataCategories: [
                { dataCategoryId: 'dc-contact', retentionRuleId: 'rule-1', notes: '' },
                { dataCategoryId: 'dc-account', retentionRuleId: null, notes: '' },
              ],
            }),
          ],
        }),
      expected: ['act-1: dataCategories.1.retentionRuleId'],
      mentions: { lv: ['“Lietotāja konta dati (lietotājvārds, parole)”', 'glabāšanas noteikums'], en: ['“User account data (username, password)”', 'retention rule'] },
      notWhen: 'a processor record lists data categories without rules (it keeps data as the controller instructs)',
      nearMiss: () =>
        register({
          activities: [activity(), processorRecord({ dataCategories: [{ dataCategoryId: 'dc-account', retentionRuleId: null, notes: '' }] })],
        }),
    },
    {
      rule: 'retention.open-ended',
      when: 'a rule has neither a period nor a criterion',
      trigger: () => register({ retentionRules: [retentionRule({ periodValue: null, periodUnit: null, criterion: '' })] }),
      expected: ['rule-1: periodValue'],
      mentions: { lv: ['“Klientu līgumi”'], en: ['“Klientu līgumi”'] },
      notWhen: 'there is no number but a criterion ("until consent is withdrawn")',
      nearMiss: () =>
        register({ retentionRules: [retentionRule({ periodValue: null, periodUnit: null, criterion: 'Līdz piekrišanas atsaukšanai', startEvent: '' })] }),
    },
    {
      rule: 'retention.no-start-event',
      when: 'a rule gives a period but not what starts it',
      trigger: () => register({ retentionRules: [retentionRule({ startEvent: '' })] }),
      expected: ['rule-1: startEvent'],
      mentions: { lv: ['“Klientu līgumi”', 'termiņa sākumu'], en: ['“Klientu līgumi”', 'when the period starts'] },
      notWhen: 'the start event is given',
      nearMiss: () => register({ retentionRules: [retentionRule({ startEvent: 'Līguma izbeigšana' })] }),
    },
  ]);
});
