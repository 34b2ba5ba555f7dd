/**
 * What identifies a register's state on paper: the report cover and the
 * Excel first sheet print these, so a printout can be matched to the file.
 *
 * - `version`: the number of changes in the history (the head entry's seq);
 * - `headHash`: the history chain's newest hash (see `ropa verify`);
 * - `contentHash`: sha256 of the register's exchange document, i.e. of what
 *   the register says, independent of how it got there;
 * - `changedAt`: when the head entry was written (UTC ISO, as the history
 *   stores it; printed in the reader's local time), null for a register
 *   with no changes yet.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import { historyHead } from '../db/repositories/history-repository.ts';
import { serialiseRegister } from './json-exchange.ts';

export interface RegisterVersion {
  version: number;
  headHash: string;
  contentHash: string;
  changedAt: string | null;
}

export function contentHash(document: RegisterDocument): string {
  return createHash('sha256').update(serialiseRegister(document)).digest('hex');
}

export async function registerVersion(db: Kysely<DB>, document: RegisterDocument): Promise<RegisterVersion> {
  const head = await historyHead(db);
  return { version: head.seq, headHash: head.hash, contentHash: contentHash(document), changedAt: head.at };
}

/** A short, readable form of a hash for print: the first 16 hex digits in groups of 4. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
