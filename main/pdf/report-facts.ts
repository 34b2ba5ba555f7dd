/**
 * What the report says about itself and what it is handed besides the
 * register: the date it was made, the register's version and fingerprint,
 * the organisation it is narrowed to, and (once the compliance checks exist)
 * their findings.
 */
import type { Language } from '../../shared/i18n/index.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { RegisterVersion } from '../services/register-version.ts';
import type { ApprovalStatus } from '../services/versions/approvals.ts';
import type { DescribedGroup } from '../../shared/versions/describe-diff.ts';

/**
 * Which moment the report shows and how it stands to the approvals, and the
 * optional "changes since" appendix (main/services/versions).
 */
export interface ReportVersions {
  /** Set when the report shows a past moment (`--as-of`). */
  asOf?: { at: string | null; seq: number };
  approval: ApprovalStatus;
  changesSince?: { since: { at: string | null; seq: number }; groups: DescribedGroup[] };
}

/**
 * One compliance finding, already worded in the report's language. The
 * compliance checks (a separate issue) produce these; the report prints them
 * in its summary and invents none.
 */
export interface ReportFinding {
  severity: 'error' | 'warning' | 'info';
  /** What it concerns: "PD-13 Piegādātāju kontaktpersonu datu apstrāde", a processor's name... */
  subject: string;
  message: string;
}

export interface ReportFacts {
  /** The report's date, ISO (printed as dd.mm.gggg on the cover and the signature block). */
  date: string;
  /** When the PDF was made (its metadata); by default the start of `date`. */
  generatedAt?: Date;
  /** Of the whole register, even when the report shows one organisation: it identifies the file's state. */
  version: RegisterVersion;
  /** Set when the report shows only this organisation's activities. */
  organisationId?: string;
  /**
   * The compliance findings, when the checks have run. Absent: the summary
   * has no findings part at all (nothing is implied). Empty: the summary says
   * the checks found nothing.
   */
  findings?: readonly ReportFinding[];
  /** The moment shown, its approval and the changes since an earlier moment, when known. */
  versions?: ReportVersions;
}

/** Everything the report is built from. */
export interface ReportInput extends ReportFacts {
  /** What the report shows: the register, or its part for one organisation (documentForOrganisation). */
  document: RegisterDocument;
  lang: Language;
}
