/**
 * The report drawn with pdfkit directly (issue 19): the same document
 * definition pdfmake renders (report-document.ts, the sections and
 * layout.ts: what text goes where, its styles, the table widths), laid out
 * by flow.ts and text.ts and drawn page by page by pages.ts.
 *
 * Why pdfkit: it is the engine under pdfmake (the same fontkit glyph
 * widths, the same Unicode line breaking, the same PDF writer, font subsets
 * embedded), without pdfmake's document model: a JavaScript object with
 * some thirty properties per word, every table measured before it is laid
 * out, every page kept as objects until the end. Here a paragraph is
 * measured word by word and set into lines once, each line written as one
 * text operation per style, and each top-level node of the report laid out
 * and drawn before the next is read, so memory holds the written pages,
 * not the whole document's words (docs/pdf-speed.md).
 *
 * The pages stay open (pdfkit's bufferPages) until the end only for what
 * needs the page count: the footer's "Lapa X no Y" and the contents' page
 * numbers, drawn into their places when the last page is known.
 */
import type PDFKit from 'pdfkit';
import type { Content, ContextPageSize, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { A4 } from '../layout.ts';
import { Flow, type Block } from './flow.ts';
import { Pages, type PageGeometry } from './pages.ts';
import { Fonts, type Margin, type TextStyle } from './style.ts';

type Faces = { normal: string; bold: string; italics: string; bolditalics: string };
type Footer = (page: number, pages: number, size: ContextPageSize) => Content;

/** pdfmake's defaults under the definition's defaultStyle. */
const BASE: TextStyle = { font: 'Roboto', fontSize: 12, bold: false, italics: false, color: '#000000', lineHeight: 1, characterSpacing: 0, alignment: 'left' };

/** pdfmake's page margins when a definition names none. */
const DEFAULT_MARGINS: Margin = [40, 40, 40, 40];

function geometry(definition: TDocumentDefinitions): PageGeometry {
  if ((definition.pageSize ?? 'A4') !== 'A4') throw new Error('The PDF renderer sets A4 pages only');
  const margins = definition.pageMargins;
  if (margins !== undefined && !(Array.isArray(margins) && margins.length === 4)) throw new Error('The PDF renderer takes page margins as [left, top, right, bottom]');
  return { size: [A4.width, A4.height], margins: (margins as Margin | undefined) ?? DEFAULT_MARGINS };
}

/** The PDF's Info dictionary from the definition's: only the entries it has (pdfkit dates a document without CreationDate now). */
function documentInfo(definition: TDocumentDefinitions): PDFKit.DocumentInfo {
  const info = definition.info ?? {};
  const entries: Record<string, unknown> = {
    Title: info.title,
    Subject: info.subject,
    Author: info.author,
    Creator: info.creator,
    Producer: 'ROPA (pdfkit)',
    CreationDate: info.creationDate,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as PDFKit.DocumentInfo;
}

type PdfkitConstructor = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
let pdfkit: Promise<PdfkitConstructor> | null = null;

/** The definition's PDF, drawn with pdfkit; `families` are the font files by family and face. */
export async function renderWithPdfkit(definition: TDocumentDefinitions, families: Record<string, Faces>): Promise<Buffer> {
  pdfkit ??= import('pdfkit').then((module) => module.default as unknown as PdfkitConstructor);
  const PDFDocument = await pdfkit;
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    lang: definition.language,
    info: documentInfo(definition),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const fonts = new Fonts(doc, families);
  const styles = definition.styles ?? {};
  const base: TextStyle = { ...BASE, ...(definition.defaultStyle as Partial<TextStyle>) };
  const flow = new Flow(fonts, styles);
  const page = geometry(definition);
  const pages = new Pages(doc, fonts, page);
  const [left, , right] = page.margins;
  const width = (orientation: 'portrait' | 'landscape') => (orientation === 'landscape' ? page.size[1] : page.size[0]) - left - right;
  let orientation: 'portrait' | 'landscape' = definition.pageOrientation === 'landscape' ? 'landscape' : 'portrait';
  const content = Array.isArray(definition.content) ? definition.content : [definition.content];
  for (const node of content) {
    const turn = (node as { pageOrientation?: 'portrait' | 'landscape' }).pageOrientation;
    if (turn) orientation = turn;
    const blocks = flow.layout(node, base, width(orientation));
    if (hasPageReference(blocks)) pages.flowDeferred(blocks);
    else pages.flow(blocks);
  }
  if (pages.pageCount === 0) pages.newPage();
  pages.paintDeferred();
  const footer = definition.footer as Footer | undefined;
  if (footer) {
    for (let index = 0; index < pages.pageCount; index += 1) {
      const turned = pages.orientationOf(index) === 'landscape';
      const size = { width: turned ? page.size[1] : page.size[0], height: turned ? page.size[0] : page.size[1] };
      doc.switchToPage(index);
      const blocks = flow.layout(footer(index + 1, pages.pageCount, { ...size, orientation: pages.orientationOf(index) } as ContextPageSize), base, size.width);
      pages.drawStack(blocks, 0, size.height - page.margins[3]);
    }
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Whether the blocks show a heading's page number (the contents): drawn when every page is known. */
function hasPageReference(blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    if (block.kind === 'line') return block.pageReference !== undefined;
    if (block.kind === 'group') return block.columns.some(hasPageReference);
    if (block.kind === 'table') return block.rows.some((row) => row.cells.some((cell) => hasPageReference(cell.blocks)));
    return false;
  });
}
