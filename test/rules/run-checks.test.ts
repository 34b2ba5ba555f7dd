import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/index.ts';
import { RULES, RULE_IDS, checkActivity, runChecks } from '../../shared/rules/index.ts';
import { articleLabel, translateFinding } from '../../shared/rules/messages.ts';
import {
  activitiesByLegalBasis,
  averageCompleteness,
  countByRule,
  countBySeverity,
  reviewsDueByMonth,
  transfersByCountry,
} from '../../shared/rules/summary.ts';
import { TODAY, activity, organisation, processor, purpose, register, retentionRule, transfer, useCatalogues } from './helpers.ts';

useCatalogues();

/** A register with something wrong in every kind of record. */
function untidyRegister() {
  return register({
    organisations: [organisation(), organisation({ id: 'org-2', name: 'SIA "Bērzi"', address: '', email: '', phone: '' })],
    processors: [processor({ contractExpiry: '2027-01-01' }), processor({ id: 'proc-2', name: 'SIA "Āboli"', countryId: 'IN' }), processor({ id: 'proc-3', name: 'SIA "Citi"' })],
    retentionRules: [retentionRule(), retentionRule({ id: 'rule-2', name: 'Žurnāli', startEvent: '' })],
    activities: [
      activity({ purposes: [purpose({ legalBasisIds: ['lb-f'] })], processors: [{ processorId: 'proc-2', notes: '' }] }),
      activity({ id: 'act-2', number: 'PD-10', organisationId: 'org-2', lastReviewedOn: null, nextReviewOn: null, dataCategories: [{ dataCategoryId: 'dc-usage', retentionRuleId: 'rule-2', notes: '' }] }),
      activity({ id: 'act-3', number: 'PD-2', transfers: [transfer({ countryId: 'IN', transferMechanismId: null })], dataCategories: [{ dataCategoryId: 'dc-contact', retentionRuleId: null, notes: '' }] }),
    ],
  });
}

describe('the rules', () => {
  it('have unique ids, a severity, a GDPR article, and a title and message in Latvian and English', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.article).toMatch(/^Art\. \d+(\(\d+\))?(\([a-z]\))?$/);
      for (const lang of ['lv', 'en'] as const) {
        const t = translator(lang);
        expect(t(`checks:title.${rule.id}`), `${lang} title ${rule.id}`).not.toContain('checks:');
        expect(t(`checks:message.${rule.id}`), `${lang} message ${rule.id}`).not.toMatch(/^checks:/);
      }
    }
  });

  it('each has a case that triggers it and a near miss in test/rules', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const text = readdirSync(folder)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => readFileSync(`${folder}/${name}`, 'utf8'))
      .join('\n');
    const covered = new Set([...text.matchAll(/rule: '([a-z0-9.-]+)'/g)].map((m) => m[1]));
    expect(RULE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('write GDPR provisions the Latvian way in Latvian', () => {
    expect(articleLabel('Art. 46', 'lv')).toBe('46. pants');
    expect(articleLabel('Art. 28(3)', 'lv')).toBe('28. panta 3. punkts');
    expect(articleLabel('Art. 30(1)(f)', 'lv')).toBe('30. panta 1. punkta f) apakšpunkts');
    expect(articleLabel('Art. 30(1)(f)', 'en')).toBe('Art. 30(1)(f)');
  });
});

