/**
 * The report document on its own: the findings seam, order as a Latvian
 * reader expects it, the summary's figures, and the same input giving the
 * same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportDocument } from '../../main/pdf/report-document.ts';
import type { ReportFinding, ReportInput } from '../../main/pdf/report-facts.ts';
import { buildReportIndex } from '../../main/pdf/report-index.ts';
import { summariseRegister } from '../../main/pdf/report-summary.ts';
import { renderPdf } from '../../main/pdf/render.ts';
import { loadReportInput } from '../../main/pdf/report.ts';
import { openRegister } from '../../main/services/register-files.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { DEMO_REPORT_NOW, fixedDemoRegister } from '../helpers/demo-report.ts';
import { pdfPageTexts, squeeze } from '../helpers/pdf.ts';
import { smallRegister } from '../helpers/registers.ts';
import { tempDir } from '../helpers/temp.ts';

async function smallInput(lang: Language = 'lv'): Promise<ReportInput> {
  const small = await smallRegister();
  try {
    return await loadReportInput(small.connection.db, { lang, now: DEMO_REPORT_NOW });
  } finally {
    await small.connection.close();
  }
}

async function text(input: ReportInput): Promise<string> {
  const file = join(tempDir(), 'report.pdf');
  writeFileSync(file, await renderPdf(reportDocument(input)));
  return pdfPageTexts(file).join('\n');
}

describe('the report document', () => {
  it('prints compliance findings in the summary when given them, and says nothing of findings otherwise', async () => {
    const input = await smallInput('lv');
    const findings: ReportFinding[] = [
      { severity: 'warning', subject: 'PD-01 Algu aprēķins', message: 'Nākamās pārskatīšanas datums ir pagājis.' },
      { severity: 'error', subject: 'SIA Algu Serviss', message: 'Apstrādātāja līguma termiņš ir beidzies.' },
    ];
    const withFindings = squeeze(await text({ ...input, findings }));
    expect(withFindings).toContain(squeeze('Atbilstības pārbaudes rezultāti'));
    // Errors first.
    const error = withFindings.indexOf(squeeze('Apstrādātāja līguma termiņš ir beidzies.'));
    const warning = withFindings.indexOf(squeeze('Nākamās pārskatīšanas datums ir pagājis.'));
    expect(error).toBeGreaterThan(-1);
    expect(warning).toBeGreaterThan(error);
    expect(withFindings).toContain('Kļūda');
    expect(withFindings).toContain('Brīdinājums');

    expect(squeeze(await text({ ...input, findings: [] }))).toContain(squeeze('Pārbaudēs neatbilstības netika konstatētas.'));
    // loadReportInput always runs the checks; a report built without findings leaves the part out.
    expect(input.findings).toBeDefined();
    const { findings: _computed, ...bare } = input;
    const without = squeeze(await text(bare));
    expect(without).not.toContain(squeeze('Atbilstības pārbaudes rezultāti'));
    expect(without).not.toContain(squeeze('Pārbaudēs neatbilstības'));
  });

  it('gives the same file for the same register and date', async () => {
    const input = await smallInput('en');
    const first = await renderPdf(reportDocument(input));
    const second = await renderPdf(reportDocument(input));
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('sorts organisations and processors in Latvian collation and activities by their numbers', async () => {
    const input = await smallInput('lv');
    const [organisation] = input.document.organisations;
    const [processor] = input.document.processors;
    const [activity] = input.document.activities;
    if (!organisation || !processor || !activity) throw new Error('small register incomplete');
    const document = {
      ...input.document,
      organisations: ['Zeme', 'Čaklie', 'Cits', 'Ābele'].map((name, i) => ({ ...organisation, id: `org-${i}`, name })),
      processors: ['Zeme', 'Čaklie', 'Dārzs', 'Cits', 'Ābele'].map((name, i) => ({ ...processor, id: `p-${i}`, name })),
      activities: ['PD-10', 'PD-2', 'PD-1'].map((number, i) => ({ ...activity, id: `a-${i}`, number, organisationId: 'org-3', processors: [] })),
    };
    const index = buildReportIndex(document, 'lv');
    expect(index.organisations.map((o) => o.name)).toEqual(['Ābele', 'Cits', 'Čaklie', 'Zeme']);
    expect(index.processors.map((p) => p.name)).toEqual(['Ābele', 'Cits', 'Čaklie', 'Dārzs', 'Zeme']);
    expect(index.activities.map((a) => a.number)).toEqual(['PD-1', 'PD-2', 'PD-10']);
  });

  it('sums up the demo register: records, legal bases by Art. 6(1) point, special categories and transfers by country', async () => {
    const path = await fixedDemoRegister();
    const session = await openRegister(path, { now: () => DEMO_REPORT_NOW, readOnly: true });
    const input = await loadReportInput(session.db, { lang: 'en', now: DEMO_REPORT_NOW });
    await session.close();
    const summary = summariseRegister(buildReportIndex(input.document, 'en'));
    expect(summary.organisations).toBe(2);
    expect(summary.activities).toBe(input.document.activities.length);
    expect(summary.processorRecords).toBe(1);
    expect(summary.controllerRecords).toBe(input.document.activities.length - 1);
    expect(summary.byStatus.ended).toBe(1);
    expect(summary.legalBases.map((use) => use.point)).toEqual(['a', 'b', 'c', 'f']);
    const consent = summary.legalBases.find((use) => use.point === 'a');
    expect(consent?.names).toEqual(['Consent of the data subject']);
    expect(summary.specialCategories.map((use) => [use.name, use.kind])).toEqual([['Health data', 'special']]);
    expect(summary.transfersByCountry.map((use) => [use.name, use.transfers, use.withoutMechanism])).toEqual([['United States', 1, 0]]);
    expect(summary.withTransfers).toBe(1);
  });
});
