// How big a register file is against its own JSON export (issue 19, docs/register-size.md).
//
// `node scripts/bench/register-size.ts FILE…` prints one line per file; `npm run bench`
// prints the same line for each size it measured (`--line FILE`: the line alone). The file is measured as it is on disk
// (the app never VACUUMs), the JSON export as `ropa export json` writes it, and the bytes of
// the history and of the link tables are read from SQLite's dbstat (pages, so free space
// inside a page counts): the two parts issue 19 made smaller.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openRegisterFile } from '../../main/db/connection.ts';
import { LINK_TABLES } from '../../main/db/migrations/2026-12-08-file-link-tables.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';

export interface RegisterSize {
  fileBytes: number;
  jsonBytes: number;
  /** The history table and its indexes. */
  historyBytes: number;
  /** The link tables, their keys and reverse-lookup indexes (an older file's automatic key indexes too). */
  linkBytes: number;
}

/** Measures the register at `path` without changing it (an older file is read through a migrated copy in memory). */
export async function registerSize(path: string): Promise<RegisterSize> {
  const fileBytes = statSync(path).size;
  const connection = await openRegisterFile(path, { readOnly: true });
  try {
    const jsonBytes = Buffer.byteLength(serialiseRegister(await exportRegister(connection.db)));
    // An older file opened read-only is a migrated copy: its pages are counted in the file itself.
    const Database = (await import('better-sqlite3')).default;
    const file = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const bytesOf = (names: readonly string[]) => {
        const tables = new Set(names);
        const objects = file.prepare("SELECT name, tbl_name AS tableName FROM sqlite_schema WHERE type IN ('table', 'index')").all() as Array<{ name: string; tableName: string }>;
        const select = file.prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?').pluck();
        return objects.filter((object) => tables.has(object.tableName)).reduce((sum, object) => sum + (select.get(object.name) as number), 0);
      };
      return { fileBytes, jsonBytes, historyBytes: bytesOf(['history']), linkBytes: bytesOf(LINK_TABLES) };
    } finally {
      file.close();
    }
  } finally {
    await connection.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** "register file 113.3 MB / JSON export 47.0 MB = 2.41× (history 60.5 MB, links 16.1 MB)". */
export function registerSizeLine(size: RegisterSize): string {
  const ratio = size.fileBytes / Math.max(size.jsonBytes, 1);
  return `register file ${mb(size.fileBytes)} / JSON export ${mb(size.jsonBytes)} = ${ratio.toFixed(2)}× (history ${mb(size.historyBytes)}, links ${mb(size.linkBytes)})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bare = process.argv[2] === '--line';
  for (const path of process.argv.slice(bare ? 3 : 2)) console.log(`${bare ? '' : `${path}: `}${registerSizeLine(await registerSize(path))}`);
}
