import { join } from 'node:path';
import { addDays, format, subDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegisterFile, type RegisterConnection } from '../../main/db/connection.ts';
import { listActivitySummaries, loadActivities } from '../../main/db/repositories/activity-repository.ts';
import { listCatalogue, listCatalogues } from '../../main/db/repositories/catalogue-repository.ts';
import { verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { listOrganisations } from '../../main/db/repositories/organisation-repository.ts';
import { loadProcessors } from '../../main/db/repositories/processor-repository.ts';
import { listRetentionRules } from '../../main/db/repositories/retention-repository.ts';
import { DEMO_IMPERFECTIONS, DEMO_ORGANISATION_NAME, seedDemo } from '../../main/demo/demo-register.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { documentInference, inferredLines } from '../../shared/rules/dpia-inference.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import type { Catalogues } from '../../shared/domain/catalogues.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { tempDir } from '../helpers/temp.ts';

const open: RegisterConnection[] = [];
afterEach(async () => {
  for (const connection of open.splice(0)) await connection.close();
});

async function demo(at: string) {
  const now = () => new Date(at);
  const connection = await createRegisterFile(join(tempDir(), 'demo.ropa'), {
    now,
    title: DEMO_ORGANISATION_NAME,
    initialise: (trx) => seedDemo(trx, { now }),
  });
  open.push(connection);
  const db = connection.db;
  return {
    db,
    today: format(now(), 'yyyy-MM-dd'),
    organisations: await listOrganisations(db),
    activities: await loadActivities(db),
    processors: await loadProcessors(db),
    rules: await listRetentionRules(db),
    catalogues: await listCatalogues(db),
  };
}

type Demo = Awaited<ReturnType<typeof demo>>;

function byNumber(activities: Activity[], number: string): Activity {
  const found = activities.find((a) => a.number === number);
  if (!found) throw new Error(`no activity ${number}`);
  return found;
}

function byName(processors: Processor[], name: string): Processor {
  const found = processors.find((p) => p.name === name);
  if (!found) throw new Error(`no processor ${name}`);
  return found;
}

function ruleOf(rules: RetentionRule[], id: string | null): RetentionRule {
  const found = rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/**
 * The demo's findings, one line each: "<activity number or processor name> |
 * <rule> | <field>". The compliance checks run on the demo's export for the
 * day `today` (ISO).
 */
async function demoFindings(register: Demo, today = register.today): Promise<string[]> {
  const document = await exportRegister(register.db);
  const number = new Map(document.activities.map((a) => [a.id, a.number]));
  return runChecks(document, today).map((f) => `${f.entity.type === 'activity' ? number.get(f.entity.id) : f.entity.label} | ${f.ruleId} | ${f.field}`);
}

/**
 * What the demo deserves on the day it is created: exactly its four
 * deliberate imperfections (DEMO_IMPERFECTIONS), in the checks' order.
 */
const DEMO_FINDINGS = [
  'PD-08 | legitimate-interest.no-assessment | purposes.2.legitimateInterestAssessment',
  'PD-13 | review.overdue | nextReviewOn',
  'PD-14 | retention.missing | dataCategories.2.retentionRuleId',
  'SIA "Drošības Serviss Kurzeme" | processor.contract-expired | contractExpiry',
];

describe('the demo register', () => {
  it('holds the firm, a second group company and 14+ complete activities numbered PD-01...', async () => {
    const register = await demo('2027-03-15T10:00:00.000Z');
    expect(register.organisations).toHaveLength(2);
    const firm = register.organisations.find((o) => o.name === DEMO_ORGANISATION_NAME);
    expect(firm?.regNo).toMatch(/^4000\d{7}$/);
    expect(firm?.dpoName).not.toBe('');
    expect(firm?.dpoEmail).toContain('@');
    const own = register.activities.filter((a) => a.organisationId === firm?.id);
    expect(own.length).toBeGreaterThanOrEqual(14);
    expect(own.map((a) => a.number)).toEqual(Array.from({ length: own.length }, (_, i) => `PD-${String(i + 1).padStart(2, '0')}`));
    const other = register.activities.filter((a) => a.organisationId !== firm?.id);
    expect(other.map((a) => a.number)).toEqual(['ZS-01', 'ZS-02']);

    for (const a of register.activities) {
      expect(a.purposes.length, a.number).toBeGreaterThan(0);
      expect(a.dataSubjectCategoryIds.length, a.number).toBeGreaterThan(0);
      expect(a.dataCategories.length, a.number).toBeGreaterThan(0);
      expect(a.sourceTypes.length, a.number).toBeGreaterThan(0);
      expect(a.recipients.length, a.number).toBeGreaterThan(0);
      expect(a.securityMeasureIds.length, a.number).toBeGreaterThan(0);
      expect(a.systems, a.number).not.toBe('');
      expect(a.dataLocation, a.number).not.toBe('');
      expect(a.ownerUnit, a.number).not.toBe('');
      expect(a.ownerPerson, a.number).not.toBe('');
      expect(a.dpiaStatus, a.number).not.toBe('not_assessed');
      expect(a.kind === 'processor' || a.controllers.length === 0).toBe(true);
    }
    const names = Object.fromEntries(register.activities.map((a) => [a.number, a.name]));
    expect(names['PD-01']).toMatch(/personāl/i);
    expect(names['PD-02']).toMatch(/samaks/i);
    expect(names['PD-05']).toMatch(/kandidāt/i);
    expect(names['PD-06']).toMatch(/grāmatvedīb/i);
    expect(names['PD-11']).toMatch(/videonovērošan/i);
  });

  it('reads the CCTV record like an inspector: monitoring inferred from its content, employees as vulnerable, and a DPIA done', async () => {
    const register = await demo('2027-03-15T10:00:00.000Z');
    const document = await exportRegister(register.db);
    const cctv = byNumber(document.activities, 'PD-11');
    const inferred = documentInference(document)(cctv);
    expect(inferredLines(inferred, 'lv')).toEqual([
      'Sistemātiska uzraudzība (secināts no: videonovērošana)',
      'Neaizsargāti datu subjekti (secināts no: darbinieki)',
    ]);
    expect(cctv.approxSubjects).toBe(1500);
    expect(cctv.dpiaStatus).toBe('done');
  });

  it('records health data of the occupational health checks with its Art. 9(2)(b) and (h) conditions', async () => {
    const { activities, db } = await demo('2027-03-15T10:00:00.000Z');
    const health = byNumber(activities, 'PD-03');
    expect(health.dataCategories.map((r) => r.dataCategoryId)).toContain('dc-health');
    expect(health.art9ConditionIds).toEqual(['a9-b', 'a9-h']);
    expect(health.recipients.map((r) => r.recipientCategoryId)).toContain('rc-occupational-health');
    expect(health.purposes[0]?.legalBasisIds).toEqual(['lb-c']);
    const summaries = await listActivitySummaries(db);
    expect(summaries.filter((s) => s.hasSpecialData).map((s) => s.number).sort()).toEqual(['PD-03', 'PD-04']);
  });

  it('reports payroll to VID on a legal obligation, with the laws named', async () => {
    const { activities } = await demo('2027-03-15T10:00:00.000Z');
    const payroll = byNumber(activities, 'PD-02');
    const vid = payroll.purposes.find((p) => p.description.includes('VID'));
    expect(vid?.legalBasisIds).toEqual(['lb-c']);
    expect(vid?.description).toContain('likums "Par iedzīvotāju ienākuma nodokli"');
    expect(payroll.recipients.map((r) => r.recipientCategoryId)).toContain('rc-vid');
  });

  it('transfers web analytics to a DPF-certified US processor, checked recently', async () => {
    const { activities, processors, today } = await demo('2027-03-15T10:00:00.000Z');
    const analytics = byNumber(activities, 'PD-09');
    expect(analytics.transfers).toHaveLength(1);
    const transfer = analytics.transfers[0];
    expect(transfer?.countryId).toBe('US');
    expect(transfer?.transferMechanismId).toBe('tm-dpf');
    expect(transfer?.safeguardDocuments).toContain('DPF');
    const recipient = processors.find((p) => p.id === transfer?.processorId);
    expect(recipient).toMatchObject({ countryId: 'US', dpfCertified: true, transferMechanismId: 'tm-dpf', role: 'processor' });
    const checkedOn = recipient?.dpfCheckedOn ?? '';
    expect(checkedOn <= today).toBe(true);
    expect(checkedOn >= format(subDays(new Date('2027-03-15T10:00:00.000Z'), 60), 'yyyy-MM-dd')).toBe(true);
    // The only third-country transfer in the register.
    expect(activities.flatMap((a) => a.transfers)).toHaveLength(1);
  });

  it('keeps CCTV recordings 30 days on legitimate interests, with a DPIA for the systematic monitoring', async () => {
    const { activities, rules } = await demo('2027-03-15T10:00:00.000Z');
    const cctv = byNumber(activities, 'PD-11');
    const row = cctv.dataCategories.find((r) => r.dataCategoryId === 'dc-image');
    expect(ruleOf(rules, row?.retentionRuleId ?? null)).toMatchObject({ periodValue: 30, periodUnit: 'days', actionAtExpiry: 'delete' });
    expect(cctv.purposes[0]?.legalBasisIds).toEqual(['lb-f']);
    expect(cctv.purposes[0]?.legitimateInterestAssessment).not.toBe('');
    expect(cctv.dpiaCriteria).toContain('systematic_monitoring');
    expect(cctv.dpiaStatus).toBe('done');
    expect(cctv.dpiaReference).not.toBe('');
  });

  it('has a processor record for the hotel whose booking system the firm hosts, with a sub-processor', async () => {
    const { activities, processors } = await demo('2027-03-15T10:00:00.000Z');
    const hosted = activities.filter((a) => a.kind === 'processor');
    expect(hosted.map((a) => a.number)).toEqual(['PD-15']);
    const record = hosted[0] as Activity;
    expect(record.controllers).toHaveLength(1);
    expect(record.controllers[0]).toMatchObject({ name: 'SIA "Ventas Krasts Viesnīca"', regNo: expect.stringMatching(/^\d{11}$/) });
    expect(record.controllers[0]?.dpoContact).toContain('@');
    expect(record.controllers[0]?.processingCategories).not.toBe('');
    expect(record.controllers[0]?.contractReference).toContain('28. pants');
    const subs = record.processors.map((link) => processors.find((p) => p.id === link.processorId));
    expect(subs.map((p) => p?.role)).toEqual(['sub_processor']);
    expect(['LV', 'DE']).toContain(subs[0]?.countryId);
  });

  it('shows an ended activity replaced by the newsletter, which runs on consent', async () => {
    const { activities } = await demo('2027-03-15T10:00:00.000Z');
    const ended = activities.filter((a) => a.status === 'ended');
    expect(ended.map((a) => a.number)).toEqual(['PD-16']);
    expect(ended[0]?.endedOn ?? '9999-12-31').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((ended[0]?.endedOn ?? '9999-12-31') < '2027-03-15').toBe(true);
    const newsletter = byNumber(activities, 'PD-10');
    expect(ended[0]?.replacedById).toBe(newsletter.id);
    expect(newsletter.purposes.map((p) => p.legalBasisIds)).toEqual([['lb-a']]);
  });

  it('has 10+ retention rules on Latvian legal sources, linked from the activities', async () => {
    const { rules, activities } = await demo('2027-03-15T10:00:00.000Z');
    expect(rules.length).toBeGreaterThanOrEqual(10);
    for (const rule of rules) {
      expect(rule.periodValue !== null || rule.criterion !== '', rule.name).toBe(true);
      expect(rule.legalSource, rule.name).not.toBe('');
      expect(rule.startEvent, rule.name).not.toBe('');
      expect(rule.owner, rule.name).not.toBe('');
    }
    const find = (source: string, article: string) => rules.find((r) => r.legalSource.includes(source) && r.legalArticle.includes(article));
    expect(find('Grāmatvedības likums', '28. pants')).toMatchObject({ periodValue: 10, periodUnit: 'years' });
    expect(find('Darba likums', '31. pants')).toMatchObject({ periodValue: 2, periodUnit: 'years' });
    expect(find('Civillikums', '1895. pants')).toMatchObject({ periodValue: 10, periodUnit: 'years' });
    expect(find('Komerclikums', '406. pants')).toMatchObject({ periodValue: 3, periodUnit: 'years' });
    expect(find('Patērētāju tiesību aizsardzības likums', '27. pants')).toMatchObject({ periodValue: 2, periodUnit: 'years' });
    expect(find('MK noteikumi Nr. 690', '')).toMatchObject({ periodValue: 90, periodUnit: 'years', actionAtExpiry: 'archive' });
    const byCategory = (id: string) => rules.find((r) => r.dataCategoryId === id);
    expect(byCategory('dc-marketing')).toMatchObject({ periodValue: null, periodUnit: null });
    expect(byCategory('dc-marketing')?.criterion).toContain('piekrišanas atsaukšanai');
    expect(byCategory('dc-online')).toMatchObject({ periodValue: 14, periodUnit: 'months' });
    const applicants = byNumber(activities, 'PD-05').dataCategories[0];
    expect(ruleOf(rules, applicants?.retentionRuleId ?? null)).toMatchObject({ periodValue: 6, periodUnit: 'months' });
    // Every rule is used by some activity.
    const used = new Set(activities.flatMap((a) => a.dataCategories.map((r) => r.retentionRuleId)));
    expect(rules.filter((r) => !used.has(r.id)).map((r) => r.name)).toEqual([]);
  });

  it('names 8+ processors and recipients with their roles and contracts', async () => {
    const { processors, activities } = await demo('2027-03-15T10:00:00.000Z');
    expect(processors.length).toBeGreaterThanOrEqual(8);
    expect(new Set(processors.map((p) => p.role))).toEqual(new Set(['processor', 'sub_processor', 'independent_controller']));
    for (const p of processors) {
      expect(p.service, p.name).not.toBe('');
      expect(p.countryId, p.name).not.toBeNull();
      expect(p.lastReviewedOn, p.name).not.toBeNull();
    }
    expect(byName(processors, 'SIA "Kontu Serviss"').subProcessorIds).toEqual([byName(processors, 'SIA "Ventspils Datu Centrs"').id]);
    // Every processor is used by some activity.
    const used = new Set(activities.flatMap((a) => a.processors.map((link) => link.processorId)));
    expect(processors.filter((p) => !used.has(p.id)).map((p) => p.name)).toEqual([]);
  });

  it('adds only a couple of catalogue entries of its own', async () => {
    const { db } = await demo('2027-03-15T10:00:00.000Z');
    const subjects = await listCatalogue(db, 'dataSubjectCategories');
    expect(subjects.filter((s) => !s.builtin)).toHaveLength(1);
    const catalogues: Catalogues = await listCatalogues(db);
    const custom = Object.values(catalogues).flat().filter((entry) => !entry.builtin);
    expect(custom).toHaveLength(1);
  });

  it('is written through the repositories: every record has its history entry and the chain is intact', async () => {
    const register = await demo('2027-03-15T10:00:00.000Z');
    const verdict = await verifyHistory(register.db);
    expect(verdict.intact).toBe(true);
    const records =
      register.organisations.length + register.activities.length + register.processors.length + register.rules.length + 1; /* custom catalogue entry */
    // And the register's own facts: recorded when it was made, and again when the demo sets its adequacy-list date.
    expect(verdict.entries).toBe(records + 2);
    const facts = await register.db.selectFrom('history').select(['seq', 'action']).where('entity_type', '=', 'register').orderBy('seq').execute();
    expect(facts.map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(facts[0]!.seq).toBe(1);
  });

  it('lists its deliberate imperfections with the rule and field that report each', () => {
    const described = DEMO_IMPERFECTIONS.map((i) => `${i.activityNumber ?? i.processorName} | ${i.ruleId} | ${i.field}`).sort();
    expect(described).toEqual([...DEMO_FINDINGS].sort());
  });

  it.each(['2027-03-15T10:00:00.000Z', '2031-08-01T08:30:00.000Z', '2028-02-29T12:00:00.000Z', '2026-12-31T21:30:00.000Z', new Date().toISOString()])(
    'shows exactly the four deliberate imperfections whenever it is created (%s)',
    async (at) => {
      const register = await demo(at);
      expect(await demoFindings(register)).toEqual(DEMO_FINDINGS);
      // The day after, nothing new has come due.
      expect(await demoFindings(register, format(addDays(new Date(at), 1), 'yyyy-MM-dd'))).toEqual(DEMO_FINDINGS);
      const expired = byName(register.processors, 'SIA "Drošības Serviss Kurzeme"');
      expect(expired.contractExpiry! < register.today).toBe(true);
      for (const a of register.activities.filter((x) => x.status === 'active' && x.number !== 'PD-13')) {
        expect(a.lastReviewedOn! <= register.today, a.number).toBe(true);
        expect(a.lastReviewedOn! > format(subDays(new Date(at), 366), 'yyyy-MM-dd'), a.number).toBe(true);
      }
    },
  );

  it('seven months after it was created, the reviews planned for then are overdue and the GPS contract is up for renewal', async () => {
    const register = await demo('2027-03-15T10:00:00.000Z');
    // Reviewed 5 or 6 months before creation: next review 6 or 7 months after it (by 15.10.2027).
    expect(await demoFindings(register, '2027-10-20')).toEqual([
      'PD-03 | review.overdue | nextReviewOn',
      'PD-05 | review.overdue | nextReviewOn',
      'PD-08 | legitimate-interest.no-assessment | purposes.2.legitimateInterestAssessment',
      'PD-12 | review.overdue | nextReviewOn',
      'PD-13 | review.overdue | nextReviewOn',
      'PD-14 | retention.missing | dataCategories.2.retentionRuleId',
      'ZS-01 | review.overdue | nextReviewOn',
      'SIA "Auto Kontrole" | processor.contract-expiring | contractExpiry',
      'SIA "Drošības Serviss Kurzeme" | processor.contract-expired | contractExpiry',
    ]);
  });
});
