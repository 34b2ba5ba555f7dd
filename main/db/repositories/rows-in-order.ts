/**
 * Link rows (an activity's security measures, a breach's activities...)
 * appended to their owner's list in position order, read the way a save
 * wrote them: one implementation for every reader of link tables, on both
 * databases.
 */

/**
 * Appends each row's value to its owner's list (`listOf`), in `position`
 * order within each owner. A save writes an owner's link rows together, in
 * position order, so a table read in the order rows were written usually
 * gives each owner's rows in one run, in order: then each row is appended as
 * it comes and the owner's list is looked up once per run, not once per row.
 * An owner whose rows come in two runs (its list already has this table's
 * rows when its run starts) or out of order makes it start again from the
 * rows sorted by position (a stable sort keeps owners apart). The lists are
 * empty before (one table, fresh records).
 *
 * So the queries need no `ORDER BY`: on SQLite it made reading the 80,000
 * security-measure rows of 10,000 activities half as slow again (45–75 ms
 * against 31–59 ms), more than this check costs. PostgreSQL, whose tables
 * give rows in no set order, takes the sorted way when they come mixed.
 */
export function appendInOrder<R, V>(
  rows: R[],
  ownerOf: (row: R) => string,
  positionOf: (row: R) => number,
  listOf: (owner: string) => V[],
  valueOf: (row: R) => V,
): void {
  const started: V[][] = [];
  let owner: string | undefined;
  let list: V[] = [];
  let position = -Infinity;
  for (const row of rows) {
    const key = ownerOf(row);
    if (key !== owner) {
      owner = key;
      list = listOf(key);
      if (list.length > 0) break;
      started.push(list);
    } else if (positionOf(row) < position) {
      break;
    }
    position = positionOf(row);
    list.push(valueOf(row));
  }
  if (started.reduce((sum, each) => sum + each.length, 0) === rows.length) return;
  for (const each of started) each.length = 0;
  for (const row of rows.sort((a, b) => positionOf(a) - positionOf(b))) listOf(ownerOf(row)).push(valueOf(row));
}
