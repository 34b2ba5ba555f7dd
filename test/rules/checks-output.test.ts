/**
 * The first checks were made faster (issue 17, issue 19 "checks linear in
 * the register") without changing a word of what they say: for the demo
 * register and for a large, deliberately untidy generated register, every
 * finding's message in Latvian and English is the text i18next writes from
 * the finding's values (the way every message was written before), and each
 * activity's completeness and the overview's average are what the
 * completeness of each activity on its own gives.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { generateDpoRecords } from '../../scripts/bench/dpo-records-generator.ts';
import { generateRegister } from '../../scripts/bench/register-generator.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { LANGUAGES, translator } from '../../shared/i18n/index.ts';
import { completeness, runChecks } from '../../shared/rules/index.ts';
import { completenessRatio } from '../../shared/rules/mandatory-fields.ts';
import { articleLabel, findingParams, ruleTitle } from '../../shared/rules/messages.ts';
import { buildChecksReport } from '../../shared/rules/report.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { tempDir } from '../helpers/temp.ts';

const TODAY = '2026-11-21';
const NOW = '2026-11-21T12:00:00.000Z';
const now = () => new Date(NOW);

/** Values that i18next would read as placeholders, nesting or replacement patterns if it ever read them. */
const TRICKY = ['{{name}}', '$t(checks:title.retention.missing)', '$& $1 $$', '{{number}} {{- name}}', '}}{{'];

/**
 * The benchmark's register (every activity full), then made untidy so that
 * most rules find something: purposes without a basis, missing categories,
 * recipients, security measures and retention, overdue reviews, processor
 * records without controllers, ended records, names that look like
 * templates.
 */
function untidy(document: RegisterDocument): RegisterDocument {
  const activities = document.activities.map((activity, i) => {
    const a = structuredClone(activity);
    if (i % 11 === 0) a.purposes = [];
    if (i % 13 === 0) a.dataSubjectCategoryIds = [];
    if (i % 17 === 0) Object.assign(a, { recipients: [], processors: [] });
    if (i % 19 === 0) a.name = `${TRICKY[i % TRICKY.length]} ${a.name}`;
    if (i % 23 === 0) a.status = 'ended';
    if (i % 29 === 0) a.nextReviewOn = '2025-01-01';
    if (i % 31 === 0) Object.assign(a, { securityMeasureIds: [], securityNotes: '' });
    if (i % 37 === 0) a.dataCategories = a.dataCategories.map((row) => ({ ...row, retentionRuleId: null }));
    if (i % 41 === 0 && a.purposes[0]) a.purposes[0].legalBasisIds = [];
    if (i % 43 === 0) a.controllers = a.controllers.map((c) => ({ ...c, contact: '', processingCategories: '' }));
    if (i % 47 === 0) Object.assign(a, { dpiaStatus: 'done', dpiaReference: '' });
    if (i % 53 === 0) Object.assign(a, { automatedDecision: true, automatedDecisionLegalEffect: true, art22Basis: null });
    // Two criteria and no DPIA: its message has a `count`, which i18next reads as an option (written by i18next itself).
    if (i % 59 === 0) Object.assign(a, { dpiaCriteria: ['evaluation_scoring', 'sensitive_data'], dpiaStatus: 'not_assessed' });
    return a;
  });
  const processors = document.processors.map((p, i) => (i % 5 === 0 ? { ...p, contractExpiry: '2026-01-01', name: `${TRICKY[i % TRICKY.length]} ${p.name}` } : p));
  const subjectRequests = (document.subjectRequests ?? []).map((r, i) => (i % 7 === 0 ? { ...r, requester: TRICKY[i % TRICKY.length] as string } : r));
  const breaches = (document.breaches ?? []).map((b, i) => (i % 3 === 0 ? { ...b, title: `${TRICKY[i % TRICKY.length]} ${b.title}` } : b));
  return { ...document, activities, processors, subjectRequests, breaches };
}

const registers: Record<string, RegisterDocument> = {};

beforeAll(async () => {
  const demo = await createRegisterFile(join(tempDir(), 'demo.ropa'), { now, title: DEMO_ORGANISATION_NAME, initialise: (trx) => seedDemo(trx, { now }) });
  registers.demo = await exportRegister(demo.db);
  await demo.close();
  const empty = await createRegisterFile(join(tempDir(), 'empty.ropa'), { now });
  const generated = generateRegister(await exportRegister(empty.db), 600);
  await empty.close();
  registers.generated = untidy({ ...generated, ...generateDpoRecords(generated, 60, 600) });
}, 60_000);

/** The message as i18next writes it from the finding's values: how every message was written before. */
const i18nextMessage = (finding: Finding, lang: (typeof LANGUAGES)[number]) => translator(lang)(finding.messageKey, findingParams(finding, lang));

describe('the checks say exactly what they said before', () => {
  it('the untidy register has findings of most rules, with the tricky values in their messages', () => {
    const findings = runChecks(registers.generated as RegisterDocument, TODAY, NOW);
    const rules = new Set(findings.map((f) => f.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(16);
    expect(rules).toContain('dpia.not-recorded');
    const messages = buildChecksReport(registers.generated as RegisterDocument, TODAY, 'lv', findings).findings.map((f) => f.message);
    for (const tricky of TRICKY) expect(messages.some((m) => m.includes(tricky))).toBe(true);
  });

  for (const register of ['demo', 'generated']) {
    for (const lang of LANGUAGES) {
      it(`${register} register, ${lang}: every finding's message, title, severity and article as i18next writes them`, () => {
        const document = registers[register] as RegisterDocument;
        const findings = runChecks(document, TODAY, NOW);
        const report = buildChecksReport(document, TODAY, lang, findings);
        expect(report.findings).toHaveLength(findings.length);
        const t = translator(lang);
        report.findings.forEach((written, index) => {
          const finding = findings[index] as Finding;
          expect(written).toEqual({
            ...finding,
            message: i18nextMessage(finding, lang),
            title: ruleTitle(finding.ruleId, lang),
            severityLabel: t(`checks:severity.${finding.severity}`),
            articleLabel: articleLabel(finding.article, lang),
          });
        });
      });
    }

    it(`${register} register: each activity's completeness and the average are each activity's own`, () => {
      const document = registers[register] as RegisterDocument;
      const report = buildChecksReport(document, TODAY, 'lv', runChecks(document, TODAY, NOW));
      expect(report.activities.map((a) => [a.activityId, a.completeness])).toEqual(document.activities.map((a) => [a.id, completeness(a, document)]));
      const current = document.activities.filter((a) => a.status !== 'ended');
      const mean = current.reduce((sum, a) => sum + completenessRatio(a, document), 0) / current.length;
      expect(report.summary.averageCompleteness).toBe(Math.round(100 * mean));
    });
  }
});
