/**
 * The JSON exchange format: the whole register as one document
 * (shared/domain/register.ts, described for outsiders by
 * docs/register.schema.json).
 *
 * Export is deterministic: the same register always gives the same text, so
 * export -> import into a new register -> export gives identical files.
 * Import checks everything first (shape, duplicate ids, dangling references,
 * clashing numbers) and then writes in one transaction: a bad file changes
 * nothing.
 */
import type { Kysely } from 'kysely';
import { withTextPeriodsRead } from '../../shared/retention-period.ts';
import { CATALOGUE_NAMES, type CatalogueName } from '../../shared/domain/catalogues.ts';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, RegisterDocument, type RegisterInfo } from '../../shared/domain/register.ts';
import { issueKey } from '../../shared/validation.ts';
import { AppError } from '../errors.ts';
import { checkCancelled, reportProgress } from '../engine/tasks.ts';
import type { DB } from '../db/schema.ts';
import { deleteActivity, insertActivityRecords, loadActivities } from '../db/repositories/activity-repository.ts';
import {
  deleteCatalogueEntry,
  listCatalogue,
  putCatalogueRecords,
} from '../db/repositories/catalogue-repository.ts';
import { appendHistory } from '../db/repositories/history-repository.ts';
import { deleteOrganisation, insertOrganisationRecords, listOrganisations } from '../db/repositories/organisation-repository.ts';
import { deleteProcessor, insertProcessorRecords, loadProcessors, saveProcessor } from '../db/repositories/processor-repository.ts';
import { deleteRetentionRule, insertRetentionRuleRecords, listRetentionRules } from '../db/repositories/retention-repository.ts';
import { timestamp, type WriteContext } from '../db/repositories/write-context.ts';
import { checkDpoConsistency, clearDpoRecords, hasDpoRecords, importDpoRecords } from './dpo-exchange.ts';
import { readRegisterInfo, writeRegisterInfo } from './register-info.ts';

/** Largest JSON file import accepts. A real register is a few megabytes. */
export const JSON_IMPORT_LIMIT_BYTES = 100 * 1024 * 1024;

/**
 * The register document and its text now live in register-document.ts;
 * `exportRegister` stays as its old name for the tests and benchmarks that
 * still use it.
 */
export { readRegisterDocument as exportRegister, serialiseRegister } from './register-document.ts';

/**
 * Parses and checks an exchange document. Throws IMPORT_NOT_JSON,
 * IMPORT_FORMAT, IMPORT_NEWER_FORMAT, IMPORT_TOO_LARGE, VALIDATION (with the
 * fields at fault), DUPLICATE_ID, UNKNOWN_REFERENCE or DUPLICATE_NUMBER.
 */
/** JSON text of a file to import, parsed. Throws IMPORT_NOT_JSON saying where it breaks. */
export function parseImportJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('IMPORT_NOT_JSON', { detail: error instanceof Error ? error.message : String(error) });
  }
}

export function parseRegisterDocument(text: string): RegisterDocument {
  if (text.length > JSON_IMPORT_LIMIT_BYTES) {
    throw new AppError('IMPORT_TOO_LARGE', { size: `${Math.round(text.length / 1048576)} MB`, limit: `${JSON_IMPORT_LIMIT_BYTES / 1048576} MB` });
  }
  const raw = parseImportJson(text);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== REGISTER_FORMAT) {
    throw new AppError('IMPORT_FORMAT');
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > REGISTER_FORMAT_VERSION) {
    throw new AppError('IMPORT_NEWER_FORMAT', { found: version, supported: REGISTER_FORMAT_VERSION });
  }
  // Periods typed as text ("5 gadi pēc līguma beigām") are read into the structure first (issue 15).
  const parsed = RegisterDocument.safeParse(withTextPeriodsRead(raw), { error: issueKey });
  if (!parsed.success) throw new AppError('VALIDATION', { count: parsed.error.issues.length }, { zodError: parsed.error });
  const document = parsed.data;
  checkConsistency(document);
  return document;
}

function checkUniqueIds(where: string, ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new AppError('DUPLICATE_ID', { id, where });
    seen.add(id);
  }
  return seen;
}

