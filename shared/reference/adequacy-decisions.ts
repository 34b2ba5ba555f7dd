/**
 * The European Commission's adequacy decisions (GDPR Art. 45) as dated
 * reference data: which destinations a register's built-in countries
 * catalogue marks as adequate, under which decision, and when and against
 * what this list was last checked. Migration 2026-12-05-15-model writes it
 * into the built-in country rows of every register and sets the register's
 * "adequacy list checked on" date; the rule adequacy.list-outdated warns a
 * year after that date (docs/model.md, "Adequacy list").
 *
 * Checked on 2026-12-05 by reading, through the project's search tool, the
 * Commission's and EDPB's announcements as reported by law firms and news
 * services (the Commission's list page itself could not be opened here):
 *
 * - United States: Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US
 *   Data Privacy Framework), only for DPF-certified organisations. The General
 *   Court dismissed the action for its annulment on 3 September 2025 (T-553/23
 *   Latombe v Commission); an appeal to the Court of Justice was reported in
 *   December 2025 and is pending as far as could be checked.
 * - United Kingdom: the 2021 decision ((EU) 2021/1772) was extended to
 *   27 December 2025 and renewed on 19 December 2025 until 27 December 2031;
 *   the renewal now also covers data for immigration control.
 * - European Patent Organisation: adopted 15 July 2025, the first adequacy
 *   decision for an international organisation.
 * - Brazil: adopted 26 January 2026 (published 27 January 2026).
 *
 * Not checked (recorded so the next check starts there): the Official Journal
 * numbers of the 2025 UK renewal, the EPO decision and the Brazil decision
 * (given as "of <date>" below); the decisions from before 2023 were not
 * re-read, only confirmed to be listed by the sources above.
 */

export interface AdequacyDecision {
  /** The countries catalogue id: ISO 3166 code, or IO-… for an international organisation. */
  id: string;
  /** The decision as cited in Latvian and English. */
  decision: { lv: string; en: string };
  /** Partial adequacy: the sector or recipients it covers. */
  partial?: { lv: string; en: string };
}

export interface AdequacyList {
  /** The day the list was last checked (ISO). */
  checkedOn: string;
  /** Where the list is published. */
  source: string;
  decisions: readonly AdequacyDecision[];
}

const decided = (id: string, lv: string, en = lv, partial?: { lv: string; en: string }): AdequacyDecision => ({ id, decision: { lv, en }, ...(partial ? { partial } : {}) });

export const ADEQUACY_LIST: AdequacyList = {
  checkedOn: '2026-12-05',
  source: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
  decisions: [
    decided('AD', '2010/625/ES', '2010/625/EU'),
    decided('AR', '2003/490/EK', '2003/490/EC'),
    decided('BR', 'Komisijas 2026. gada 26. janvāra lēmums', 'Commission decision of 26 January 2026'),
    decided('CA', '2002/2/EK', '2002/2/EC', { lv: 'tikai komercorganizācijām, uz kurām attiecas PIPEDA', en: 'only commercial organisations subject to PIPEDA' }),
    decided('FO', '2010/146/ES', '2010/146/EU'),
    decided('GG', '2003/821/EK', '2003/821/EC'),
    decided('IL', '2011/61/ES', '2011/61/EU'),
    decided('IM', '2004/411/EK', '2004/411/EC'),
    decided('JP', '(ES) 2019/419', '(EU) 2019/419'),
    decided('JE', '2008/393/EK', '2008/393/EC'),
    decided('NZ', '2013/65/ES', '2013/65/EU'),
    decided('KR', '(ES) 2022/254', '(EU) 2022/254'),
    decided('CH', '2000/518/EK', '2000/518/EC'),
    decided(
      'GB',
      '(ES) 2021/1772; atjaunots ar Komisijas 2025. gada 19. decembra lēmumu līdz 27.12.2031',
      '(EU) 2021/1772; renewed by Commission decision of 19 December 2025 until 27.12.2031',
    ),
    decided('UY', '2012/484/ES', '2012/484/EU'),
    decided('US', '(ES) 2023/1795', '(EU) 2023/1795', {
      lv: 'tikai organizācijām, kas sertificētas ES–ASV datu privātuma regulējumā (DPF)',
      en: 'only organisations certified under the EU-US Data Privacy Framework (DPF)',
    }),
    decided('IO-EPO', 'Komisijas 2025. gada 15. jūlija lēmums', 'Commission decision of 15 July 2025'),
  ],
};

/** The last day a list checked on `checkedOn` is current: a year later (ISO; 29 February counts to 28 February); older than a year after it. */
export function adequacyListDueOn(checkedOn: string): string {
  const [year, month, day] = checkedOn.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(year + 1, month - 1, day));
  if (due.getUTCMonth() !== month - 1) due.setUTCDate(0);
  return due.toISOString().slice(0, 10);
}
