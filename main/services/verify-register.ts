/**
 * Everything `ropa verify` and the app's history check prove, in one place:
 * the history chain is intact (history-repository.ts), the records are what
 * the history last recorded (verify-records.ts), and, when asked, whether a
 * printed fingerprint is this file's (register-version.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { historyHead, verifyHistory, type ChainVerdict } from '../db/repositories/history-repository.ts';
import { readRegisterDocument } from './register-document.ts';
import { contentHash, fingerprintMatches, versionOf } from './register-version.ts';
import { documentForOrganisation } from './register-view.ts';
import { verifyRegisterRecords, type RecordsVerdict } from './verify-records.ts';

export interface FingerprintMatch {
  given: string;
  /** The scope whose fingerprint it is: the whole register, or one organisation's report; null when none matches. */
  scope: { organisationId: string; name: string } | 'all' | null;
}

export interface RegisterVerdict {
  /** The chain and the records both intact (and the fingerprint, when one was given, matching). */
  intact: boolean;
  chain: ChainVerdict;
  records: RecordsVerdict;
  fingerprint: string;
  match?: FingerprintMatch;
}

/**
 * Verifies the register. `given` is a fingerprint from a printout (PDF
 * cover, Excel first sheet); a report of one organisation carries that
 * organisation's fingerprint, so each organisation's is tried as well.
 */
export async function verifyRegister(db: Kysely<DB>, given?: string): Promise<RegisterVerdict> {
  const chain = await verifyHistory(db);
  const document = await readRegisterDocument(db);
  const records = await verifyRegisterRecords(db, document);
  const head = await historyHead(db);
  const fingerprint = versionOf(head, contentHash(document)).fingerprint;
  let match: FingerprintMatch | undefined;
  if (given !== undefined) {
    match = { given, scope: fingerprintMatches(given, fingerprint) ? 'all' : null };
    for (const organisation of match.scope ? [] : document.organisations) {
      const scoped = versionOf(head, contentHash(documentForOrganisation(document, organisation.id))).fingerprint;
      if (fingerprintMatches(given, scoped)) {
        match.scope = { organisationId: organisation.id, name: organisation.name };
        break;
      }
    }
  }
  const intact = chain.intact && records.intact && (match === undefined || match.scope !== null);
  return { intact, chain, records, fingerprint, ...(match ? { match } : {}) };
}
