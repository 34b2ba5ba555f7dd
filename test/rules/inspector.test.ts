import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/rules/index.ts';
import { findingMessage } from '../../shared/rules/messages.ts';
import { activity, organisation, processor, purpose, register, retentionRule, ruleCases, TODAY, useCatalogues } from './helpers.ts';

useCatalogues();

const unscreened = { dpiaCriteria: [], dpiaStatus: 'not_assessed' as const, dpiaNotes: '' };
const biometricIdentity = {
  ...unscreened,
  name: 'Klientu identitātes pārbaude',
  dataCategories: [{ dataCategoryId: 'dc-biometric', retentionRuleId: 'rule-1', notes: '' }],
  art9ConditionIds: ['a9-a'],
};
const residentialCctv = {
  ...unscreened,
  name: 'Dzīvojamo māju videonovērošana',
  dataSubjectCategoryIds: ['ds-visitors'],
  dataCategories: [{ dataCategoryId: 'dc-image', retentionRuleId: 'rule-1', notes: '' }],
  approxSubjects: 25_000,
};
const creditScoring = {
  ...unscreened,
  name: 'Kredītspējas novērtēšana',
  automatedDecision: true,
  automatedDecisionLogic: 'Punktu skala pēc ienākumiem un kredītvēstures',
};

describe('DPIA criteria the record itself shows (WP248, Art. 35(1))', () => {
  ruleCases([
    {
      rule: 'dpia.not-recorded',
      when: 'biometric data for identity checks, nothing ticked and no DPIA (sensitive + innovative technology, inferred)',
      trigger: () => register({ activities: [activity(biometricIdentity)] }),
      expected: ['act-1: dpiaStatus'],
      mentions: {
        lv: ['2 WP248 kritēriji', 'secināts no: biometriskie dati', 'Inovatīvas tehnoloģijas (secināts no: biometriskie dati)'],
        en: ['2 WP248 criteria', 'inferred from: biometric data', 'Innovative'],
      },
      notWhen: 'the record shows only one criterion (health data of customers)',
      nearMiss: () =>
        register({
          activities: [activity({ ...unscreened, dataCategories: [{ dataCategoryId: 'dc-health', retentionRuleId: 'rule-1', notes: '' }], art9ConditionIds: ['a9-a'] })],
        }),
    },
    {
      rule: 'dpia.not-recorded',
      when: 'CCTV of residential buildings over the large-scale threshold (systematic monitoring + large scale)',
      trigger: () => register({ activities: [activity(residentialCctv)] }),
      expected: ['act-1: dpiaStatus'],
      mentions: { lv: ['secināts no: videonovērošana', 'slieksnis 10000'], en: ['inferred from: CCTV', 'threshold 10000'] },
      notWhen: 'the organisation’s threshold is above the number of data subjects',
      nearMiss: () => register({ organisations: [organisation({ largeScaleThreshold: 50_000 })], activities: [activity(residentialCctv)] }),
    },
    {
      rule: 'dpia.not-recorded',
      when: 'credit scoring with automated decisions whose effect is not assessed (scoring + automated decision)',
      trigger: () => register({ activities: [activity(creditScoring)] }),
      expected: ['act-1: dpiaStatus'],
      mentions: { lv: ['secināts no: novērtēšana vai profilēšana', 'automatizēti lēmumi'], en: ['scoring or profiling', 'automated decisions'] },
      notWhen: 'the DPO recorded why the decisions have no legal or similarly significant effect',
      nearMiss: () =>
        register({ activities: [activity({ ...creditScoring, automatedDecisionNoEffectReason: 'Lēmums ir tikai ieteikums; katru atteikumu pārskata kredītspeciālists.' })] }),
    },
    {
      rule: 'art22.effect-unassessed',
      when: 'automated decisions are recorded, the effect is not ticked and no reason is given',
      trigger: () => register({ activities: [activity(creditScoring)] }),
      expected: ['act-1: automatedDecisionNoEffectReason'],
      mentions: { lv: ['PD-01', 'Kredītspējas novērtēšana', '22. panta 1. punkts'], en: ['PD-01', 'Art. 22(1)'] },
      notWhen: 'the reason why there is no significant effect is recorded',
      nearMiss: () => register({ activities: [activity({ ...creditScoring, automatedDecisionNoEffectReason: 'Tikai ieteikums kredītspeciālistam.' })] }),
    },
    {
      rule: 'profiling.not-informed',
      when: 'the activity profiles and says nothing of how data subjects are told',
      trigger: () => register({ activities: [activity({ profiling: true })] }),
      expected: ['act-1: profilingInformation'],
      mentions: { lv: ['profilēšana', 'privātuma paziņojumu'], en: ['profiling', 'privacy notice'] },
      notWhen: 'the privacy notice section is recorded',
      nearMiss: () => register({ activities: [activity({ profiling: true, profilingInformation: 'Privātuma politika, 6. sadaļa' })] }),
    },
  ]);
});

