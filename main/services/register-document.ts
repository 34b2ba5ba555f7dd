/**
 * The register document: the whole register as one value
 * (shared/domain/register.ts): its information, organisations, catalogues,
 * processors, retention rules, activities, breaches and requests. It is what
 * every reader of the whole register reads: the JSON exchange file, the
 * Excel workbook, the PDF report, the checks, the notices, the versions
 * rebuilt from the history and the document cache (document-cache.ts).
 *
 * Deterministic: the same register always gives the same document, so
 * export -> import into a new register -> export gives identical files.
 */
import type { Kysely } from 'kysely';
import type { Activity } from '../../shared/domain/activity.ts';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import { loadActivities } from '../db/repositories/activity-repository.ts';
import { listCatalogues } from '../db/repositories/catalogue-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';
import { listRetentionRules } from '../db/repositories/retention-repository.ts';
import { exportDpoRecords } from './dpo-exchange.ts';
import { readRegisterInfo } from './register-info.ts';

/** Everything of the register but its activities and the DPO's records, in the document's key order. */
export async function registerParts(db: Kysely<DB>): Promise<Omit<RegisterDocument, 'activities' | 'breaches' | 'subjectRequests'>> {
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    register: await readRegisterInfo(db),
    organisations: await listOrganisations(db),
    catalogues: await listCatalogues(db),
    processors: await loadProcessors(db),
    retentionRules: await listRetentionRules(db),
  };
}

/** The register as one document, read from `db` (a transaction too, for a consistent read). */
export async function readRegisterDocument(db: Kysely<DB>): Promise<RegisterDocument> {
  return { ...(await registerParts(db)), activities: await loadActivities(db), ...(await exportDpoRecords(db)) };
}

/**
 * The register with only `activities` (and no breaches or requests): an
 * activity's findings depend on it and on what it links to, never on the
 * other activities, so the editor's checks need not load them all.
 */
export async function registerDocumentWith(db: Kysely<DB>, activities: Activity[]): Promise<RegisterDocument> {
  return { ...(await registerParts(db)), activities };
}

/** The document as the text `ropa export json` writes. */
export function serialiseRegister(document: RegisterDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
