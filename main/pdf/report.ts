/**
 * The report from an open register: read the register and its version in
 * one read transaction (a consistent snapshot), narrow it to one
 * organisation if asked, build the document, render it. The CLI and the
 * contract handlers call this; nothing here knows which.
 */
import type { Kysely } from 'kysely';
import { basename } from 'node:path';
import { isoToday } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { translateFindings } from '../../shared/rules/messages.ts';
import type { DB } from '../db/schema.ts';
import { exportRegister } from '../services/json-exchange.ts';
import { registerVersion } from '../services/register-version.ts';
import { documentForOrganisation } from '../services/register-view.ts';
import type { ReportFinding, ReportInput } from './report-facts.ts';
import { reportDocument } from './report-document.ts';
import { countPages, renderPdf } from './render.ts';

export interface ReportRequest {
  lang: Language;
  /** Only this organisation's activities (and the processors and rules they use). NOT_FOUND if there is no such organisation. */
  organisationId?: string;
  now: Date;
  findings?: readonly ReportFinding[];
  /** Adds the breach register and the request log as sections (left out otherwise). */
  dpoRecords?: boolean;
}

export interface RenderedReport {
  pdf: Buffer;
  pageCount: number | null;
}

/** Everything the report shows, read from the register. Throws NOT_FOUND for an unknown organisation. */
export async function loadReportInput(db: Kysely<DB>, request: ReportRequest): Promise<ReportInput> {
  const { document, version } = await db.transaction().execute(async (trx) => {
    const whole = await exportRegister(trx);
    return { document: whole, version: await registerVersion(trx, whole) };
  });
  const whole = documentForOrganisation(document, request.organisationId);
  const { breaches: _breaches, subjectRequests: _requests, ...register } = whole;
  // The Art. 30 report as before unless the breach register and request log are asked for.
  const view: RegisterDocument = request.dpoRecords ? whole : register;
  const date = isoToday(request.now);
  return {
    document: view,
    lang: request.lang,
    date,
    generatedAt: request.now,
    version,
    ...(request.organisationId ? { organisationId: request.organisationId } : {}),
    findings: request.findings ?? complianceFindings(view, date, request.lang),
  };
}

/** What the compliance checks (shared/rules) find in the reported register on the report's date, in its language. */
export function complianceFindings(document: RegisterDocument, date: string, lang: Language): ReportFinding[] {
  return translateFindings(runChecks(document, date), lang).map((finding) => ({
    severity: finding.severity,
    subject: finding.entity.label,
    message: finding.message,
  }));
}

export async function renderReport(input: ReportInput): Promise<RenderedReport> {
  const pdf = await renderPdf(reportDocument(input));
  return { pdf, pageCount: countPages(pdf) };
}

/** The report of the register, as PDF bytes. */
export async function generateReport(db: Kysely<DB>, request: ReportRequest): Promise<RenderedReport> {
  return renderReport(await loadReportInput(db, request));
}

/** The name a save dialog suggests: "mans-registrs-registrs-2026-11-22.pdf". */
export function suggestedReportName(registerPath: string, lang: Language, date: string): string {
  const base = basename(registerPath).replace(/\.ropa$/i, '');
  return `${base}-${translator(lang)('report:fileName')}-${date}.pdf`;
}
