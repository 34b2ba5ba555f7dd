/**
 * The table of contents and the headings it lists. Built by hand from page
 * references rather than with pdfmake's `toc`, whose table sizes its title
 * column from the longest word: a long unbroken activity name would push the
 * page numbers off the page.
 */
import type { Content, ContentText, TableCell } from 'pdfmake/interfaces.js';
import { CONTENT_WIDTH, columnWidths } from '../layout.ts';

export interface Heading {
  /** Anchor id, unique in the document. */
  id: string;
  title: string;
  /** 1: a part of the report; 2: an activity (or an organisation's activities). */
  level: 1 | 2;
}

/** A heading that starts a new page, is bookmarked in the PDF and is listed in the contents. */
export function headingText(heading: Heading, options: { pageBreak?: boolean } = {}): ContentText {
  return {
    text: heading.title,
    id: heading.id,
    style: heading.level === 1 ? 'h1' : 'h2',
    outline: true,
    ...(options.pageBreak ? { pageBreak: 'before' as const } : {}),
  } as ContentText;
}

export function contentsSection(title: string, headings: readonly Heading[]): Content[] {
  const [titleWidth, numberWidth] = columnWidths([88, 12], CONTENT_WIDTH.portrait);
  const body: TableCell[][] = headings.map((heading) => {
    const style = heading.level === 1 ? 'tocSection' : 'tocEntry';
    const top = heading.level === 1 ? 6 : 0;
    return [
      { text: heading.title, style, linkToDestination: heading.id, margin: [heading.level === 1 ? 0 : 14, top, 0, 0] },
      { pageReference: heading.id, style, alignment: 'right', linkToDestination: heading.id, margin: [0, top, 0, 0] },
    ] as TableCell[];
  });
  return [
    { text: title, style: 'h1', pageBreak: 'before' },
    body.length > 0
      ? { table: { widths: [titleWidth as number, numberWidth as number], dontBreakRows: true, body }, layout: 'noBorders' }
      : { text: '' },
  ];
}
