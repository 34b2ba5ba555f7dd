/**
 * Reading a PDF the way people's tools do: poppler-utils (pdfinfo,
 * pdftotext, pdffonts, pdftoppm), as Debian packages them.
 */
import { spawnSync } from 'node:child_process';

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

export interface PdfInfo {
  pages: number;
  /** Each page's size in points, rounded: [595, 842] for A4 portrait. */
  sizes: Array<[number, number]>;
  fields: Record<string, string>;
}

/** pdfinfo, with every page's size. Throws when poppler cannot read the file. */
export function pdfInfo(file: string): PdfInfo {
  const fields = Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const pages = Number(fields.Pages);
  const sizes = [...run('pdfinfo', ['-f', '1', '-l', String(pages), file]).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (match): [number, number] => [Math.round(Number(match[1])), Math.round(Number(match[2]))],
  );
  return { pages, sizes, fields };
}

/** The text of the whole file, or of pages first..last, in content order (-raw: each table cell whole). */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-']);
}

/** Each page's text, page 1 first. */
export function pdfPageTexts(file: string): string[] {
  // pdftotext ends every page with a form feed.
  return pdfText(file).split('\f').slice(0, -1);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: read the flags from the end.
      const [emb, sub, uni] = columns.slice(-5, -2);
      return { name: columns[0] as string, type: columns.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

/** Renders one page to `outBase`.png at `dpi`. */
export function renderPage(file: string, page: number, outBase: string, dpi = 80): string {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, outBase]);
  return `${outBase}.png`;
}

/** Text with all white space removed: a value wrapped over lines (or broken inside a long word) still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
