/**
 * The DVI notification draft of a breach as a PDF (the same content as the
 * plain text of breach-notice.ts: Art. 33(3)), in the report's font and
 * styles, A4 portrait.
 */
import type { Kysely } from 'kysely';
import type { Content } from 'pdfmake/interfaces.js';
import type { Breach } from '../../shared/domain/breach.ts';
import type { Language } from '../../shared/i18n/index.ts';
import type { DB } from '../db/schema.ts';
import { breachNotice } from '../services/breach-notice.ts';
import { PAGE_MARGINS, PAGE_SIZE, defaultStyle, styles } from './layout.ts';
import { renderPdf } from './render.ts';

/** The draft of `breach` as PDF bytes in `lang`. */
export async function breachNoticePdf(db: Kysely<DB>, breach: Breach, lang: Language, today: string): Promise<Buffer> {
  const notice = await breachNotice(db, breach, lang, today);
  const content: Content[] = [{ text: notice.title, style: 'h1' }];
  for (const section of notice.sections) content.push({ text: section.heading, style: 'h3' }, ...section.lines.map((line) => ({ text: line })));
  content.push({ text: notice.footer, style: 'small', margin: [0, 16, 0, 0] });
  return renderPdf({
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    language: lang === 'lv' ? 'lv-LV' : 'en-GB',
    info: { title: `${notice.title} — ${breach.number}`, creator: 'ROPA', producer: 'ROPA (pdfmake)', creationDate: new Date(`${today}T00:00:00.000Z`) },
    styles,
    defaultStyle,
    content,
  });
}
