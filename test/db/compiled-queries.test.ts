/**
 * Queries compiled once per connection (main/db/compiled-queries.ts, issue
 * 19): a kept query answers for the values of each call; transactions on
 * one connection share what it kept; a key used for two shapes with
 * different numbers of parameters does not run one shape's SQL for the other.
 */
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce, compiledRows } from '../../main/db/compiled-queries.ts';
import { kyselyFor } from '../../main/db/connection.ts';
import type { DB } from '../../main/db/schema.ts';

function countries(): Kysely<DB> {
  const raw = new Database(':memory:');
  raw.exec("create table country (id text primary key, eea integer not null); insert into country values ('LV', 1), ('LT', 1), ('US', 0), ('IN', 0)");
  return kyselyFor(raw);
}

describe('queries compiled once per connection', () => {
  it('answers each call with its own values, in transactions too, and a key used for two shapes runs the SQL of each', async () => {
    const db = countries();
    try {
      const eea = (value: 0 | 1, trx: Kysely<DB> = db) =>
        compiledRows(trx, 'countries by eea', () => trx.selectFrom('country').select('id').where('eea', '=', value).orderBy('id'), [value]);
      expect(await eea(1)).toEqual([{ id: 'LT' }, { id: 'LV' }]);
      expect(await eea(0)).toEqual([{ id: 'IN' }, { id: 'US' }]);
      const kept = compiledOnce(db, 'countries by eea', () => { throw new Error('compiled again'); }, [0]);
      await db.transaction().execute(async (trx) => {
        expect(compiledOnce(trx, 'countries by eea', () => { throw new Error('compiled again'); }, [1]).sql).toBe(kept.sql);
        expect(await eea(1, trx)).toEqual([{ id: 'LT' }, { id: 'LV' }]);
      });

      // The same key for two shapes (a condition added for one call): the other count of parameters is compiled afresh.
      const narrowed = (value: 0 | 1, id?: string) =>
        compiledRows(db, 'countries by eea, maybe by id', () => {
          const query = db.selectFrom('country').select('id').where('eea', '=', value).orderBy('id');
          return id === undefined ? query : query.where('id', '=', id);
        }, id === undefined ? [value] : [value, id]);
      expect(await narrowed(0)).toEqual([{ id: 'IN' }, { id: 'US' }]);
      expect(await narrowed(0, 'US')).toEqual([{ id: 'US' }]);
      expect(await narrowed(1)).toEqual([{ id: 'LT' }, { id: 'LV' }]);
    } finally {
      await db.destroy();
    }
  });
});
