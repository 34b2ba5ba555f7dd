/**
 * Channels of the Excel export and import. File paths never cross: main
 * opens the save and open dialogs, and keeps the chosen workbook under a
 * preview id until the import is committed or another preview replaces it.
 */
import { z } from 'zod';
import { Id } from '../domain/primitives.ts';
import { channel } from './define.ts';
import { Language } from './register.ts';
import { ImportSummary } from './exchange.ts';

/**
 * The register fields a column of someone else's spreadsheet can fill (one
 * row per processing activity). Several values in a cell are separated by
 * line breaks or semicolons.
 */
export const XLSX_IMPORT_FIELDS = [
  'number',
  'name',
  'description',
  'kind',
  'status',
  'ownerUnit',
  'ownerPerson',
  'purposes',
  'legalBases',
  'legitimateInterest',
  'legitimateInterestAssessment',
  'art9Conditions',
  'art10Basis',
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'processors',
  'jointControllers',
  'jointControllerArrangement',
  'controllers',
  'transferCountries',
  'transferSafeguards',
  'retention',
  'securityMeasures',
  'securityNotes',
  'systems',
  'dataLocation',
  'automatedDecision',
  'profiling',
  'automatedDecisionLogic',
  'automatedDecisionNoEffectReason',
  'profilingInformation',
  'approxSubjects',
  'approxRecords',
  'dpiaStatus',
  'dpiaCriteria',
  'dpiaReference',
  'dpiaCompletedOn',
  'dpiaNotes',
  'createdOn',
  'lastReviewedOn',
  'reviewedBy',
  'nextReviewOn',
  'endedOn',
  'notes',
] as const;
export const XlsxImportField = z.enum(XLSX_IMPORT_FIELDS, { message: 'validation.choice' });
export type XlsxImportField = z.infer<typeof XlsxImportField>;

/** Column letter -> the field it fills, or null to leave the column out. Columns not named keep the proposed field. */
export const XlsxMapping = z.record(z.string().regex(/^[A-Z]{1,3}$/, { message: 'validation.choice' }), XlsxImportField.nullable());
export type XlsxMapping = z.infer<typeof XlsxMapping>;

export const XlsxPreviewColumn = z.object({
  /** 'A', 'B'... as the spreadsheet program shows them. */
  letter: z.string(),
  header: z.string(),
  /** The first few values below the header, as text. */
  samples: z.array(z.string()),
  /** The field the column fills now (proposed, or as the user mapped it); null = not imported. */
  field: XlsxImportField.nullable(),
  /** Fields whose names resemble the header, best first: what to offer first when changing the mapping. */
  candidates: z.array(XlsxImportField),
});
export type XlsxPreviewColumn = z.infer<typeof XlsxPreviewColumn>;

export const XlsxProblem = z.object({
  /** The row number as the spreadsheet program shows it. */
  row: z.number().int(),
  /** The column letter, when one column is at fault. */
  column: z.string().nullable(),
  header: z.string().nullable(),
  message: z.string(),
});
export type XlsxProblem = z.infer<typeof XlsxProblem>;

export const XlsxPreview = z.object({
  previewId: z.string(),
  /** The workbook's file name (not its path). */
  fileName: z.string(),
  /**
   * `ropa`: ROPA's own export, imported whole and without loss (into an
   * empty register, or replacing its content). `spreadsheet`: a register
   * table read by its columns into one organisation.
   */
  source: z.enum(['ropa', 'spreadsheet']),
  /** Why a ROPA export is read by its columns: its visible sheets were changed, or its hidden data copy is damaged. */
  notice: z.enum(['editedAfterExport', 'dataDamaged']).nullable(),
  sheet: z.object({ name: z.string(), headerRow: z.number().int(), rowCount: z.number().int() }),
  /** For `ropa`: the open register already holds data, so the import must replace it (commit with `replace: true`). */
  replaceNeeded: z.boolean(),
  /** For `ropa`: what the workbook holds. */
  register: z
    .object({ title: z.string(), organisations: z.number().int(), activities: z.number().int(), processors: z.number().int(), retentionRules: z.number().int() })
    .nullable(),
  /** For `spreadsheet`: every field, with its label, for the mapping choices. */
  fields: z.array(z.object({ key: XlsxImportField, label: z.string(), required: z.boolean() })),
  columns: z.array(XlsxPreviewColumn),
  /** Required fields no column fills (import is refused until one does). */
  missing: z.array(z.string()),
  organisations: z.array(z.object({ id: Id, name: z.string() })),
  /** The organisation the activities go to; null while the register has several and none was chosen. */
  organisationId: Id.nullable(),
  /** Every row that cannot be taken, with its row number, column and reason. */
  problems: z.array(XlsxProblem),
  counts: z.object({ rows: z.number().int(), takeable: z.number().int(), rejected: z.number().int() }),
  /** What the import would add besides activities: catalogue entries, processors, retention rules (names). */
  created: z.array(z.object({ kind: z.string(), label: z.string(), names: z.array(z.string()) })),
});
export type XlsxPreview = z.infer<typeof XlsxPreview>;

export const xlsxContract = {
  /** Writes the register as an Excel workbook (save dialog in main); `lang` defaults to the app's language. */
  'export:xlsx': channel(
    z.object({ lang: Language.optional(), organisationId: Id.optional() }).strict(),
    z.object({ fileName: z.string() }),
  ),
  /**
   * Without `previewId`: opens a workbook (open dialog in main) and answers
   * how it would be imported. With `previewId`: the same workbook again with
   * the user's `mapping` and `organisationId`, without a dialog.
   */
  'import:xlsxPreview': channel(
    z.object({ previewId: z.string().max(100).optional(), mapping: XlsxMapping.optional(), organisationId: Id.optional() }).strict(),
    XlsxPreview,
  ),
  /**
   * Imports the previewed workbook, all or nothing. A ROPA export goes into
   * an empty register (or, with `replace`, replaces its content); a
   * spreadsheet is refused while any row cannot be taken.
   */
  'import:xlsxCommit': channel(
    z
      .object({
        previewId: z.string().max(100),
        mapping: XlsxMapping.optional(),
        organisationId: Id.optional(),
        replace: z.boolean().default(false),
      })
      .strict(),
    ImportSummary.extend({ created: z.number().int() }),
  ),
};
