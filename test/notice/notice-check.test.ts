/**
 * The pre-publication check: a register missing exactly one element a
 * notice needs gives exactly that finding (the record and the field to fix),
 * in words in both languages; a complete register gives none; the draft copy
 * prints the list at its end.
 */
import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { NOTICE_RULES, checkNotice } from '../../shared/notice/check.ts';
import { composeNotice } from '../../shared/notice/compose.ts';
import { noticeHtmlDocument } from '../../shared/notice/html.ts';
import { noticeScope } from '../../shared/notice/scope.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { findingMessage, translateFinding } from '../../shared/rules/messages.ts';
import { writeNotice } from '../../main/notice/notice-service.ts';
import { activity, organisation, purpose, register, retentionRule, transfer, useCatalogues } from '../rules/helpers.ts';
import { htmlText } from './notice-text.ts';

useCatalogues();

const AUDIENCE = ['ds-customers'];

function findings(document: RegisterDocument) {
  const scope = noticeScope(document, defaultNoticeSettings('org-1', AUDIENCE));
  if (!scope) throw new Error('no organisation');
  return checkNotice(document, scope);
}

const shown = (document: RegisterDocument) => findings(document).map((f) => `${f.ruleId} ${f.entity.id}: ${f.field}`);

interface MissingCase {
  missing: string;
  document: () => RegisterDocument;
  expected: string;
  /** Words the message names in Latvian and English. */
  mentions: [string, string];
}

const CASES: MissingCase[] = [
  { missing: 'the controller’s contact details', document: () => register({ organisations: [organisation({ address: '', email: '', phone: '' })] }), expected: 'notice.controller-contact org-1: email', mentions: ['Koka Pasaule', 'Koka Pasaule'] },
  { missing: 'the DPO’s contact details', document: () => register({ organisations: [organisation({ dpoEmail: '', dpoPhone: '' })] }), expected: 'notice.dpo-contact org-1: dpoEmail', mentions: ['datu aizsardzības speciālista', 'data protection officer'] },
  { missing: 'any activity for the audience', document: () => register({ activities: [activity({ dataSubjectCategoryIds: ['ds-employees'] })] }), expected: 'notice.no-activities org-1: name', mentions: ['Klienti (fiziskas personas)', 'Customers (individuals)'] },
  { missing: 'a purpose', document: () => register({ activities: [activity({ purposes: [] })] }), expected: 'notice.no-purpose act-1: purposes', mentions: ['PD-01', 'PD-01'] },
  { missing: 'a purpose’s legal basis', document: () => register({ activities: [activity({ purposes: [purpose({ legalBasisIds: [] })] })] }), expected: 'notice.no-legal-basis act-1: purposes.0.legalBasisIds', mentions: ['Līguma izpilde', 'Līguma izpilde'] },
  { missing: 'the legitimate interest of a 6(1)(f) purpose', document: () => register({ activities: [activity({ purposes: [purpose({ legalBasisIds: ['lb-f'] })] })] }), expected: 'notice.no-legitimate-interest act-1: purposes.0.legitimateInterest', mentions: ['leģitīmās intereses', 'legitimate interests'] },
  {
    missing: 'the Art. 9 condition for special data',
    document: () => register({ activities: [activity({ dataCategories: [{ dataCategoryId: 'dc-contact', retentionRuleId: 'rule-1', notes: '' }, { dataCategoryId: 'dc-health', retentionRuleId: 'rule-1', notes: '' }] })] }),
    expected: 'notice.no-art9-condition act-1: art9ConditionIds',
    mentions: ['9. panta 2. punkta', 'Art. 9(2)'],
  },
  { missing: 'the categories of data', document: () => register({ activities: [activity({ dataCategories: [] })] }), expected: 'notice.no-data-categories act-1: dataCategories', mentions: ['datu kategorija', 'category of personal data'] },
  { missing: 'the source (no source type at all)', document: () => register({ activities: [activity({ sourceTypes: [] })] }), expected: 'notice.no-source act-1: sourceTypes', mentions: ['no kurienes', 'where the data comes from'] },
  { missing: 'the source named, for data not from the person', document: () => register({ activities: [activity({ sourceTypes: ['third_party'], sourceNotes: '' })] }), expected: 'notice.no-source act-1: sourceNotes', mentions: ['no kurienes', 'where the data comes from'] },
  { missing: 'a transfer’s safeguard', document: () => register({ activities: [activity({ transfers: [transfer({ transferMechanismId: null })] })] }), expected: 'notice.transfer-no-safeguard act-1: transfers.0.transferMechanismId', mentions: ['Indija', 'India'] },
  { missing: 'where a transfer’s safeguards can be copied from', document: () => register({ activities: [activity({ transfers: [transfer({ safeguardDocuments: '' })] })] }), expected: 'notice.transfer-no-copy act-1: transfers.0.safeguardDocuments', mentions: ['kopiju', 'copy'] },
  { missing: 'a retention rule for a data category', document: () => register({ activities: [activity({ dataCategories: [{ dataCategoryId: 'dc-contact', retentionRuleId: null, notes: '' }] })] }), expected: 'notice.no-retention act-1: dataCategories.0.retentionRuleId', mentions: ['Kontaktinformācija', 'Contact details'] },
  {
    missing: 'a retention period (only “as long as necessary”)',
    document: () => register({ retentionRules: [retentionRule({ periodValue: null, periodUnit: null, criterion: 'Tik ilgi, cik nepieciešams' })] }),
    expected: 'notice.retention-no-period rule-1: periodValue',
    mentions: ['Tik ilgi, cik nepieciešams', 'Tik ilgi, cik nepieciešams'],
  },
  { missing: 'the logic of profiling', document: () => register({ activities: [activity({ profiling: true, automatedDecisionLogic: '' })] }), expected: 'notice.automated-no-logic act-1: automatedDecisionLogic', mentions: ['loģika', 'logic'] },
];

