import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/rules/index.ts';
import { TODAY, activity, processor, processorRecord, register, ruleCases, transfer, useCatalogues } from './helpers.ts';

useCatalogues();

const usProcessor = (overrides = {}) =>
  processor({
    id: 'proc-us',
    name: 'Clearmetrics, Inc.',
    countryId: 'US',
    transferMechanismId: 'tm-dpf',
    dpfCertified: true,
    dpfCheckedOn: '2027-02-20',
    ...overrides,
  });

/** One activity with one transfer (and the US processor in the register). */
const withTransfer = (overrides = {}, processors = [processor(), usProcessor()]) =>
  register({ processors, activities: [activity({ transfers: [transfer(overrides)] })] });

describe('transfers to third countries', () => {
  ruleCases([
    {
      rule: 'transfer.no-mechanism',
      when: 'data goes to India (no adequacy decision) with no mechanism',
      trigger: () => withTransfer({ countryId: 'IN', transferMechanismId: null, safeguardDocuments: '' }),
      expected: ['act-1: transfers.0.transferMechanismId'],
      mentions: { lv: ['Indija', '46. pants', '49. pants'], en: ['India', 'Art. 46', 'Art. 49'] },
      notWhen: 'it goes to the United Kingdom (adequate) or Germany (EEA: not a transfer) with no mechanism',
      nearMiss: () =>
        register({
          activities: [
            activity({
              transfers: [
                transfer({ countryId: 'GB', transferMechanismId: null, safeguardDocuments: '' }),
                transfer({ id: 't2', countryId: 'DE', transferMechanismId: null, safeguardDocuments: '' }),
              ],
            }),
          ],
        }),
    },
    {
      rule: 'transfer.no-mechanism',
      when: 'a transfer to India claims an adequacy decision India does not have',
      trigger: () => withTransfer({ countryId: 'IN', transferMechanismId: 'tm-adequacy', safeguardDocuments: '' }),
      expected: ['act-1: transfers.0.transferMechanismId'],
      notWhen: 'it rests on standard contractual clauses, documented',
      nearMiss: () => withTransfer({ countryId: 'IN', transferMechanismId: 'tm-scc-c2p' }),
    },
    {
      rule: 'transfer.partial-adequacy-unconfirmed',
      when: 'data goes to the US on the adequacy decision to a recipient not certified under the DPF',
      trigger: () =>
        withTransfer({ countryId: 'US', processorId: 'proc-us', transferMechanismId: 'tm-adequacy', safeguardDocuments: '' }, [
          processor(),
          usProcessor({ transferMechanismId: null, dpfCertified: false }),
        ]),
      expected: ['act-1: transfers.0.transferMechanismId'],
      mentions: { lv: ['Amerikas Savienotās Valstis'], en: ['United States'] },
      notWhen: 'data goes to Canada with the reason it is covered written down (a commercial organisation under PIPEDA)',
      nearMiss: () => withTransfer({ countryId: 'CA', transferMechanismId: null, safeguardDocuments: 'Komercorganizācija, uz kuru attiecas PIPEDA' }),
    },
    {
      rule: 'transfer.dpf-not-certified',
      when: 'a transfer relies on the DPF and the recipient is not recorded as certified',
      trigger: () =>
        withTransfer({ countryId: 'US', processorId: 'proc-us', transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF' }, [
          processor(),
          usProcessor({ dpfCertified: false, dpfCheckedOn: null }),
        ]),
      expected: ['act-1: transfers.0.processorId'],
      mentions: { lv: ['Clearmetrics, Inc.', 'DPF'], en: ['Clearmetrics, Inc.', 'DPF'] },
      notWhen: 'the recipient is certified',
      nearMiss: () => withTransfer({ countryId: 'US', processorId: 'proc-us', transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF' }),
    },
    {
      rule: 'transfer.dpf-not-certified',
      when: 'a transfer relies on the DPF and names no recipient',
      trigger: () => withTransfer({ countryId: 'US', processorId: null, transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF' }),
      expected: ['act-1: transfers.0.processorId'],
      mentions: { lv: ['(nav norādīts)'], en: ['(not named)'] },
      notWhen: 'it names no recipient but uses standard contractual clauses instead',
      nearMiss: () => withTransfer({ countryId: 'US', processorId: null, transferMechanismId: 'tm-scc-c2p' }),
    },
    {
      rule: 'transfer.safeguards-undocumented',
      when: 'standard contractual clauses are named but not where they are',
      trigger: () => withTransfer({ countryId: 'IN', transferMechanismId: 'tm-scc-c2p', safeguardDocuments: '' }),
      expected: ['act-1: transfers.0.safeguardDocuments'],
      mentions: { lv: ['Standarta datu aizsardzības klauzulas, 2. modulis'], en: ['Standard contractual clauses, module 2'] },
      notWhen: 'the clauses are documented',
      nearMiss: () => withTransfer({ countryId: 'IN', transferMechanismId: 'tm-scc-c2p', safeguardDocuments: 'Līguma 3. pielikums' }),
    },
    {
      rule: 'transfer.derogation-unjustified',
      when: 'a derogation for compelling legitimate interests is used without a justification',
      trigger: () =>
        withTransfer({ countryId: 'IN', transferMechanismId: 'tm-derogation-legitimate', safeguardDocuments: '', derogationJustification: '' }),
      expected: ['act-1: transfers.0.derogationJustification'],
      mentions: { lv: ['pārliecinošas leģitīmās intereses'], en: ['compelling legitimate interests'] },
      notWhen: 'the justification is recorded',
      nearMiss: () =>
        withTransfer({
          countryId: 'IN',
          transferMechanismId: 'tm-derogation-contract',
          safeguardDocuments: '',
          derogationJustification: 'Vienreizēja viesnīcas rezervācija klienta pieprasītajam braucienam',
        }),
    },
    {
      rule: 'transfer.not-recorded',
      when: 'an activity uses a US processor but records no transfer to the US',
      trigger: () => register({ processors: [processor(), usProcessor()], activities: [activity({ processors: [{ processorId: 'proc-1', notes: '' }, { processorId: 'proc-us', notes: '' }] })] }),
      expected: ['act-1: processors.1.processorId'],
      mentions: { lv: ['Clearmetrics, Inc.', 'Amerikas Savienotās Valstis'], en: ['Clearmetrics, Inc.', 'United States'] },
      notWhen: 'the transfer to the US is recorded',
      nearMiss: () =>
        register({
          processors: [processor(), usProcessor()],
          activities: [
            activity({
              processors: [{ processorId: 'proc-1', notes: '' }, { processorId: 'proc-us', notes: '' }],
              transfers: [transfer({ countryId: 'US', processorId: 'proc-us', transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF saraksts' })],
            }),
          ],
        }),
    },
  ]);

  it('checks transfers in processor records too (Chapter V binds processors)', () => {
    const document = register({ activities: [activity(), processorRecord({ transfers: [transfer({ countryId: 'IN', transferMechanismId: null })] })] });
    expect(runChecks(document, TODAY).map((f) => `${f.ruleId} ${f.entity.id}`)).toEqual(['transfer.no-mechanism act-p']);
  });

  it('a fully documented DPF transfer to a certified recipient gives no finding at all', () => {
    const document = register({
      processors: [processor(), usProcessor()],
      activities: [
        activity({
          processors: [{ processorId: 'proc-us', notes: '' }],
          transfers: [transfer({ countryId: 'US', processorId: 'proc-us', transferMechanismId: 'tm-dpf', safeguardDocuments: 'DPF saraksts, pārbaudīts 20.02.2027' })],
        }),
      ],
    });
    expect(runChecks(document, TODAY).map((f) => f.ruleId)).toEqual(['processor.unused']);
  });
});
