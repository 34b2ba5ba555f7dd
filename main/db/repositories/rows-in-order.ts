/**
 * Link rows (an activity's security measures, a breach's activities...)
 * appended to their owner's list in position order, read the way a save
 * wrote them: one implementation for every reader of link tables, on both
 * databases.
 */

/**
 * Appends each row's value to its owner's list (`listOf`), in `position`
 * order within each owner. The rows usually come grouped by owner: a link
 * table is WITHOUT ROWID on SQLite (2026-12-08-file-link-tables.ts), so a
 * read without `ORDER BY` gives it in its key's order, each owner's rows
 * together, ordered by the linked id rather than by position. Each owner's
 * run is appended as it comes, sorted by position first only when it is out
 * of order (a handful of rows), and the owner's list is looked up once per
 * run, not once per row. An owner whose rows come in two runs (its list
 * already has this table's rows when its run starts) makes it start again
 * from all the rows sorted by position (a stable sort keeps owners apart):
 * PostgreSQL, whose tables give rows in no set order, takes that way when
 * they come mixed. The lists are empty before (one table, fresh records).
 *
 * So the queries need no `ORDER BY`: on SQLite it made reading the 80,000
 * security-measure rows of 10,000 activities half as slow again (45–75 ms
 * against 31–59 ms), more than this check costs.
 */
export function appendInOrder<R, V>(
  rows: R[],
  ownerOf: (row: R) => string,
  positionOf: (row: R) => number,
  listOf: (owner: string) => V[],
  valueOf: (row: R) => V,
): void {
  const started: V[][] = [];
  const byPosition = (a: R, b: R) => positionOf(a) - positionOf(b);
  let start = 0;
  while (start < rows.length) {
    const owner = ownerOf(rows[start] as R);
    const list = listOf(owner);
    if (list.length > 0) {
      for (const each of started) each.length = 0;
      for (const row of rows.sort(byPosition)) listOf(ownerOf(row)).push(valueOf(row));
      return;
    }
    started.push(list);
    let end = start + 1;
    let ordered = true;
    for (; end < rows.length && ownerOf(rows[end] as R) === owner; end += 1) {
      if (positionOf(rows[end] as R) < positionOf(rows[end - 1] as R)) ordered = false;
    }
    if (ordered) {
      for (let index = start; index < end; index += 1) list.push(valueOf(rows[index] as R));
    } else {
      for (const row of rows.slice(start, end).sort(byPosition)) list.push(valueOf(row));
    }
    start = end;
  }
}
