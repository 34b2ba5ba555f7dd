/**
 * What a reader without ROPA's schema check would do with a hostile file:
 * count the rows of one of its views. Run by the statement-deadline tests
 * in the deadline's child process (main/services/file-deadline.ts); on an
 * endless recursive view it never returns.
 */
import Database from 'better-sqlite3';

export function countViewRows(path: string, view: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT count(*) FROM "${view.replaceAll('"', '""')}"`).pluck().get() as number;
  } finally {
    db.close();
  }
}
