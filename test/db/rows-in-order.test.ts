/**
 * Link rows come back in the order the DPO put them, however the table hands
 * them out: grouped by owner in the key's order (a WITHOUT ROWID link table,
 * issue 19), in the order they were written, or mixed (PostgreSQL).
 */
import { describe, expect, it } from 'vitest';
import { appendInOrder } from '../../main/db/repositories/rows-in-order.ts';

interface Link {
  owner: string;
  id: string;
  position: number;
}

function read(rows: Link[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  appendInOrder(
    rows,
    (row) => row.owner,
    (row) => row.position,
    (owner) => (lists[owner] ??= []),
    (row) => row.id,
  );
  return lists;
}

const link = (owner: string, id: string, position: number): Link => ({ owner, id, position });

describe('link rows in the order they were given', () => {
  it('sorts each owner by position when the rows come in the key order (sm-backup before sm-mfa)', () => {
    const rows = [link('a1', 'sm-backup', 2), link('a1', 'sm-encryption', 0), link('a1', 'sm-mfa', 1), link('a2', 'sm-audit', 1), link('a2', 'sm-backup', 0)];
    expect(read(rows)).toEqual({ a1: ['sm-encryption', 'sm-mfa', 'sm-backup'], a2: ['sm-backup', 'sm-audit'] });
  });

  it('keeps rows that come in position order as they are', () => {
    expect(read([link('a1', 'x', 0), link('a1', 'b', 1), link('a2', 'c', 0)])).toEqual({ a1: ['x', 'b'], a2: ['c'] });
  });

  it('sorts all the rows when an owner comes in two runs (rows mixed, as PostgreSQL may give them)', () => {
    const rows = [link('a1', 'm', 1), link('a2', 'q', 0), link('a1', 'k', 0), link('a2', 'p', 1)];
    expect(read(rows)).toEqual({ a1: ['k', 'm'], a2: ['q', 'p'] });
  });
});
