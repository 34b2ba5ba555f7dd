/**
 * The same migrations make the same register on both backends: read back
 * from each database's own catalogue (SQLite's sqlite_schema and pragmas,
 * PostgreSQL's information_schema and pg_catalog), the tables, columns and
 * their types, NOT NULLs and defaults, primary, foreign and unique keys,
 * CHECKs and indexes are the same, and PostgreSQL holds nothing else.
 */
import { describe, expect, it } from 'vitest';
import { schemaAt } from '../../main/db/connection.ts';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index.ts';
import { createPostgresRegister } from '../../main/db/postgres/connection.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { checkClauses, postgresShape, sqliteShape } from './catalogues.ts';

const server = usePostgres();

describe('the register schema on SQLite and on PostgreSQL', () => {
  it('has the same tables, columns, constraints and indexes, read from both catalogues', async () => {
    const sqlite = await schemaAt(LATEST_SCHEMA_VERSION);
    const expected = sqliteShape(sqlite);
    sqlite.close();
    const { host, port, user, password, database } = server();
    const register = await createPostgresRegister({ host, port, user, password, database, register: 'parity' }, { now: () => new Date() });
    const actual = await postgresShape(register.db, 'parity');
    await register.close();

    expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
    for (const [name, table] of Object.entries(expected.tables)) {
      expect({ table: name, ...actual.tables[name] }).toEqual({ table: name, ...table });
    }
    expect(actual.indexes).toEqual(expected.indexes);
    // Text compares byte by byte on both (SQLite's BINARY is PostgreSQL's "C").
    expect(actual.collations).toEqual(['C']);
    expect(actual.otherObjects).toEqual([]);
    // The comparison has something to compare: every kind of constraint is there.
    const activity = expected.tables.activity;
    expect(activity?.foreignKeys).toContain('replaced_by_id -> activity(id) on delete SET NULL');
    expect(activity?.unique).toEqual(['organisation_id,number']);
    expect(activity?.checks.length).toBeGreaterThan(10);
    expect(expected.tables.organisation?.columns.roles).toEqual({ type: 'text', notNull: true, default: "'[]'" });
    expect(expected.tables.activity?.columns.approx_records?.type).toBe('int64');
    expect(Object.keys(expected.indexes).length).toBeGreaterThan(30);
  });

  it('reads the CHECK clauses of a statement, nested parentheses and all', () => {
    expect(checkClauses("CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y')), b INTEGER, CHECK ((a IS NULL) = (b IS NULL)))")).toEqual([
      "a IN ('x', 'y')",
      '(a IS NULL) = (b IS NULL)',
    ]);
  });
});
