/**
 * Two PDF files compared the way a reader would: page `page` of each in
 * shades of grey at 60 dpi (pdftoppm), counted pixel by pixel.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** How many pixels of page `page` differ faintly (by less than a third) and strongly; the images are written to `folder`. */
export function pixelDifference(a: string, b: string, page: number, folder: string): { pixels: number; faint: number; strong: number } {
  const grey = (file: string, name: string) => {
    const out = join(folder, name);
    execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
    return readFileSync(`${out}.pgm`);
  };
  const [first, second] = [grey(a, `a-${page}`), grey(b, `b-${page}`)];
  expect(second.length).toBe(first.length);
  let faint = 0;
  let strong = 0;
  for (let i = 0; i < first.length; i += 1) {
    const delta = Math.abs((first[i] as number) - (second[i] as number));
    if (delta > 85) strong += 1;
    else if (delta > 0) faint += 1;
  }
  return { pixels: first.length, faint, strong };
}
