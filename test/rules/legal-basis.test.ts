import { describe } from 'vitest';
import { activity, processorRecord, purpose, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

const interest = (overrides = {}) =>
  purpose({
    id: 'purpose-2',
    description: 'Klientu apmierinātības aptauja',
    legalBasisIds: ['lb-f'],
    legitimateInterest: 'Pakalpojuma uzlabošana',
    legitimateInterestAssessment: 'LII-03, 12.01.2027',
    legitimateInterestAssessedOn: '2027-01-12',
    ...overrides,
  });

describe('legal bases (Art. 6(1))', () => {
  ruleCases([
    {
      rule: 'legal-basis.missing',
      when: 'a purpose has no legal basis',
      trigger: () => register({ activities: [activity({ purposes: [purpose(), purpose({ id: 'p2', description: 'Reklāma', legalBasisIds: [] })] })] }),
      expected: ['act-1: purposes.1.legalBasisIds'],
      mentions: { lv: ['PD-01', '“Reklāma”', 'tiesiskais pamats'], en: ['PD-01', '“Reklāma”', 'legal basis'] },
      notWhen: 'a processor record’s purpose has none (the basis is the controller’s)',
      nearMiss: () => register({ activities: [activity(), processorRecord({ purposes: [purpose({ legalBasisIds: [] })] })] }),
    },
    {
      rule: 'legitimate-interest.no-assessment',
      when: 'legitimate interests are relied on without a balancing assessment',
      trigger: () => register({ activities: [activity({ purposes: [purpose(), interest({ legitimateInterestAssessment: '' })] })] }),
      expected: ['act-1: purposes.1.legitimateInterestAssessment'],
      mentions: {
        lv: ['Apstrādes darbībā PD-01 “Klientu pasūtījumi” nolūkam “Klientu apmierinātības aptauja”', 'interešu līdzsvara izvērtējums', 'Veiciet un reģistrējiet'],
        en: ['PD-01 “Klientu pasūtījumi”', '“Klientu apmierinātības aptauja”', 'balancing assessment'],
      },
      notWhen: 'the assessment is recorded',
      nearMiss: () => register({ activities: [activity({ purposes: [purpose(), interest()] })] }),
    },
    {
      rule: 'legitimate-interest.not-named',
      when: 'legitimate interests are relied on without saying what they are',
      trigger: () => register({ activities: [activity({ purposes: [interest({ legitimateInterest: ' ' })] })] }),
      expected: ['act-1: purposes.0.legitimateInterest'],
      notWhen: 'the purpose rests on a contract (there is no interest to name)',
      nearMiss: () => register({ activities: [activity({ purposes: [purpose({ legitimateInterest: '' })] })] }),
    },
    {
      rule: 'consent.employees',
      when: 'consent is the basis and the data subjects include employees',
      trigger: () =>
        register({
          activities: [
            activity({
              purposes: [purpose({ description: 'Darbinieku foto intranetā', legalBasisIds: ['lb-a'] })],
              dataSubjectCategoryIds: ['ds-employees', 'ds-visitors'],
            }),
          ],
        }),
      expected: ['act-1: purposes.0.legalBasisIds'],
      mentions: { lv: ['Darbinieki', 'piekrišana'], en: ['Employees', 'consent'] },
      notWhen: 'consent is asked of customers, and employees’ data rests on the contract',
      nearMiss: () =>
        register({
          activities: [
            activity({ purposes: [purpose({ legalBasisIds: ['lb-a'] })], dataSubjectCategoryIds: ['ds-customers'] }),
            activity({ id: 'act-2', number: 'PD-02', dataSubjectCategoryIds: ['ds-employees'] }),
          ],
        }),
    },
  ]);
});
