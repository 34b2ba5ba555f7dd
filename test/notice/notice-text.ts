/**
 * A notice written in all three formats and read back the way a reader's
 * tools read it: the HTML without its tags, the DOCX's word/document.xml
 * (unzipped with jszip), the PDF through pdftotext. Whitespace is collapsed,
 * so a line break in the PDF does not hide a phrase.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { NoticeText } from '../../shared/notice/compose.ts';
import { writeNotice } from '../../main/notice/notice-service.ts';
import { pdfText } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/temp.ts';

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const decode = (text: string): string =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function htmlText(html: string): string {
  return collapse(decode(html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ')));
}

export async function docxText(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  if (!xml) throw new Error('word/document.xml is missing');
  const paragraphs = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  return collapse(decode(paragraphs.join(' ')));
}

/** The notice's text as each format's reader sees it. */
export async function readBack(notice: NoticeText): Promise<{ html: string; docx: string; pdf: string }> {
  const html = htmlText((await writeNotice(notice, 'html')).toString('utf8'));
  const docx = await docxText(await writeNotice(notice, 'docx'));
  const file = join(tempDir(), 'notice.pdf');
  writeFileSync(file, await writeNotice(notice, 'pdf'));
  // Each page ends with its footer (version and page number): left out, so a paragraph that runs onto the next page reads on.
  const pages = pdfText(file).split('\f').map((page) => page.trimEnd().split('\n').slice(0, -1).join('\n'));
  return { html, docx, pdf: collapse(pages.join('\n')) };
}
