/**
 * The register fingerprint a generated notice records: which register
 * version it came from. For now the change history's head (seq and hash)
 * plus a hash of the register document the notice was generated from; kept
 * in this one small module so that a content fingerprint of the register
 * (issue 13) can replace it without touching the notices.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import { historyHead } from '../db/repositories/history-repository.ts';
import { contentHash } from '../services/register-version.ts';

export interface RegisterFingerprint {
  historySeq: number;
  historyHead: string;
  documentHash: string;
  /** sha256 over both: one value to print on a notice and compare. */
  fingerprint: string;
}

export async function registerFingerprint(db: Kysely<DB>, document: RegisterDocument): Promise<RegisterFingerprint> {
  const head = await historyHead(db);
  const documentHash = contentHash(document);
  const fingerprint = createHash('sha256').update(head.hash).update('\n').update(documentHash).digest('hex');
  return { historySeq: head.seq, historyHead: head.hash, documentHash, fingerprint };
}
