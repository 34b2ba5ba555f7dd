/**
 * The notice as a Word document the DPO edits further. Written with `docx`
 * (npm, MIT): the maintained library for writing .docx from Node, with real
 * Word styles (Heading 1–3, bulleted lists), so the headings stay headings
 * when the DPO edits the file or pastes it elsewhere. No template file and
 * no remote resource.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { NoticeBlock, NoticeText } from '../../shared/notice/compose.ts';

function blockParagraphs(block: NoticeBlock): Paragraph[] {
  if (block.kind === 'paragraph') return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
  if (block.kind === 'list') return block.items.map((item) => new Paragraph({ children: [new TextRun(item)], bullet: { level: 0 } }));
  return [new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_3 }), ...block.blocks.flatMap(blockParagraphs)];
}

/** The .docx file's bytes. */
export async function noticeDocx(notice: NoticeText): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ text: notice.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: notice.organisationName, bold: true })] }),
    new Paragraph({ text: notice.audienceLine }),
    new Paragraph({ text: notice.versionLine, spacing: { after: 240 } }),
  ];
  for (const section of notice.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    for (const block of section.blocks) children.push(...blockParagraphs(block));
  }
  const document = new Document({
    creator: notice.organisationName,
    title: `${notice.title} — ${notice.organisationName}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(document);
}
