/**
 * Channels of the PDF audit report. Main builds the PDF (the same code as
 * `ropa export pdf`); the renderer shows it, and asks main to save or print
 * that same PDF. Paths never cross: saving asks for the file in main.
 */
import { z } from 'zod';
import { Id } from '../domain/primitives.ts';
import { channel } from './define.ts';
import { Language } from './register.ts';

export const ReportRequest = z
  .object({
    /** The report's language; by default the app's. */
    lang: Language.optional(),
    /** Only this organisation's activities (and the processors and rules they use). */
    organisationId: Id.optional(),
    /** Also the breach register and the request log, as sections of their own. */
    dpoRecords: z.boolean().optional(),
  })
  .strict();
export type ReportRequest = z.input<typeof ReportRequest>;

export const ReportPdf = z.object({
  /**
   * The PDF file, base64-encoded: a string survives both transports as is
   * (Electron's structured clone and the JSON of browser mode), where bytes
   * would become an object of numbered keys in JSON.
   */
  pdfBase64: z.string(),
  /** What a save dialog would suggest: "registrs-registrs-2026-11-22.pdf". */
  fileName: z.string(),
  byteLength: z.number().int().min(0),
  pageCount: z.number().int().min(0).nullable(),
});
export type ReportPdf = z.infer<typeof ReportPdf>;

export const reportContract = {
  /** The report as PDF bytes, for the preview. Errors: NO_REGISTER, NOT_FOUND (organisation). */
  'report:pdf': channel(ReportRequest, ReportPdf),
  /**
   * Saves the report as a PDF file the user chooses (save dialog), written
   * whole or not at all. Errors: NO_REGISTER, NOT_FOUND, CANCELLED, WRITE_FAILED.
   */
  'report:savePdf': channel(
    ReportRequest,
    z.object({
      fileName: z.string(),
      /** Characters no report font can draw: the report shows them as the marker “�” (main/pdf/script-fallback.ts). */
      missingGlyphs: z.array(z.string()).optional(),
    }),
  ),
  /**
   * Prints the report: the desktop app hands the same PDF to the system's
   * print dialog (or, where that fails, opens it in the system's PDF viewer:
   * `openedInViewer`). Errors: NO_REGISTER, NOT_FOUND, CANCELLED,
   * PRINT_UNAVAILABLE (browser mode, where the browser prints the preview).
   */
  'report:print': channel(ReportRequest, z.object({ outcome: z.enum(['printed', 'openedInViewer']) })),
};
