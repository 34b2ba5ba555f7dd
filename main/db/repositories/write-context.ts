import { randomUUID } from 'node:crypto';

/** What a write needs to know from outside the database: the time, and how to make ids. */
export interface WriteContext {
  now: () => Date;
  newId?: () => string;
}

export function timestamp(ctx: WriteContext): string {
  return ctx.now().toISOString();
}

export function newId(ctx: WriteContext): string {
  return ctx.newId ? ctx.newId() : randomUUID();
}

export const toBool = (value: boolean): 0 | 1 => (value ? 1 : 0);
export const fromBool = (value: number): boolean => value === 1;

/** Splits ids into chunks small enough for one `IN (...)` list. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
