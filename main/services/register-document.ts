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
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type RegisterDocument } from '../../shared/domain/register.ts';
import type { DB } from '../db/schema.ts';
import { loadActivities } from '../db/repositories/activity-repository.ts';
import { listCatalogues } from '../db/repositories/catalogue-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';
import { listRetentionRules } from '../db/repositories/retention-repository.ts';
import { exportDpoRecords } from './dpo-exchange.ts';
import { readRegisterInfo } from './register-info.ts';

/** The register as one document, read from `db` (a transaction too, for a consistent read). */
export async function readRegisterDocument(db: Kysely<DB>): Promise<RegisterDocument> {
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    register: await readRegisterInfo(db),
    organisations: await listOrganisations(db),
    catalogues: await listCatalogues(db),
    processors: await loadProcessors(db),
    retentionRules: await listRetentionRules(db),
    activities: await loadActivities(db),
    ...(await exportDpoRecords(db)),
  };
}

/** The document as the text `ropa export json` writes. */
export function serialiseRegister(document: RegisterDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
