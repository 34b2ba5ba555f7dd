/**
 * The notice as HTML to paste into a website: semantic headings (h1 the
 * title, h2 a section, h3 a purpose), paragraphs and lists, every value
 * escaped, no script, no external resource. `noticeHtmlDocument` wraps the
 * `<article>` in a page of its own (for the preview and for a file), with a
 * few lines of style that a website's own stylesheet replaces.
 */
import type { NoticeBlock, NoticeText } from './compose.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function blockHtml(block: NoticeBlock, indent: string): string {
  if (block.kind === 'paragraph') return `${indent}<p>${escapeHtml(block.text)}</p>`;
  if (block.kind === 'list') return `${indent}<ul>\n${block.items.map((item) => `${indent}  <li>${escapeHtml(item)}</li>`).join('\n')}\n${indent}</ul>`;
  return [`${indent}<h3>${escapeHtml(block.heading)}</h3>`, ...block.blocks.map((inner) => blockHtml(inner, indent))].join('\n');
}

/** The notice as one `<article>` element. */
export function noticeHtmlFragment(notice: NoticeText): string {
  const parts = [
    `<article class="privacy-notice" lang="${notice.lang}">`,
    '  <header>',
    `    <h1>${escapeHtml(notice.title)}</h1>`,
    `    <p>${escapeHtml(notice.organisationName)}</p>`,
    `    <p>${escapeHtml(notice.audienceLine)}</p>`,
    `    <p>${escapeHtml(notice.versionLine)}</p>`,
    '  </header>',
  ];
  notice.sections.forEach((section, index) => {
    const id = `notice-${index + 1}`;
    const cls = section.key === 'missing' ? ' class="notice-missing"' : '';
    parts.push(`  <section aria-labelledby="${id}"${cls}>`, `    <h2 id="${id}">${escapeHtml(section.heading || '—')}</h2>`);
    for (const block of section.blocks) parts.push(blockHtml(block, '    '));
    parts.push('  </section>');
  });
  parts.push('</article>');
  return parts.join('\n');
}

const STYLE = [
  'body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1f24; background: #fff; margin: 0; }',
  'main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }',
  'h1, h2, h3 { color: #1f3a5f; line-height: 1.25; }',
  '.notice-missing { border-top: 2px solid #9b1c1c; margin-top: 2rem; }',
].join('\n');

/** A whole page around the fragment: language, title, viewport, a strict CSP of its own. */
export function noticeHtmlDocument(notice: NoticeText): string {
  return [
    '<!doctype html>',
    `<html lang="${notice.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(`${notice.title} — ${notice.organisationName}`)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    noticeHtmlFragment(notice),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