const analytics = (legalBasisIds: string[], description = 'Apmeklējumu statistika ar Google Analytics sīkdatnēm') =>
  activity({
    name: 'Tīmekļa vietnes analītika',
    dataSubjectCategoryIds: ['ds-website-visitors'],
    dataCategories: [{ dataCategoryId: 'dc-online', retentionRuleId: 'rule-1', notes: '' }],
    purposes: [purpose({ description, legalBasisIds, legitimateInterest: 'Vietnes uzlabošana', legitimateInterestAssessment: 'LIA-3', legitimateInterestAssessedOn: '2026-12-01' })],
  });
const meta = processor({ id: 'proc-meta', name: 'Meta Platforms Ireland Limited', countryId: 'IE', service: 'Meta pikselis reklāmu mērķauditorijām' });

describe('trackers and platforms (ePrivacy Art. 5(3), ISPL 7.¹ pants; Art. 26)', () => {
  ruleCases([
    {
      rule: 'cookies.without-consent',
      when: 'analytics cookies rest on legitimate interests',
      trigger: () => register({ activities: [analytics(['lb-f'])] }),
      expected: ['act-1: purposes.0.legalBasisIds'],
      mentions: { lv: ['7.¹ pants', 'piekrišan', 'Google Analytics'], en: ['Article 7.¹', 'consent'] },
      notWhen: 'they rest on consent',
      nearMiss: () => register({ activities: [analytics(['lb-a'])] }),
    },
    {
      rule: 'cookies.without-consent',
      when: 'advertising cookies rest on the contract',
      trigger: () => register({ activities: [analytics(['lb-b'], 'Reklāmas sīkdatnes atkārtotam mārketingam')] }),
      expected: ['act-1: purposes.0.legalBasisIds'],
      notWhen: 'the cookies are strictly necessary for the shopping cart',
      nearMiss: () => register({ activities: [analytics(['lb-b'], 'Iepirkumu groza saglabāšana (tehniski nepieciešamās sīkdatnes)')] }),
    },
    {
      rule: 'platform.joint-controller',
      when: 'Meta is recorded as a processor of a pixel for advertising audiences',
      trigger: () => register({ processors: [processor(), meta], activities: [activity({ processors: [{ processorId: 'proc-1', notes: '' }, { processorId: 'proc-meta', notes: '' }] })] }),
      expected: ['act-1: processors.1.processorId'],
      mentions: { lv: ['Meta Platforms Ireland Limited', 'C-40/17', 'C-210/16', '26. panta'], en: ['Fashion ID', 'Wirtschaftsakademie', 'Art. 26'] },
      notWhen: 'Meta is recorded as a joint controller',
      nearMiss: () =>
        register({
          processors: [processor(), { ...meta, role: 'joint_controller' }],
          activities: [activity({ processors: [{ processorId: 'proc-1', notes: '' }, { processorId: 'proc-meta', notes: '' }], jointControllerArrangement: 'Meta Controller Addendum' })],
        }),
    },
  ]);

  it('a platform that only hosts (no pixel, plugin or advertising) is left a processor', () => {
    const hosting = processor({ id: 'proc-li', name: 'LinkedIn Ireland', service: 'Darba sludinājumu publicēšana' });
    const document = register({ processors: [processor(), hosting], activities: [activity({ processors: [{ processorId: 'proc-1', notes: '' }, { processorId: 'proc-li', notes: '' }] })] });
    expect(runChecks(document, TODAY).filter((f) => f.ruleId === 'platform.joint-controller')).toEqual([]);
  });
});

const vague = (criterion: string, legalSource = '') => retentionRule({ periodValue: null, periodUnit: null, criterion, legalSource, legalArticle: '', startEvent: '' });