describe('the notice’s pre-publication check', () => {
  it('finds nothing missing in a complete register', () => {
    expect(shown(register())).toEqual([]);
  });

  for (const c of CASES) {
    it(`a register missing ${c.missing} gives exactly that finding`, () => {
      const document = c.document();
      expect(shown(document)).toEqual([c.expected]);
      const [finding] = findings(document);
      if (!finding) throw new Error('no finding');
      const [lv, en] = [findingMessage(finding, 'lv'), findingMessage(finding, 'en')];
      expect(lv).toContain(c.mentions[0]);
      expect(en).toContain(c.mentions[1]);
      for (const message of [lv, en]) expect(message).not.toMatch(/notice:|\{\{|undefined|\[object/);
    });
  }

  it('has a case for every rule', () => {
    const covered = new Set(CASES.map((c) => c.expected.split(' ')[0]));
    expect([...covered].sort()).toEqual(Object.values(NOTICE_RULES).map((r) => r.id).sort());
  });

  it('gives each finding a title of its own in both languages', () => {
    for (const c of CASES) {
      const [finding] = findings(c.document());
      for (const lang of ['lv', 'en'] as const) expect(translateFinding(finding!, lang).title).not.toMatch(/notice|title\./);
    }
  });

  it('writing the PDF leaves the notice’s text as it was, for the HTML and DOCX written after it', async () => {
    const document = register();
    const settings = defaultNoticeSettings('org-1', AUDIENCE);
    const notice = composeNotice(document, noticeScope(document, settings)!, settings, { lang: 'lv', date: '2026-12-04', version: 1 });
    const before = JSON.stringify(notice);
    await writeNotice(notice, 'pdf');
    expect(JSON.stringify(notice)).toBe(before);
  });

  it('names the processors and gives the articles only when the DPO asks for it', () => {
    const document = register();
    const plain = defaultNoticeSettings('org-1', AUDIENCE);
    const text = (settings: typeof plain, lang: 'lv' | 'en') =>
      htmlText(noticeHtmlDocument(composeNotice(document, noticeScope(document, settings)!, settings, { lang, date: '2026-12-04', version: 1 })));
    expect(text(plain, 'lv')).not.toContain('Algu Serviss');
    expect(text(plain, 'lv')).not.toMatch(/panta|pants/);
    const asked = { ...plain, nameProcessors: true, showArticles: true };
    expect(text(asked, 'lv')).toContain('SIA "Algu Serviss" (Algu aprēķins, Latvija)');
    expect(text(asked, 'lv')).toContain('līgums ar jums vai jūsu lūgums pirms līguma noslēgšanas (VDAR 6. panta 1. punkta b) apakšpunkts)');
    expect(text(asked, 'en')).toContain('(Article 6(1)(b) GDPR)');
  });

  it('says where the data comes from: from the person, or the source named (Art. 14)', () => {
    const text = (document: RegisterDocument) => {
      const settings = defaultNoticeSettings('org-1', AUDIENCE);
      return htmlText(noticeHtmlDocument(composeNotice(document, noticeScope(document, settings)!, settings, { lang: 'lv', date: '2026-12-04', version: 1 })));
    };
    expect(text(register())).toContain('No kurienes mēs saņemam jūsu datus Datus jūs sniedzat mums paši.');
    const bought = activity({ id: 'act-2', number: 'PD-02', name: 'Potenciālo klientu saraksts', sourceTypes: ['third_party'], sourceNotes: 'SIA “Datu Bāzes”' });
    expect(text(register({ activities: [activity(), bought] }))).toContain(
      'Lielāko daļu datu jūs sniedzat mums paši. Daļu datu mēs iegūstam arī citur: Potenciālo klientu saraksts: no citām personām vai organizācijām (SIA “Datu Bāzes”).',
    );
  });

  it('prints the list at the end of the draft copy, and a final copy without it', () => {
    const document = register({ activities: [activity({ purposes: [purpose({ legalBasisIds: [] })] })] });
    const settings = defaultNoticeSettings('org-1', AUDIENCE);
    const scope = noticeScope(document, settings);
    if (!scope) throw new Error('no organisation');
    const missing = checkNotice(document, scope).map((f) => findingMessage(f, 'lv'));
    const draft = htmlText(noticeHtmlDocument(composeNotice(document, scope, settings, { lang: 'lv', date: '2026-12-04', version: 1, missing })));
    expect(draft.endsWith(`Pirms publicēšanas tās jāpapildina: ${missing[0]}`)).toBe(true);
    const final = htmlText(noticeHtmlDocument(composeNotice(document, scope, settings, { lang: 'lv', date: '2026-12-04', version: 1 })));
    expect(final).not.toContain('Melnraksts');
    expect(final).not.toContain(missing[0]);
  });
});
