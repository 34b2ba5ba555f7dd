import { describe } from 'vitest';
import { organisation, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

describe('the controller’s own details', () => {
  ruleCases([
    {
      rule: 'organisation.contact-missing',
      when: 'the organisation has a name and nothing to reach it by',
      trigger: () => register({ organisations: [organisation({ address: '', email: '', phone: ' ' })] }),
      expected: ['org-1: email'],
      mentions: { lv: ['SIA "Koka Pasaule"'], en: ['SIA "Koka Pasaule"'] },
      notWhen: 'it has a phone number only',
      nearMiss: () => register({ organisations: [organisation({ address: '', email: '' })] }),
    },
    {
      rule: 'organisation.dpo-contact-missing',
      when: 'a DPO is named without an e-mail or phone',
      trigger: () => register({ organisations: [organisation({ dpoEmail: '', dpoPhone: '' })] }),
      expected: ['org-1: dpoEmail'],
      mentions: { lv: ['Anna Liepa'], en: ['Anna Liepa'] },
      notWhen: 'the DPO has a phone number',
      nearMiss: () => register({ organisations: [organisation({ dpoEmail: '', dpoPhone: '+371 20 000 000' })] }),
    },
    {
      rule: 'organisation.dpo-missing',
      when: 'no DPO is recorded at all',
      trigger: () => register({ organisations: [organisation({ dpoName: '', dpoEmail: '', dpoPhone: '' })] }),
      expected: ['org-1: dpoName'],
      notWhen: 'only the DPO’s shared mailbox is recorded',
      nearMiss: () => register({ organisations: [organisation({ dpoName: '', dpoEmail: 'das@koks.lv' })] }),
    },
  ]);
});
