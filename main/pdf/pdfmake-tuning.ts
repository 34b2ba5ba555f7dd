/**
 * The report's changes to how pdfmake lays out text (issue 19), on by
 * default: words measured with their paragraph's style looked up once
 * (pdfmake-measure.ts), and lines laid out without copying the rest of the
 * paragraph per word, each finished line's words joined into one piece
 * (pdfmake-lines.ts). Same pages, same text, same glyph positions; at 1,000
 * activities, figures in docs/pdf-speed.md.
 *
 * They can be turned off, for the test that compares the report with and
 * without them (test/pdf/report-tuning.test.ts) and for measuring what they
 * save (scripts/bench/pdf-probe.ts --untuned).
 */
import { joinInlinesPerLine } from './pdfmake-lines.ts';
import { measureStylesPerRun } from './pdfmake-measure.ts';

let wanted = true;
let undo: (() => void) | null = null;

/** Puts pdfmake in the state asked for (render.ts calls it when it loads pdfmake). */
export function applyPdfmakeTuning(): void {
  if (wanted && !undo) {
    const undoings = [measureStylesPerRun(), joinInlinesPerLine()];
    undo = () => undoings.forEach((undoing) => undoing());
  } else if (!wanted && undo) {
    undo();
    undo = null;
  }
}

/** Turns the tuning on or off for the renders that follow in this thread. */
export function setPdfmakeTuning(on: boolean): void {
  wanted = on;
  applyPdfmakeTuning();
}
