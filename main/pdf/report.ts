/**
 * The report from an open register: read the register and its version in
 * one read transaction (a consistent snapshot), narrow it to one
 * organisation if asked, build the document, render it. The CLI and the
 * contract handlers call this; nothing here knows which.
 */
import type { Kysely } from 'kysely';
import { isoToday } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { translateFindings } from '../../shared/rules/messages.ts';
import type { DB } from '../db/schema.ts';
import { readRegisterDocument } from '../services/register-document.ts';
import { registerVersion, versionOf, type RegisterVersion } from '../services/register-version.ts';
import { approvalStatus } from '../services/versions/approvals.ts';
import { rebuildRegistersAsOf } from '../services/versions/as-of.ts';
import { diffRegisterDocuments } from '../services/versions/register-diff.ts';
import { describeDiff, recordNames } from '../../shared/versions/describe-diff.ts';
import { documentForOrganisation } from '../services/register-view.ts';
import type { ReportFinding, ReportInput, ReportVersions } from './report-facts.ts';
import { reportDocument } from './report-document.ts';
import { countPages, renderPdf, reportEngine } from './render.ts';
import { registerStem } from '../services/register-name.ts';

export interface ReportRequest {
  lang: Language;
  /** Only this organisation's activities (and the processors and rules they use). NOT_FOUND if there is no such organisation. */
  organisationId?: string;
  now: Date;
  findings?: readonly ReportFinding[];
  /** The register as of this moment (ISO 8601), rebuilt from the history; now when absent. */
  asOf?: string;
  /** Adds the appendix of changes since this moment (ISO 8601) to the state shown. */
  since?: string;
  /** Adds the breach register and the request log as sections (left out otherwise). */
  dpoRecords?: boolean;
}

export interface RenderedReport {
  pdf: Buffer;
  pageCount: number | null;
}

/** Everything the report shows, read from the register. Throws NOT_FOUND for an unknown organisation. */
export async function loadReportInput(db: Kysely<DB>, request: ReportRequest): Promise<ReportInput> {
  const { document, version, versions } = await db.transaction().execute(async (trx) => {
    if (request.asOf !== undefined || request.since !== undefined) return stateFromHistory(trx, request);
    const whole = await readRegisterDocument(trx);
    const current = await registerVersion(trx, whole);
    const approval = await approvalStatus(trx, { moment: { seq: current.version }, fingerprint: current.contentHash });
    return { document: whole, version: current, versions: { approval } };
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
    versions,
    ...(request.organisationId ? { organisationId: request.organisationId } : {}),
    findings: request.findings ?? complianceFindings(view, date, request.lang),
  };
}

/**
 * The state the report shows rebuilt from the history (checked against its
 * chain): as of `asOf` (or now), with the changes since `since` when asked.
 */
async function stateFromHistory(db: Kysely<DB>, request: ReportRequest): Promise<{ document: RegisterDocument; version: RegisterVersion; versions: ReportVersions }> {
  const shown = request.asOf ?? { seq: Number.MAX_SAFE_INTEGER };
  const [state, earlier] = await rebuildRegistersAsOf(db, request.since !== undefined ? [shown, request.since] : [shown]);
  const version: RegisterVersion = versionOf(state!.moment, state!.fingerprint);
  const versions: ReportVersions = { approval: await approvalStatus(db, state!) };
  if (request.asOf !== undefined) versions.asOf = { at: state!.moment.at, seq: state!.moment.seq };
  if (earlier) {
    const names = recordNames([earlier.document, state!.document], request.lang);
    versions.changesSince = {
      since: { at: earlier.moment.at, seq: earlier.moment.seq },
      groups: describeDiff(diffRegisterDocuments(earlier.document, state!.document), translator(request.lang), names),
    };
  }
  return { document: state!.document, version, versions };
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
  const pdf = await renderPdf(reportDocument(input), reportEngine());
  return { pdf, pageCount: countPages(pdf) };
}

/** The report of the register, as PDF bytes. */
export async function generateReport(db: Kysely<DB>, request: ReportRequest): Promise<RenderedReport> {
  return renderReport(await loadReportInput(db, request));
}

/** The name a save dialog suggests: "mans-registrs-registrs-2026-11-22.pdf". */
export function suggestedReportName(registerPath: string, lang: Language, date: string): string {
  const base = registerStem(registerPath);
  return `${base}-${translator(lang)('report:fileName')}-${date}.pdf`;
}