describe('register-wide checks (Art. 30(1)(f), 37(1), 30(1), 6(1))', () => {
  ruleCases([
    {
      rule: 'retention-text.vague',
      when: 'the criterion is only “as long as necessary”',
      trigger: () => register({ retentionRules: [vague('Tik ilgi, cik nepieciešams nolūka sasniegšanai')] }),
      expected: ['rule-1: criterion'],
      mentions: { lv: ['Klientu līgumi', 'cik ilgi nepieciešams'], en: ['Klientu līgumi', 'as long as necessary'] },
      notWhen: 'the criterion is a real one (until consent is withdrawn)',
      nearMiss: () => register({ retentionRules: [vague('Līdz piekrišanas atsaukšanai')] }),
    },
    {
      rule: 'retention-text.vague',
      when: 'the criterion says “according to the law” without naming it',
      trigger: () => register({ retentionRules: [vague('According to the applicable law')] }),
      expected: ['rule-1: criterion'],
      mentions: { lv: ['likumu'], en: ['without naming it'] },
      notWhen: 'the law is named',
      nearMiss: () => register({ retentionRules: [vague('Saskaņā ar Grāmatvedības likuma 28. pantu')] }),
    },
    {
      rule: 'dpo.required',
      when: 'large-scale CCTV and no DPO',
      trigger: () =>
        register({ organisations: [organisation({ dpoName: '', dpoEmail: '' })], activities: [activity({ ...residentialCctv, dpiaStatus: 'done', dpiaReference: 'NIDA-1', dpiaCompletedOn: '2026-12-01' })] }),
      expected: ['org-1: dpoName'],
      mentions: { lv: ['SIA "Koka Pasaule"', 'PD-01 Dzīvojamo māju videonovērošana', '37. panta 1. punkta'], en: ['Art. 37(1)(b)'] },
      notWhen: 'the CCTV covers fewer people than the threshold',
      nearMiss: () => register({ organisations: [organisation({ dpoName: '', dpoEmail: '' })], activities: [activity({ ...residentialCctv, approxSubjects: 800 })] }),
    },
    {
      rule: 'register.no-activities',
      when: 'a second organisation has no activity',
      trigger: () => register({ organisations: [organisation(), organisation({ id: 'org-2', name: 'SIA "Tukšā"' })] }),
      expected: ['org-2: name'],
      mentions: { lv: ['SIA "Tukšā"'], en: ['SIA "Tukšā"'] },
      notWhen: 'it has a draft activity',
      nearMiss: () =>
        register({
          organisations: [organisation(), organisation({ id: 'org-2', name: 'SIA "Tukšā"' })],
          activities: [activity(), activity({ id: 'act-2', organisationId: 'org-2', number: 'T-01', status: 'draft' })],
        }),
    },
    {
      rule: 'basis.consent-and-other',
      when: 'a purpose gives consent and legitimate interests',
      trigger: () =>
        register({ activities: [activity({ purposes: [purpose({ description: 'Jaunumu sūtīšana', legalBasisIds: ['lb-a', 'lb-f'], legitimateInterest: 'Tiešā tirgvedība', legitimateInterestAssessment: 'LIA-1', legitimateInterestAssessedOn: '2026-12-01' })] })] }),
      expected: ['act-1: purposes.0.legalBasisIds'],
      mentions: { lv: ['Jaunumu sūtīšana', 'leģitīmās intereses'], en: ['Legitimate interests'] },
      notWhen: 'the purpose rests on two bases neither of which is consent',
      nearMiss: () => register({ activities: [activity({ purposes: [purpose({ legalBasisIds: ['lb-b', 'lb-c'] })] })] }),
    },
  ]);

  it('a rule with a period is not vague, whatever its criterion says', () => {
    const withPeriod = retentionRule({ criterion: 'Saskaņā ar likumu, cik ilgi nepieciešams', legalSource: '' });
    expect(runChecks(register({ retentionRules: [withPeriod] }), TODAY).filter((f) => f.ruleId === 'retention-text.vague')).toEqual([]);
  });

  it('two purposes worded alike, one on consent and one on the contract, are both named', () => {
    const document = register({
      activities: [activity({ purposes: [purpose({ id: 'p-1', description: 'Klientu kartes', legalBasisIds: ['lb-a'] }), purpose({ id: 'p-2', description: 'klientu  kartes', legalBasisIds: ['lb-b'] })] })],
    });
    const findings = runChecks(document, TODAY).filter((f) => f.ruleId === 'basis.consent-and-other');
    expect(findings.map((f) => f.field)).toEqual(['purposes.0.legalBasisIds']);
    expect(findingMessage(findings[0]!, 'en')).toContain('Performance of a contract');
  });
});