function checkConsistency(document: RegisterDocument): void {
  const organisations = checkUniqueIds('organisations', document.organisations.map((o) => o.id));
  const processors = checkUniqueIds('processors', document.processors.map((p) => p.id));
  const rules = checkUniqueIds('retentionRules', document.retentionRules.map((r) => r.id));
  const activities = checkUniqueIds('activities', document.activities.map((a) => a.id));
  const catalogue = Object.fromEntries(
    CATALOGUE_NAMES.map((name) => [name, checkUniqueIds(`catalogues.${name}`, document.catalogues[name].map((e) => e.id))]),
  ) as Record<CatalogueName, Set<string>>;
  checkUniqueIds(
    'activities.purposes',
    document.activities.flatMap((a) => a.purposes.flatMap((p) => (p.id ? [p.id] : []))),
  );
  checkUniqueIds(
    'activities.transfers',
    document.activities.flatMap((a) => a.transfers.flatMap((t) => (t.id ? [t.id] : []))),
  );
  checkUniqueIds(
    'activities.controllers',
    document.activities.flatMap((a) => a.controllers.flatMap((c) => (c.id ? [c.id] : []))),
  );

  const must = (set: Set<string>, id: string | null, field: string) => {
    if (id !== null && !set.has(id)) throw new AppError('UNKNOWN_REFERENCE', { field, id });
  };
  document.processors.forEach((p, i) => {
    must(catalogue.countries, p.countryId, `processors.${i}.countryId`);
    must(catalogue.transferMechanisms, p.transferMechanismId, `processors.${i}.transferMechanismId`);
    p.subProcessorIds.forEach((id, j) => {
      must(processors, id, `processors.${i}.subProcessorIds.${j}`);
      if (id === p.id) throw new AppError('UNKNOWN_REFERENCE', { field: `processors.${i}.subProcessorIds.${j}`, id });
    });
  });
  document.retentionRules.forEach((r, i) => must(catalogue.dataCategories, r.dataCategoryId, `retentionRules.${i}.dataCategoryId`));
  const numbers = new Map<string, string>();
  document.activities.forEach((a, i) => {
    const at = `activities.${i}`;
    must(organisations, a.organisationId, `${at}.organisationId`);
    must(activities, a.replacedById, `${at}.replacedById`);
    a.legalBasisIds.forEach((id, j) => must(catalogue.legalBases, id, `${at}.legalBasisIds.${j}`));
    a.purposes.forEach((p, j) => p.legalBasisIds.forEach((id, k) => must(catalogue.legalBases, id, `${at}.purposes.${j}.legalBasisIds.${k}`)));
    a.art9ConditionIds.forEach((id, j) => must(catalogue.art9Conditions, id, `${at}.art9ConditionIds.${j}`));
    a.dataSubjectCategoryIds.forEach((id, j) => must(catalogue.dataSubjectCategories, id, `${at}.dataSubjectCategoryIds.${j}`));
    a.dataCategories.forEach((row, j) => {
      must(catalogue.dataCategories, row.dataCategoryId, `${at}.dataCategories.${j}.dataCategoryId`);
      must(rules, row.retentionRuleId, `${at}.dataCategories.${j}.retentionRuleId`);
    });
    a.namedSources.forEach((row, j) => must(catalogue.dataCategories, row.dataCategoryId, `${at}.namedSources.${j}.dataCategoryId`));
    a.recipients.forEach((row, j) => must(catalogue.recipientCategories, row.recipientCategoryId, `${at}.recipients.${j}.recipientCategoryId`));
    a.processors.forEach((row, j) => must(processors, row.processorId, `${at}.processors.${j}.processorId`));
    a.transfers.forEach((row, j) => {
      must(catalogue.countries, row.countryId, `${at}.transfers.${j}.countryId`);
      must(processors, row.processorId, `${at}.transfers.${j}.processorId`);
      must(catalogue.transferMechanisms, row.transferMechanismId, `${at}.transfers.${j}.transferMechanismId`);
    });
    a.securityMeasureIds.forEach((id, j) => must(catalogue.securityMeasures, id, `${at}.securityMeasureIds.${j}`));
    const key = `${a.organisationId}\u0000${a.number}`;
    const clash = numbers.get(key);
    if (clash !== undefined) throw new AppError('DUPLICATE_NUMBER', { number: a.number, name: clash });
    numbers.set(key, a.name);
  });
  checkDpoConsistency(document, { organisations, activities, processors, catalogue });
}

