/**
 * The demo register's report, read the way an inspector's tools read it
 * (poppler): every activity with each of its field values in its own
 * section, the footer on every page, no replacement characters, every font
 * embedded. Its first pages are rendered to docs/screenshots (the README
 * shows them) and were looked at by a person.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { generateReport } from '../../main/pdf/report.ts';
import { localName, type Catalogues } from '../../shared/domain/catalogues.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { formatDate, isoToday } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { DEMO_IMPERFECTIONS } from '../../main/demo/demo-register.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { translateFindings } from '../../shared/rules/messages.ts';
import { pdfFonts, pdfInfo, pdfPageTexts, renderPage, squeeze } from '../helpers/pdf.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

interface DemoReport {
  file: string;
  pages: string[];
  document: RegisterDocument;
}

/** The report is read by every test of its language, so it lives in a folder of its own until they are done. */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const made = new Map<Language, Promise<DemoReport>>();

/** The report in `lang`, made once for all the tests that read it. */
function demoReport(lang: Language): Promise<DemoReport> {
  let report = made.get(lang);
  if (!report) {
    report = makeDemoReport(lang);
    made.set(lang, report);
  }
  return report;
}

async function makeDemoReport(lang: Language): Promise<DemoReport> {
  const path = await fixedDemoRegister();
  const session = await openRegister(path, { now: () => DEMO_REPORT_NOW, readOnly: true });
  try {
    const { pdf } = await generateReport(session.db, { lang, now: DEMO_REPORT_NOW });
    const folder = mkdtempSync(join(tmpdir(), 'ropa-report-'));
    folders.push(folder);
    const file = join(folder, `demo-${lang}.pdf`);
    writeFileSync(file, pdf);
    return { file, pages: pdfPageTexts(file), document: await exportRegister(session.db) };
  } finally {
    await session.close();
  }
}

/** Every value of an activity's fields as the report must print it, labels of choices included. */
function fieldValues(activity: Activity, document: RegisterDocument, lang: Language): string[] {
  const t = translator(lang);
  const name = <N extends keyof Catalogues>(catalogue: N, id: string) => {
    const entry = (document.catalogues[catalogue] as Array<{ id: string; nameLv: string; nameEn: string }>).find((e) => e.id === id);
    if (!entry) throw new Error(`no ${catalogue} ${id}`);
    return localName(entry, lang);
  };
  const processor = (id: string) => document.processors.find((p) => p.id === id)?.name ?? id;
  const rule = (id: string) => document.retentionRules.find((r) => r.id === id);
  const dates = [activity.createdOn, activity.lastReviewedOn, activity.nextReviewOn, activity.endedOn, activity.dpiaCompletedOn].flatMap((d) => (d ? [formatDate(d)] : []));
  return [
    activity.number,
    activity.name,
    activity.description,
    activity.ownerUnit,
    activity.ownerPerson,
    activity.reviewedBy,
    t(`fields:enums.kind.${activity.kind}`),
    t(`fields:enums.status.${activity.status}`),
    ...dates,
    ...activity.purposes.flatMap((p) => [
      p.description,
      p.legitimateInterest,
      p.legitimateInterestAssessment,
      ...(p.legitimateInterestAssessedOn ? [formatDate(p.legitimateInterestAssessedOn)] : []),
      ...p.legalBasisIds.map((id) => name('legalBases', id)),
    ]),
    ...activity.art9ConditionIds.map((id) => name('art9Conditions', id)),
    activity.art9Notes,
    activity.art10Basis,
    ...activity.dataSubjectCategoryIds.map((id) => name('dataSubjectCategories', id)),
    ...activity.dataCategories.flatMap((row) => {
      const kept = row.retentionRuleId ? rule(row.retentionRuleId) : undefined;
      return [name('dataCategories', row.dataCategoryId), row.notes, ...(kept ? [kept.name, kept.criterion, kept.startEvent, ...(kept.periodValue ? [String(kept.periodValue)] : [])] : [])];
    }),
    ...activity.sourceTypes.map((type) => t(`fields:enums.sourceType.${type}`)),
    activity.sourceNotes,
    ...activity.recipients.flatMap((row) => [name('recipientCategories', row.recipientCategoryId), row.notes]),
    ...activity.processors.flatMap((row) => [processor(row.processorId), row.notes]),
    activity.jointControllerArrangement,
    ...activity.transfers.flatMap((row) => [
      name('countries', row.countryId),
      ...(row.transferMechanismId ? [name('transferMechanisms', row.transferMechanismId)] : []),
      ...(row.processorId ? [processor(row.processorId)] : []),
      row.safeguardDocuments,
      row.derogationJustification,
      row.notes,
    ]),
    ...activity.securityMeasureIds.map((id) => name('securityMeasures', id)),
    activity.securityNotes,
    activity.systems,
    activity.dataLocation,
    activity.automatedDecisionLogic,
    ...(activity.art22Basis ? [t(`fields:enums.art22Basis.${activity.art22Basis}`)] : []),
    ...activity.dpiaCriteria.map((criterion) => t(`fields:enums.dpiaCriterion.${criterion}`)),
    t(`fields:enums.dpiaStatus.${activity.dpiaStatus}`),
    activity.dpiaReference,
    activity.dpiaNotes,
    ...activity.controllers.flatMap((c) => [c.name, c.regNo, c.contact, c.representative, c.dpoContact, c.processingCategories, c.contractReference]),
    activity.notes,
  ].filter((value) => value.trim().length > 0);
}

