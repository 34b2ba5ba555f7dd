/**
 * Link sets of the DPO's records (a breach's activities, a request's
 * activities searched...), described as data: which table, which column
 * holds the owner and which the target. One reader and one writer serve
 * them all (house style §8), instead of a copy per table.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { appendInOrder } from './rows-in-order.ts';
import { chunks, insertRows } from './write-context.ts';

export interface LinkSpec<F extends string = string> {
  table: keyof DB;
  /** Column naming the record that owns the link ('breach_id'). */
  owner: string;
  /** Column naming the record linked to ('activity_id'). */
  target: string;
  /** The domain field holding the ids ('activityIds'). */
  field: F;
}

/** Reads each spec's link sets for the owners given (all owners when undefined), in position order. */
export async function readLinks<F extends string>(
  db: Kysely<DB>,
  specs: readonly LinkSpec<F>[],
  ownerIds: readonly string[] | undefined,
): Promise<Map<string, Record<F, string[]>>> {
  const any = db as unknown as Kysely<Record<string, Record<string, string | number>>>;
  const result = new Map<string, Record<F, string[]>>();
  const entry = (owner: string): Record<F, string[]> => {
    let links = result.get(owner);
    if (!links) {
      links = Object.fromEntries(specs.map((spec) => [spec.field, []])) as unknown as Record<F, string[]>;
      result.set(owner, links);
    }
    return links;
  };
  for (const spec of specs) {
    const groups = ownerIds === undefined ? [undefined] : chunks([...new Set(ownerIds)]);
    for (const group of groups) {
      if (group && group.length === 0) continue;
      let query = any.selectFrom(spec.table).select([spec.owner, spec.target, 'position']);
      if (group) query = query.where(spec.owner, 'in', group);
      const rows = (await query.execute()) as Array<Record<string, string | number>>;
      appendInOrder(
        rows,
        (row) => row[spec.owner] as string,
        (row) => row.position as number,
        (owner) => entry(owner)[spec.field],
        (row) => row[spec.target] as string,
      );
    }
  }
  return result;
}

/** The empty link sets of one owner. */
export function noLinks<F extends string>(specs: readonly LinkSpec<F>[]): Record<F, string[]> {
  return Object.fromEntries(specs.map((spec) => [spec.field, []])) as unknown as Record<F, string[]>;
}

/** Replaces the link sets of the owners given by the ids in their records (bulk: import and save alike). */
export async function writeLinks<F extends string>(
  trx: Kysely<DB>,
  specs: readonly LinkSpec<F>[],
  records: ReadonlyArray<{ id: string } & Record<F, readonly string[]>>,
  replace: boolean,
): Promise<void> {
  const any = trx as unknown as Kysely<Record<string, Record<string, string | number>>>;
  for (const spec of specs) {
    if (replace) {
      for (const group of chunks(records.map((r) => r.id))) await any.deleteFrom(spec.table).where(spec.owner, 'in', group).execute();
    }
    await insertRows(
      trx,
      spec.table,
      records.flatMap((record) => record[spec.field].map((target, position) => ({ [spec.owner]: record.id, [spec.target]: target, position }))),
    );
  }
}