describe('runChecks', () => {
  it('lists activities by organisation and number, then processors, retention rules and organisations', () => {
    const findings = runChecks(untidyRegister(), TODAY);
    // SIA "Bērzi" before SIA "Koka Pasaule"; PD-2 before PD-10; Latvian collation (ICU puts ā after a).
    // Within a record: errors, then warnings, then information (the no-assessment error first).
    expect(findings.map((f) => `${f.entity.label} | ${f.ruleId}`)).toEqual([
      'PD-10 Klientu pasūtījumi | review.never',
      'PD-01 Klientu pasūtījumi | legitimate-interest.no-assessment',
      'PD-01 Klientu pasūtījumi | legitimate-interest.not-named',
      'PD-01 Klientu pasūtījumi | transfer.not-recorded',
      'PD-2 Klientu pasūtījumi | transfer.no-mechanism',
      'PD-2 Klientu pasūtījumi | retention.missing',
      'SIA "Algu Serviss" | processor.contract-expired',
      'SIA "Āboli" | processor.transfer-no-mechanism',
      'SIA "Citi" | processor.unused',
      'Žurnāli | retention.no-start-event',
      'SIA "Bērzi" | organisation.contact-missing',
    ]);
  });

  it('gives the same findings whatever order the register lists its records in', () => {
    const document = untidyRegister();
    const expected = runChecks(document, TODAY);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(document.activities, { minLength: 3, maxLength: 3 }),
        fc.shuffledSubarray(document.processors, { minLength: 3, maxLength: 3 }),
        fc.shuffledSubarray(document.organisations, { minLength: 2, maxLength: 2 }),
        fc.shuffledSubarray(document.retentionRules, { minLength: 2, maxLength: 2 }),
        (activities, processors, organisations, retentionRules) => {
          expect(runChecks({ ...document, activities, processors, organisations, retentionRules }, TODAY)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a malformed day instead of guessing', () => {
    expect(() => runChecks(register(), '15.03.2027')).toThrow(/ISO date/);
  });

  it('checkActivity gives exactly the findings runChecks has for that activity', () => {
    const document = untidyRegister();
    for (const a of document.activities) {
      expect(checkActivity(document, a.id, TODAY)).toEqual(runChecks(document, TODAY).filter((f) => f.entity.id === a.id));
    }
  });

  it('translates a finding: message, title, severity and article in the language asked for', () => {
    const finding = runChecks(untidyRegister(), TODAY).find((f) => f.ruleId === 'processor.contract-expired')!;
    expect(translateFinding(finding, 'lv')).toMatchObject({
      severityLabel: 'kļūda',
      articleLabel: '28. panta 3. punkts',
      title: 'Apstrādātāja līguma termiņš beidzies',
      message: expect.stringContaining('Apstrādātāja SIA "Algu Serviss" līguma termiņš beidzās 01.01.2027.'),
      field: 'contractExpiry',
    });
    expect(translateFinding(finding, 'en')).toMatchObject({ severityLabel: 'error', articleLabel: 'Art. 28(3)', message: expect.stringContaining('expired on 01.01.2027') });
  });
});

describe('summary figures', () => {
  it('count findings by severity and by rule', () => {
    const findings = runChecks(untidyRegister(), TODAY);
    expect(countBySeverity(findings)).toEqual({ error: 6, warning: 5, info: 0 });
    expect(countByRule(findings)[0]).toEqual({ ruleId: 'legitimate-interest.no-assessment', severity: 'error', findings: 1 });
    expect(countByRule(findings).reduce((sum, row) => sum + row.findings, 0)).toBe(findings.length);
  });

  it('count current controller records by legal basis, each basis once per activity', () => {
    const document = register({
      activities: [
        activity({ purposes: [purpose(), purpose({ id: 'p2', legalBasisIds: ['lb-b', 'lb-c'] })] }),
        activity({ id: 'act-2', number: 'PD-02', purposes: [purpose({ legalBasisIds: ['lb-f'] })] }),
        activity({ id: 'act-3', number: 'PD-03', purposes: [purpose({ legalBasisIds: [] })] }),
        activity({ id: 'act-4', number: 'PD-04', status: 'ended', endedOn: '2027-01-01' }),
      ],
    });
    expect(activitiesByLegalBasis(document)).toEqual([
      { gdprPoint: 'a', activities: 0 },
      { gdprPoint: 'b', activities: 1 },
      { gdprPoint: 'c', activities: 1 },
      { gdprPoint: 'd', activities: 0 },
      { gdprPoint: 'e', activities: 0 },
      { gdprPoint: 'f', activities: 1 },
      { gdprPoint: 'none', activities: 1 },
    ]);
  });

  it('count transfers by destination outside the EEA, most first', () => {
    const document = register({
      activities: [
        activity({ transfers: [transfer({ countryId: 'US' }), transfer({ id: 't2', countryId: 'IN' }), transfer({ id: 't3', countryId: 'DE' })] }),
        activity({ id: 'act-2', number: 'PD-02', transfers: [transfer({ id: 't4', countryId: 'US' }), transfer({ id: 't5', countryId: 'US' })] }),
      ],
    });
    expect(transfersByCountry(document).map(({ countryId, nameEn, adequacy, transfers, activities }) => ({ countryId, nameEn, adequacy, transfers, activities }))).toEqual([
      { countryId: 'US', nameEn: 'United States', adequacy: 'partial', transfers: 3, activities: 2 },
      { countryId: 'IN', nameEn: 'India', adequacy: 'none', transfers: 1, activities: 1 },
    ]);
  });

  it('spread the next reviews of active activities over the coming months', () => {
    const at = (id: string, nextReviewOn: string | null) => activity({ id, number: id, nextReviewOn, lastReviewedOn: nextReviewOn ? '2026-01-01' : null });
    const document = register({
      activities: [at('a', '2027-03-14'), at('b', '2027-03-15'), at('c', '2027-03-31'), at('d', '2027-05-02'), at('e', '2028-02-29'), at('f', '2028-03-01'), at('g', null)],
    });
    const due = reviewsDueByMonth(document, TODAY);
    expect(due.overdue).toBe(1);
    expect(due.byMonth).toHaveLength(12);
    expect(due.byMonth[0]).toEqual({ month: '2027-03', activities: 2 });
    expect(due.byMonth[2]).toEqual({ month: '2027-05', activities: 1 });
    expect(due.byMonth[11]).toEqual({ month: '2028-02', activities: 1 });
    expect(due.later).toBe(1);
    expect(due.unscheduled).toBe(1);
  });

  it('average the completeness of current activities', () => {
    const document = register({
      activities: [activity(), activity({ id: 'act-2', number: 'PD-02', dataSubjectCategoryIds: [], securityMeasureIds: [] }), activity({ id: 'act-3', number: 'PD-03', purposes: [], status: 'ended', endedOn: '2027-01-01' })],
    });
    expect(averageCompleteness(document)).toBe(83);
    expect(averageCompleteness(register({ activities: [] }))).toBe(100);
  });
});
