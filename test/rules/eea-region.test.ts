import { describe, expect, it } from 'vitest';
import { EEA_REGION_ID } from '../../shared/domain/catalogues.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { TODAY, activity, processor, register, transfer, useCatalogues } from './helpers.ts';

useCatalogues();

/** The rule ids of every finding about transfers and recipients' locations. */
const transferFindings = (document: ReturnType<typeof register>) =>
  runChecks(document, TODAY)
    .filter((f) => f.ruleId.startsWith('transfer.') || f.ruleId === 'processor.transfer-no-mechanism' || f.ruleId === 'adequacy.list-outdated')
    .map((f) => `${f.ruleId}: ${f.entity.id}`);

describe('EU/EEA as a location without a named country (issue 15)', () => {
  it('is in the built-in countries catalogue, marked EEA, in both languages', () => {
    const region = register().catalogues.countries.find((c) => c.id === EEA_REGION_ID);
    expect(region).toMatchObject({ builtin: true, eea: true, nameLv: 'ES/EEZ (valsts nav norādīta)', nameEn: 'EU/EEA (country not named)' });
  });

  it('is no transfer to a third country: a "transfer" there with no mechanism raises nothing, where India does', () => {
    const bare = { transferMechanismId: null, safeguardDocuments: '' };
    expect(transferFindings(register({ activities: [activity({ transfers: [transfer({ countryId: EEA_REGION_ID, ...bare })] })] }))).toEqual([]);
    expect(transferFindings(register({ activities: [activity({ transfers: [transfer({ countryId: 'IN', ...bare })] })] }))).toContain('transfer.no-mechanism: act-1');
  });

  it('is no third country for a processor: "EU data centres" need no transfer mechanism', () => {
    const located = (countryId: string) =>
      register({ processors: [processor({ countryId, transferMechanismId: null, dataLocation: 'ES datu centri' })], activities: [activity({ processors: [{ processorId: 'proc-1', notes: '' }] })] });
    expect(transferFindings(located(EEA_REGION_ID))).toEqual([]);
    expect(transferFindings(located('IN'))).toEqual(['transfer.not-recorded: act-1', 'processor.transfer-no-mechanism: proc-1']);
  });
});