/** Each activity's section of the text: from its heading to the next activity's heading. */
function sections(text: string, document: RegisterDocument, lang: Language): Map<Activity, string> {
  const t = translator(lang);
  const summary = squeeze(t('report:sections.summary'));
  // The contents list every heading first; the sections come after the summary's own heading,
  // and after the summary (whose findings also name activities) under each organisation's heading.
  const afterSummary = text.indexOf(summary, text.indexOf(summary) + 1);
  const body = Math.min(
    ...document.organisations.map((o) => text.indexOf(squeeze(t('report:sections.activitiesOf', { organisation: o.name })), afterSummary)).filter((at) => at >= 0),
  );
  // The processors part follows the last activity (the same words also title each activity's processors).
  const end = text.lastIndexOf(squeeze(t('report:sections.processors')));
  const starts = document.activities
    .map((activity) => ({ activity, at: text.indexOf(squeeze(`${activity.number} ${activity.name}`), body) }))
    .sort((a, b) => a.at - b.at);
  return new Map(starts.map(({ activity, at }, i) => [activity, text.slice(at, starts[i + 1]?.at ?? end)]));
}

describe.each(['lv', 'en'] as const)('the demo register report (%s)', (lang) => {
  let report: DemoReport;
  beforeAll(async () => {
    report = await demoReport(lang);
  });

  it('is A4 with every font embedded, and every page carries its page number', () => {
    const info = pdfInfo(report.file);
    expect(info.pages).toBe(report.pages.length);
    for (const size of info.sizes) expect([[595, 842], [842, 595]]).toContainEqual(size);
    const fonts = pdfFonts(report.file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded || !font.unicode)).toEqual([]);
    const footer = (page: number) => (lang === 'lv' ? `Lapa ${page} no ${info.pages}` : `Page ${page} of ${info.pages}`);
    report.pages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain(footer(index + 1)));
    expect(report.pages.join('')).not.toContain('\uFFFD');
  });

  it('shows every activity with each of its field values in its own section', () => {
    const text = squeeze(report.pages.join('\n'));
    const byActivity = sections(text, report.document, lang);
    expect(byActivity.size).toBe(report.document.activities.length);
    for (const [activity, section] of byActivity) {
      expect(section.length, activity.number).toBeGreaterThan(0);
      const missing = fieldValues(activity, report.document, lang).filter((value) => !section.includes(squeeze(value)));
      expect(missing, `${activity.number} ${activity.name}`).toEqual([]);
    }
  });

  it('repeats the column headings of the register tables on every page they span', () => {
    const t = translator(lang);
    const sizes = pdfInfo(report.file).sizes;
    const landscape = report.pages.filter((_text, index) => (sizes[index] as [number, number])[0] > (sizes[index] as [number, number])[1]).map(squeeze);
    const processorHeadings = [t('fields:processor.role'), t('report:tables.contract'), t('report:tables.usedBy')].map(squeeze);
    const retentionHeadings = [t('report:tables.period'), t('report:tables.legalSource'), t('report:tables.usedBy')].map(squeeze);
    const transferHeadings = [t('report:tables.country'), t('fields:activity.safeguardDocuments')].map(squeeze);
    const has = (page: string, headings: string[]) => headings.every((heading) => page.includes(heading));
    // The processors and the retention schedule each take more than one page in the demo.
    expect(landscape.filter((page) => has(page, processorHeadings)).length).toBeGreaterThan(1);
    expect(landscape.filter((page) => has(page, retentionHeadings)).length).toBeGreaterThan(1);
    for (const page of landscape) expect(has(page, processorHeadings) || has(page, retentionHeadings) || has(page, transferHeadings)).toBe(true);
  });

  it('labels fields with the GDPR terms, marks special-category data and shows empty fields as a dash', () => {
    const t = translator(lang);
    const text = squeeze(report.pages.join('\n'));
    for (const key of ['purposes', 'legalBasisIds', 'dataSubjectCategoryIds', 'dataCategories', 'recipients', 'transfers', 'securityMeasureIds', 'retention']) {
      expect(text).toContain(squeeze(t(`fields:activity.${key}`)));
    }
    expect(text).toContain(squeeze(t('report:activity.specialMarker')));
    expect(text).toContain(squeeze(t('report:activity.containsSpecial')));
    expect(text).toMatch(/—/);
  });

  it('lists in its summary exactly what the compliance checks find on the report date', () => {
    const t = translator(lang);
    const text = squeeze(report.pages.join('\n'));
    expect(text).toContain(squeeze(t('report:summary.findings')));
    const expected = translateFindings(runChecks(report.document, isoToday(DEMO_REPORT_NOW)), lang);
    expect(expected.map((finding) => finding.ruleId).sort()).toEqual(DEMO_IMPERFECTIONS.map((i) => i.ruleId).sort());
    for (const finding of expected) expect(text).toContain(squeeze(finding.message));
  });

  it('has a cover with the organisations, version and fingerprint, contents, summary, register tables and signatures', () => {
    const t = translator(lang);
    const cover = report.pages[0] as string;
    for (const organisation of report.document.organisations) {
      for (const value of [organisation.name, organisation.regNo, organisation.address, organisation.dpoName]) expect(squeeze(cover)).toContain(squeeze(value));
    }
    expect(cover).toContain(t('report:cover.fingerprint'));
    expect(cover).toMatch(/\b[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\b/);
    expect(cover).toContain(formatDate('2026-11-21'));
    const contents = report.pages[1] as string;
    expect(contents).toContain(t('report:toc.title'));
    for (const part of ['summary', 'processors', 'retention', 'transfers', 'signature']) expect(contents).toContain(t(`report:sections.${part}`));
    const text = report.pages.join('\n');
    expect(text).toContain(t('report:summary.legalBases'));
    expect(text).toContain(t('report:summary.transfersByCountry'));
    expect(text).toContain(lang === 'lv' ? 'Amerikas Savienotās Valstis' : 'United States');
    for (const processor of report.document.processors) expect(squeeze(text)).toContain(squeeze(processor.name));
    for (const rule of report.document.retentionRules) expect(squeeze(text)).toContain(squeeze(rule.name));
    const last = report.pages[report.pages.length - 1] as string;
    expect(last).toContain(t('report:signature.signature'));
    expect(last).toContain(t('report:signature.place'));
    expect(last).toContain('Ilze Kalniņa');
  });
});

describe('the report screenshots', () => {
  it('renders the first pages and the first activity of the Latvian demo report to PNG for the README', async () => {
    const report = await demoReport('lv');
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const page of [1, 2, 3]) {
      const png = renderPage(report.file, page, join(SCREENSHOTS, `report-page-${page}`));
      expect(statSync(png).size).toBeGreaterThan(10_000);
    }
    // The first activity's page: after the contents, the page that starts with its heading.
    const first = report.pages.findIndex((text, index) => index > 1 && /^PD-01\s/m.test(text));
    expect(first).toBeGreaterThan(1);
    expect(statSync(renderPage(report.file, first + 1, join(SCREENSHOTS, 'report-activity'))).size).toBeGreaterThan(10_000);
  });
});
