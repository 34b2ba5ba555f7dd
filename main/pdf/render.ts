/**
 * Turns a pdfmake document definition into PDF bytes, in plain Node (the CLI,
 * the tests, browser mode) and in Electron's main process alike.
 *
 * Fonts: characters Roboto lacks (Hebrew, Arabic, emoji) are drawn in
 * fallback fonts, per character (script-fallback.ts).
 * pdfmake ships Roboto (regular, medium, italic, medium italic) as
 * TrueType files in node_modules/pdfmake/fonts/Roboto. Roboto covers Latin
 * Extended-A, so every Latvian letter (ā č ē ģ ī ķ ļ ņ š ū ž and capitals),
 * and pdfkit embeds a subset of each font used, so the PDF reads the same on
 * a computer without Roboto. The files are read from the package itself
 * (inside app.asar in the packaged app, which Electron's fs reads), never
 * copied.
 *
 * pdfmake may fetch images and fonts from URLs and local paths named in a
 * document. Report content is the user's text, never a resource, but the
 * policies below make that certain: no URL at all, and local files only from
 * the font folder.
 *
 * pdfmake is loaded on first use (`await import`), so that commands which do
 * not print start fast.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';
import { applyPdfmakeTuning } from './pdfmake-tuning.ts';
import { renderWithPdfkit } from './pdfkit/render-pdfkit.ts';
import { charactersWithoutGlyph, fallbackFontDictionary, fontCoverage, withScriptFallback } from './script-fallback.ts';

const require = createRequire(import.meta.url);

/** The folder holding pdfmake's Roboto files. */
export function robotoFolder(): string {
  return join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
}

/** The one font family of the report, with the four faces pdfmake asks for. */
export function reportFonts(folder = robotoFolder()): TFontDictionary {
  return {
    Roboto: {
      normal: join(folder, 'Roboto-Regular.ttf'),
      bold: join(folder, 'Roboto-Medium.ttf'),
      italics: join(folder, 'Roboto-Italic.ttf'),
      bolditalics: join(folder, 'Roboto-MediumItalic.ttf'),
    },
  };
}

/** The part of pdfmake's server API the report uses. */
interface PdfMake {
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  setFonts(fonts: TFontDictionary): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let loaded: Promise<PdfMake> | null = null;

function loadPdfMake(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then((module) => {
    // pdfmake is CommonJS: Node hands over its module.exports (one configured instance) as the default export.
    const pdfmake: PdfMake = module.default;
    const folder = robotoFolder();
    const fallbacks = fallbackFontDictionary(reportCoverage());
    const fallbackFiles = new Set(Object.values(fallbacks).map((faces) => faces.normal));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(folder + sep) || fallbackFiles.has(path));
    pdfmake.setFonts({ ...reportFonts(folder), ...fallbacks });
    applyPdfmakeTuning();
    return pdfmake;
  });
  return loaded;
}

/** What the report's fonts cover (Roboto, then the fallbacks: script-fallback.ts). */
export function reportCoverage(): ReturnType<typeof fontCoverage> {
  return fontCoverage(join(robotoFolder(), 'Roboto-Regular.ttf'));
}

/** The characters of `text` the report cannot draw (shown as the marker U+FFFD). */
export function reportMissingGlyphs(text: string): string[] {
  return charactersWithoutGlyph(text, reportCoverage());
}

/**
 * Which engine draws the audit report: 'pdfkit' (main/pdf/pdfkit: pdfkit
 * driven directly, issue 19; the default: the same pages and text as
 * pdfmake's, test/pdf/report-pdfkit.test.ts, in a fraction of the time and
 * memory, docs/pdf-speed.md) or 'pdfmake' (as before). The environment variable
 * ROPA_PDF_ENGINE chooses for a process and its worker threads;
 * setPdfEngine for this thread (tests, the probe).
 */
export type PdfEngine = 'pdfkit' | 'pdfmake';
const DEFAULT_ENGINE: PdfEngine = 'pdfkit';
let chosenEngine: PdfEngine | null = null;

export function setPdfEngine(engine: PdfEngine | null): void {
  chosenEngine = engine;
}

/** The audit report's engine (the notices, whose definitions use nodes the pdfkit renderer does not draw, such as lists, stay with pdfmake). */
export function reportEngine(): PdfEngine {
  const fromEnvironment = process.env.ROPA_PDF_ENGINE;
  return chosenEngine ?? (fromEnvironment === 'pdfkit' || fromEnvironment === 'pdfmake' ? fromEnvironment : DEFAULT_ENGINE);
}

/** Renders the definition, each character in a font that has it, with pdfmake unless told otherwise; resolves to the PDF file's bytes. */
export async function renderPdf(definition: TDocumentDefinitions, engine: PdfEngine = 'pdfmake'): Promise<Buffer> {
  const cover = reportCoverage();
  const fallen = withScriptFallback(definition, cover).definition;
  if (engine === 'pdfkit') {
    return renderWithPdfkit(fallen, { ...(reportFonts() as Record<string, Faces>), ...fallbackFontDictionary(cover) });
  }
  const pdfmake = await loadPdfMake();
  return pdfmake.createPdf(fallen).getBuffer();
}

type Faces = { normal: string; bold: string; italics: string; bolditalics: string };

/**
 * The number of pages of a PDF pdfkit wrote: the /Count of its page tree
 * (pdfkit writes the page tree uncompressed). Null when it cannot be read.
 */
export function countPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}
