/**
 * The notice as PDF, in the audit report's fonts and layout (pdf/layout.ts,
 * pdf/render.ts): A4, the report's margins, heading styles and colours, and
 * a page footer with the notice's version and page number.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { NoticeBlock, NoticeText } from '../../shared/notice/compose.ts';
import { COLOURS, PAGE_MARGINS, PAGE_SIZE, styles } from '../pdf/layout.ts';
import { renderPdf } from '../pdf/render.ts';

function blockContent(block: NoticeBlock): Content[] {
  if (block.kind === 'paragraph') return [{ text: block.text, margin: [0, 0, 0, 6] }];
  // A copy: pdfmake replaces the list's items with its own objects in place, and the text is used again (HTML, DOCX, the preview).
  if (block.kind === 'list') return [{ ul: [...block.items], margin: [0, 0, 0, 6] }];
  return [{ text: block.heading, style: 'h3' }, ...block.blocks.flatMap(blockContent)];
}

/** The PDF file's bytes. */
export async function noticePdf(notice: NoticeText): Promise<Buffer> {
  const content: Content[] = [
    { text: notice.title, style: 'h1' },
    { text: notice.organisationName, bold: true },
    { text: notice.audienceLine, style: 'meta' },
    { text: notice.versionLine, style: 'meta', margin: [0, 0, 0, 12] },
  ];
  for (const section of notice.sections) {
    content.push({ text: section.heading, style: 'h2', margin: [0, 12, 0, 4], ...(section.key === 'missing' ? { color: COLOURS.special } : {}) });
    for (const block of section.blocks) content.push(...blockContent(block));
  }
  const definition: TDocumentDefinitions = {
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    info: { title: `${notice.title} — ${notice.organisationName}`, author: notice.organisationName },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: COLOURS.ink },
    styles,
    content,
    footer: (page, pages) => ({ text: `${notice.versionLine}   ${page} / ${pages}`, style: 'small', alignment: 'right', margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0] }),
  };
  return renderPdf(definition);
}
