import { describe } from 'vitest';
import { activity, processor, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

const link = (...ids: string[]) => ids.map((processorId) => ({ processorId, notes: '' }));

describe('processors and their Art. 28 contracts', () => {
  ruleCases([
    {
      rule: 'processor.no-contract',
      when: 'a processor has neither a contract reference nor a date',
      trigger: () => register({ processors: [processor({ contractReference: '', contractDate: null })] }),
      expected: ['proc-1: contractReference'],
      mentions: { lv: ['SIA "Algu Serviss"', '28. panta 3. punkts'], en: ['SIA "Algu Serviss"', 'Art. 28(3)'] },
      notWhen: 'it is an independent controller (a bank, a clinic: no Art. 28 contract), or the contract is named without a date',
      nearMiss: () =>
        register({
          processors: [processor({ role: 'independent_controller', contractReference: '', contractDate: null }), processor({ id: 'proc-2', contractDate: null })],
          activities: [activity({ processors: link('proc-1', 'proc-2') })],
        }),
    },
    {
      rule: 'processor.no-contract',
      when: 'a sub-processor has no contract',
      trigger: () =>
        register({ processors: [processor({ subProcessorIds: ['proc-2'] }), processor({ id: 'proc-2', name: 'SIA "Datu Centrs"', role: 'sub_processor', contractReference: '', contractDate: null })] }),
      expected: ['proc-2: contractReference'],
      notWhen: 'the sub-processor’s contract is recorded',
      nearMiss: () => register({ processors: [processor({ subProcessorIds: ['proc-2'] }), processor({ id: 'proc-2', role: 'sub_processor' })] }),
    },
    {
      rule: 'processor.contract-expired',
      when: 'the contract expired yesterday',
      trigger: () => register({ processors: [processor({ contractExpiry: '2027-03-14' })] }),
      expected: ['proc-1: contractExpiry'],
      mentions: { lv: ['14.03.2027', 'SIA "Algu Serviss"'], en: ['14.03.2027', 'SIA "Algu Serviss"'] },
      notWhen: 'it expires today (the last day is still covered)',
      nearMiss: () => register({ processors: [processor({ contractExpiry: '2027-03-15' })] }),
    },
    {
      rule: 'processor.contract-expiring',
      when: 'the contract expires within two months',
      trigger: () => register({ processors: [processor({ contractExpiry: '2027-05-15' })] }),
      expected: ['proc-1: contractExpiry'],
      mentions: { lv: ['15.05.2027'], en: ['15.05.2027'] },
      notWhen: 'it expires a day later than that',
      nearMiss: () => register({ processors: [processor({ contractExpiry: '2027-05-16' })] }),
    },
    {
      rule: 'processor.unused',
      when: 'a processor is linked to no activity, or only to an ended one',
      trigger: () =>
        register({
          processors: [processor(), processor({ id: 'proc-2', name: 'SIA "Vecais IT"' }), processor({ id: 'proc-3', name: 'SIA "Lojalitāte"' })],
          activities: [activity(), activity({ id: 'act-2', number: 'PD-02', status: 'ended', endedOn: '2027-01-01', processors: link('proc-3') })],
        }),
      expected: ['proc-3: name', 'proc-2: name'],
      mentions: { lv: ['nav saistīts'], en: ['not linked'] },
      notWhen: 'it is only a sub-processor of a processor in use, or only a transfer’s recipient',
      nearMiss: () =>
        register({
          processors: [processor({ subProcessorIds: ['proc-2'] }), processor({ id: 'proc-2', role: 'sub_processor' }), processor({ id: 'proc-3', countryId: 'GB' })],
          activities: [activity({ transfers: [{ id: 't1', countryId: 'GB', processorId: 'proc-3', transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' }] })],
        }),
    },
    {
      rule: 'processor.dpf-not-certified',
      when: 'a US processor relies on the DPF without recorded certification',
      trigger: () => register({ processors: [processor({ countryId: 'US', transferMechanismId: 'tm-dpf', dpfCertified: false })] }),
      expected: ['proc-1: dpfCertified'],
      mentions: { lv: ['DPF', 'dataprivacyframework.gov'], en: ['DPF', 'dataprivacyframework.gov'] },
      notWhen: 'its certification is recorded',
      nearMiss: () => register({ processors: [processor({ countryId: 'US', transferMechanismId: 'tm-dpf', dpfCertified: true, dpfCheckedOn: '2027-03-01' })] }),
    },
    {
      rule: 'processor.transfer-no-mechanism',
      when: 'a processor in India has no transfer mechanism',
      trigger: () => register({ processors: [processor({ countryId: 'IN' })] }),
      expected: ['proc-1: transferMechanismId'],
      mentions: { lv: ['Indija'], en: ['India'] },
      notWhen: 'it is in the United Kingdom (adequate), or in India with standard contractual clauses',
      nearMiss: () =>
        register({
          processors: [processor({ countryId: 'GB' }), processor({ id: 'proc-2', countryId: 'IN', transferMechanismId: 'tm-scc-c2p' })],
          activities: [activity({ processors: link('proc-1', 'proc-2') })],
        }),
    },
    {
      rule: 'processor.transfer-no-mechanism',
      when: 'a US processor is neither DPF-certified nor covered by a mechanism',
      trigger: () => register({ processors: [processor({ countryId: 'US' })] }),
      expected: ['proc-1: transferMechanismId'],
      notWhen: 'it is DPF-certified',
      nearMiss: () => register({ processors: [processor({ countryId: 'US', dpfCertified: true, dpfCheckedOn: '2027-03-01' })] }),
    },
    {
      rule: 'joint-controller.no-arrangement',
      when: 'an activity has a joint controller and no Art. 26 arrangement',
      trigger: () =>
        register({
          processors: [processor(), processor({ id: 'proc-2', name: 'SIA "Partneris"', role: 'joint_controller', contractReference: '', contractDate: null })],
          activities: [activity({ processors: link('proc-1', 'proc-2') })],
        }),
      expected: ['act-1: jointControllerArrangement'],
      mentions: { lv: ['SIA "Partneris"', '26. pants'], en: ['SIA "Partneris"', 'Art. 26'] },
      notWhen: 'the arrangement is described',
      nearMiss: () =>
        register({
          processors: [processor(), processor({ id: 'proc-2', role: 'joint_controller', contractReference: '', contractDate: null })],
          activities: [activity({ processors: link('proc-1', 'proc-2'), jointControllerArrangement: 'Vienošanās par kopīgu pārzināšanu, 2026' })],
        }),
    },
  ]);
});