/** True when the register holds anything a user made (not only the built-in catalogues). */
export async function registerHasContent(db: Kysely<DB>): Promise<boolean> {
  for (const table of ['organisation', 'activity', 'processor', 'retention_rule'] as const) {
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return true;
  }
  if (await hasDpoRecords(db)) return true;
  for (const name of CATALOGUE_NAMES) {
    if ((await listCatalogue(db, name)).some((entry) => !entry.builtin)) return true;
  }
  return false;
}

/** Removes all content, recording each deletion in the history. */
async function clearContent(trx: Kysely<DB>, ctx: WriteContext): Promise<void> {
  await clearDpoRecords(trx, ctx);
  for (const activity of await loadActivities(trx)) {
    if (activity.replacedById !== null) await trx.updateTable('activity').set({ replaced_by_id: null }).where('id', '=', activity.id).execute();
  }
  const activities = await loadActivities(trx);
  // The long part of a replacing import: cancellable between deletions (the transaction then rolls back).
  for (const [index, activity] of activities.entries()) {
    checkCancelled();
    reportProgress('clearing', index, activities.length);
    await deleteActivity(trx, activity.id, ctx);
  }
  for (const processor of await loadProcessors(trx)) {
    if (processor.subProcessorIds.length > 0) await saveProcessor(trx, { ...processor, subProcessorIds: [] }, ctx);
  }
  for (const processor of await loadProcessors(trx)) await deleteProcessor(trx, processor.id, ctx);
  for (const rule of await listRetentionRules(trx)) await deleteRetentionRule(trx, rule.id, ctx);
  for (const organisation of await listOrganisations(trx)) await deleteOrganisation(trx, organisation.id, ctx);
}

export interface ImportSummary {
  organisations: number;
  activities: number;
  processors: number;
  retentionRules: number;
}

/**
 * Writes a checked document into the register, in the caller's transaction.
 * Into a register that already holds data only with `replace`, which first
 * deletes all of it (each deletion recorded in the history).
 */
export async function importRegisterDocument(
  trx: Kysely<DB>,
  document: RegisterDocument,
  ctx: WriteContext,
  options: { replace?: boolean } = {},
): Promise<ImportSummary> {
  if (await registerHasContent(trx)) {
    if (!options.replace) throw new AppError('REGISTER_NOT_EMPTY');
    await clearContent(trx, ctx);
  }
  const at = timestamp(ctx);
  checkCancelled();
  reportProgress('writing', 0, document.activities.length);
  for (const name of CATALOGUE_NAMES) {
    const wanted = new Set(document.catalogues[name].map((entry) => entry.id));
    await putCatalogueRecords(trx, name, document.catalogues[name], at);
    for (const entry of await listCatalogue(trx, name)) {
      if (!wanted.has(entry.id)) await deleteCatalogueEntry(trx, name, entry.id, ctx);
    }
  }
  await insertOrganisationRecords(trx, document.organisations, at);
  await insertProcessorRecords(trx, document.processors, at);
  await insertRetentionRuleRecords(trx, document.retentionRules, at);
  await insertActivityRecords(trx, document.activities, at, ctx);
  checkCancelled();
  reportProgress('writing', document.activities.length, document.activities.length);
  await importDpoRecords(trx, document, at);
  const before: RegisterInfo = await readRegisterInfo(trx);
  await writeRegisterInfo(trx, document.register);
  await appendHistory(trx, { entityType: 'register', entityId: document.register.registerId, action: 'update', label: document.register.title, before, after: document.register }, at);
  return {
    organisations: document.organisations.length,
    activities: document.activities.length,
    processors: document.processors.length,
    retentionRules: document.retentionRules.length,
  };
}
