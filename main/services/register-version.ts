/**
 * What identifies a register's state on paper: the report cover and the
 * Excel first sheet print these, so a printout can be matched to the file.
 *
 * - `version`: the number of changes in the history (the head entry's seq);
 * - `headHash`: the history chain's newest hash (see `ropa verify`);
 * - `contentHash`: sha256 of the register's exchange document, i.e. of what
 *   the register says, independent of how it got there;
 * - `fingerprint`: sha256 over both, the register's fingerprint. The records
 *   alone can be retyped and the head hash alone says nothing of the
 *   records (an `UPDATE` behind the app's back leaves the chain as it was);
 *   together, with `ropa verify` proving that the records equal what the
 *   history last recorded, a printed fingerprint matched by
 *   `ropa verify --fingerprint X` shows that the file says what the paper
 *   says and got there through its recorded history.
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
  fingerprint: string;
  /** When the head entry was written (UTC ISO, as the history stores it; printed in the reader's local time), null before the first change. */
  changedAt: string | null;
}

export function contentHash(document: RegisterDocument): string {
  return createHash('sha256').update(serialiseRegister(document)).digest('hex');
}

/** The register's fingerprint: the records (their content hash) and the history head together. */
export function registerFingerprint(content: string, headHash: string): string {
  return createHash('sha256').update(`ropa-fingerprint-1\n${content}\n${headHash}`).digest('hex');
}

/** The version facts from the three numbers they are made of. */
export function versionOf(head: { seq: number; hash: string; at?: string | null }, content: string): RegisterVersion {
  return { version: head.seq, headHash: head.hash, contentHash: content, fingerprint: registerFingerprint(content, head.hash), changedAt: head.at ?? null };
}

export async function registerVersion(db: Kysely<DB>, document: RegisterDocument): Promise<RegisterVersion> {
  return versionOf(await historyHead(db), contentHash(document));
}

/**
 * Whether `printed` (as on paper: the short form in groups, or all 64 hex
 * digits, any case) is `fingerprint`. At least the 16 digits of the short
 * form must be given.
 */
export function fingerprintMatches(printed: string, fingerprint: string): boolean {
  const digits = printed.replace(/\s+/g, '').toLowerCase();
  return /^[0-9a-f]{16,64}$/.test(digits) && fingerprint.startsWith(digits);
}

/** A short, readable form of a hash for print: the first 16 hex digits in groups of 4. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
