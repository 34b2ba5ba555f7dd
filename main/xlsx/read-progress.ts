/**
 * The progress of one trip to the read worker, as the window is shown it
 * (shared/contract/import-progress.ts). A preview's first trip reads and
 * plans: the guards count the cells (to 20 %), exceljs parses them (to
 * 75 %), the register table is found, each row is planned (to 100 %). A
 * later trip (another mapping, the import) only plans, 0 to 100 %. Reports
 * are throttled (the window asks a few times a second) and the percentage
 * never goes down.
 */
import { createRequire } from 'node:module';
import type { ImportProgress, ImportReadPhase } from '../../shared/contract/import-progress.ts';

export const IDLE_PROGRESS: ImportProgress = { running: false, phase: null, cells: 0, totalCells: null, rows: 0, percent: 0 };

/** What a trip tells as it goes: the guards' count, exceljs's rows, the table search, the rows planned. */
export interface WorkbookReadProgress {
  checking(cells: number, scanned: number): void;
  reading(cells: number, rows: number): void;
  classifying(): void;
  planning(planned: number, total: number): void;
}

/** Where each phase ends, in percent, on a trip that reads and plans, and on one that only plans. */
const READ_AND_PLAN = { checking: 20, reading: 75, planning: 100 };
const PLAN_ONLY = { checking: 0, reading: 0, planning: 100 };

/** Turns a trip's steps into ImportProgress reports, at most one per `intervalMs` (a new phase is always told). */
export function progressReporter(send: (progress: ImportProgress) => void, options: { planOnly?: boolean; intervalMs?: number } = {}): WorkbookReadProgress {
  const ends = options.planOnly ? PLAN_ONLY : READ_AND_PLAN;
  const intervalMs = options.intervalMs ?? 100;
  let current: ImportProgress = { ...IDLE_PROGRESS, running: true };
  let sentAt = -Infinity;
  const update = (phase: ImportReadPhase, change: Partial<ImportProgress>, percent: number) => {
    const phaseChanged = current.phase !== phase;
    current = { ...current, ...change, phase, percent: Math.max(current.percent, Math.min(100, Math.round(percent * 10) / 10)) };
    const now = performance.now();
    if (phaseChanged || now - sentAt >= intervalMs) {
      sentAt = now;
      send(current);
    }
  };
  const share = (done: number, total: number | null) => (total && total > 0 ? Math.min(1, done / total) : 0);
  return {
    checking: (cells, scanned) => update('checking', { cells, totalCells: scanned >= 1 ? cells : null }, ends.checking * scanned),
    reading: (cells, rows) => update('reading', { cells, rows }, ends.checking + (ends.reading - ends.checking) * share(cells, current.totalCells)),
    classifying: () => update('classifying', {}, ends.reading),
    planning: (planned, total) => update('planning', { rows: planned }, ends.reading + (ends.planning - ends.reading) * share(planned, total)),
  };
}

interface RowParser {
  parser?: unknown;
}
type ParseOpen = (this: RowParser, node: { name: string }) => boolean;

/**
 * Counts the rows and cells exceljs parses while `run` runs, telling
 * `onRow` at every row. exceljs's `load` has no progress of its own, so its
 * row parser (RowXform, exceljs 4.4.0) is wrapped, only for the duration of
 * `run`. Meant for the read worker, whose exceljs no one else shares. If
 * the parser is not where 4.4.0 keeps it, `run` simply runs uncounted.
 */
export async function countingExcelRows<T>(onRow: (cells: number, rows: number) => void, run: () => Promise<T>): Promise<T> {
  let RowXform: { prototype: { parseOpen: ParseOpen } } | undefined;
  try {
    RowXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/sheet/row-xform.js') as typeof RowXform;
  } catch {
    RowXform = undefined;
  }
  const original = RowXform?.prototype.parseOpen;
  if (!RowXform || typeof original !== 'function') return run();
  let cells = 0;
  let rows = 0;
  RowXform.prototype.parseOpen = function parseOpen(this: RowParser, node: { name: string }) {
    if (!this.parser) {
      if (node.name === 'c') cells += 1;
      else if (node.name === 'row') {
        rows += 1;
        onRow(cells, rows);
      }
    }
    return original.call(this, node);
  };
  try {
    return await run();
  } finally {
    RowXform.prototype.parseOpen = original;
  }
}
