import { describe, expect, it } from 'vitest';
import { ADEQUACY_LIST, adequacyListDueOn } from '../../shared/reference/adequacy-decisions.ts';
import { activity, findingsOf, register, ruleCases, transfer, useCatalogues } from './helpers.ts';

useCatalogues();

/** A register whose adequacy list was checked on `checkedOn`, with one activity transferring to `countryId`. */
function checkedOn(date: string | null, countryId = 'IN') {
  const document = register({ activities: [activity({ transfers: [transfer({ countryId })] })] });
  return { ...document, register: { ...document.register, adequacyListCheckedOn: date } };
}

describe('the adequacy list a register relies on (issue 15, reference data)', () => {
  ruleCases([
    {
      rule: 'adequacy.list-outdated',
      when: 'the list was last checked more than a year before today and the organisation transfers outside the EEA',
      trigger: () => checkedOn('2026-03-14'),
      expected: ['org-1: adequacyListCheckedOn'],
      mentions: { lv: ['“SIA "Koka Pasaule"”', '14.03.2026', 'Eiropas Komisijas'], en: ['“SIA "Koka Pasaule"”', '14.03.2026', "European Commission's"] },
      notWhen: 'the list was checked exactly a year ago today',
      nearMiss: () => checkedOn('2026-03-15'),
    },
  ]);

  it('warns when the register never recorded a check, saying so in both languages', () => {
    expect(findingsOf(checkedOn(null), 'adequacy.list-outdated')).toEqual(['org-1: adequacyListCheckedOn']);
  });

  it('does not warn an organisation whose transfers all stay in the EEA, however old the list', () => {
    expect(findingsOf(checkedOn('2020-01-01', 'DE'), 'adequacy.list-outdated')).toEqual([]);
  });

  it('counts a year from the day of the check, 29 February included', () => {
    expect(adequacyListDueOn('2026-12-05')).toBe('2027-12-05');
    expect(adequacyListDueOn('2028-02-29')).toBe('2029-02-28');
  });

  it('is dated, names its source and holds the decisions of 2023-2026 (DPF, UK renewal, EPO, Brazil)', () => {
    expect(ADEQUACY_LIST.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ADEQUACY_LIST.source).toMatch(/^https:\/\/commission\.europa\.eu\//);
    const byId = new Map(ADEQUACY_LIST.decisions.map((d) => [d.id, d]));
    expect(byId.get('US')).toMatchObject({ decision: { en: '(EU) 2023/1795' }, partial: { en: expect.stringContaining('Data Privacy Framework') } });
    expect(byId.get('GB')?.decision.en).toMatch(/2021\/1772.*renewed.*19 December 2025.*27\.12\.2031/);
    expect(byId.get('IO-EPO')?.decision.en).toContain('15 July 2025');
    expect(byId.get('BR')?.decision.en).toContain('26 January 2026');
  });
});
