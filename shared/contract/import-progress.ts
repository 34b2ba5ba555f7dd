/**
 * How far the Excel preview or import has come, and cancelling it.
 *
 * The workbook is read, and each row planned, in a worker thread
 * (main/xlsx/read-off-thread.ts), so `import:xlsxPreview` and
 * `import:xlsxCommit` stay pending while other calls are answered. The
 * window asks `import:xlsxProgress` a few times a second while it waits
 * (polling, not pushed events: both transports, Electron IPC and browser
 * mode's HTTP, carry request and answer only, and a poll needs no new path
 * through the preload or the server), and `import:xlsxCancel` stops the
 * worker: the pending call then answers CANCELLED. Nothing is written
 * while a workbook is read or planned (the import's write is one short
 * transaction after the plan), so a cancelled preview or import leaves the
 * register as it was, byte for byte.
 */
import { z } from 'zod';
import { channel } from './define.ts';

/**
 * What a read is doing: counting the cells (the guards), parsing them
 * (exceljs), finding the register table, planning each row's activity.
 */
export const ImportReadPhase = z.enum(['checking', 'reading', 'classifying', 'planning']);
export type ImportReadPhase = z.infer<typeof ImportReadPhase>;

export const ImportProgress = z.object({
  /** True while a workbook is being read; false before, after, and once cancelled. */
  running: z.boolean(),
  phase: ImportReadPhase.nullable(),
  /** Cells counted (while checking) or parsed (while reading) so far. */
  cells: z.number().int().nonnegative(),
  /** All the workbook's cells, known once the guards have counted them. */
  totalCells: z.number().int().nonnegative().nullable(),
  /** Rows parsed (while reading) or planned (while planning) so far. */
  rows: z.number().int().nonnegative(),
  /** The whole read, 0 to 100; never goes down during one read. */
  percent: z.number().min(0).max(100),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const importProgressContract = {
  /** How far the workbook being previewed or imported has been read and planned (all zero and not running when none is). */
  'import:xlsxProgress': channel(z.object({}).strict(), ImportProgress),
  /**
   * Stops reading or planning the workbook being previewed or imported (the
   * worker is terminated); the pending `import:xlsxPreview` or
   * `import:xlsxCommit` answers CANCELLED and nothing is written.
   * `cancelled` is false when nothing was being read or planned.
   */
  'import:xlsxCancel': channel(z.object({}).strict(), z.object({ cancelled: z.boolean() })),
};
