/**
 * Long unbroken words handed to pdfmake in pieces.
 *
 * pdfmake breaks a word too wide for its column by a binary search over the
 * rest of the word, measuring each candidate with fontkit, once per line:
 * for one 20,000-character word (pasted data, a base64 string, a long URL)
 * that is quadratic, 15 s of CPU and 1.2 GB for one field. Given the same
 * word as consecutive text runs of PIECE characters, pdfmake keeps the runs
 * together (no break opportunity at the seams, so it marks them `noNewLine`)
 * and, when one does not fit, hard-wraps just that run: the same lines,
 * for work proportional to the word. Text with no such word is unchanged.
 */

/** A text run of the report (script-fallback.ts): its text, and the font that draws it when not the paragraph's. */
export type Run = { text: string; font?: string };

/** Characters per piece: shorter than any column's line, long enough that pieces stay few. */
export const PIECE = 32;

const LONG_WORD = new RegExp(`\\S{${PIECE + 1},}`, 'u');
const WORDS = new RegExp(`(\\S{${PIECE + 1},})`, 'u');

/** Whether `text` holds a word longer than a piece. */
export function hasLongWord(text: string): boolean {
  return LONG_WORD.test(text);
}

/** `run` as runs of the same font, each long word cut into pieces of PIECE characters (whole code points). */
export function piecesOf(run: Run): Run[] {
  if (!hasLongWord(run.text)) return [run];
  const pieces: Run[] = [];
  const push = (text: string) => {
    if (text) pieces.push(run.font ? { text, font: run.font } : { text });
  };
  for (const [index, part] of run.text.split(WORDS).entries()) {
    // split() with a capturing group: odd parts are the long words.
    if (index % 2 === 0) {
      push(part);
      continue;
    }
    const characters = Array.from(part);
    for (let start = 0; start < characters.length; start += PIECE) push(characters.slice(start, start + PIECE).join(''));
  }
  return pieces;
}
