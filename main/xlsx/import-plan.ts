/**
 * From a DPO's own spreadsheet (one row per processing activity) to
 * activities of one organisation: what each row becomes, and every row that
 * cannot be taken, with its row number, column and reason. Nothing is
 * written here; `writeImportPlan` writes a plan without problems in the
 * caller's transaction.
 *
 * What a DPO expects, and so what this does with texts:
 * - Catalogue texts are matched to entries by name in either language
 *   (case and diacritics ignored). A data category, data subject category or
 *   recipient category the register does not know becomes a new entry of the
 *   register's own (data categories as ordinary data unless ROPA's own export
 *   marked them special or criminal): these lists are the DPO's vocabulary,
 *   and refusing a row for "Klientu sarakste" would only make them retype it.
 *   The preview lists every entry that will be created.
 * - Legal bases, Art. 9(2) conditions, countries and enumerations are fixed
 *   by the GDPR: a text that names none of them ("maybe") rejects the row,
 *   with the reason. Art. 9 texts that name no condition are kept as notes.
 * - Security measures and data sources that match no entry are kept as the
 *   activity's notes on them, not invented as entries of a guessed kind.
 * - Processors and joint controllers are matched by name, else created.
 * - A retention text becomes a retention rule (reused when the register has
 *   one of that name), with its period when the text starts with one
 *   ("10 gadi …"), linked to the row's data categories.
 * - A transfer mechanism is recognised where the text is unambiguous (DPF,
 *   SCC with its module, BCR, adequacy); the text itself is always kept as
 *   the documentation of safeguards.
 * - Rows without a number get the next free "PD-NN" of the organisation.
 */
import type { Kysely } from 'kysely';
import type { XlsxImportField, XlsxMapping, XlsxProblem } from '../../shared/contract/xlsx.ts';
import { ActivityInput, type ActivityDraft, type ActivityInput as ActivityInputType } from '../../shared/domain/activity.ts';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import type { DB } from '../db/schema.ts';
import { saveActivity } from '../db/repositories/activity-repository.ts';
import { saveCatalogueEntry } from '../db/repositories/catalogue-repository.ts';
import { saveProcessor } from '../db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../db/repositories/retention-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { fieldLabel, proposeMapping, REQUIRED_ONE_OF, type ProposedColumn } from './column-map.ts';
import { RegisterLookup, type NewCatalogue, type NewEntry, type ProcessorFields, type RegisterState, type RuleFields } from './import-records.ts';
import { readRow, rowProblem, type RowContext } from './import-row.ts';
import type { RegisterTable } from './import-table.ts';

export { loadRegisterState, type RegisterState } from './import-records.ts';

export interface PlanOptions {
  mapping?: XlsxMapping | undefined;
  organisationId?: string | undefined;
  lang: Language;
  /** ISO date: `createdOn` of rows that give none. */
  today: string;
  /** Told after every few hundred rows planned (the read worker's progress). */
  onRows?: ((planned: number, total: number) => void) | undefined;
}

export interface ImportPlan {
  columns: ProposedColumn[];
  /** Required fields no column fills: the import is refused until one does. */
  missing: XlsxImportField[];
  organisationId: string | null;
  problems: XlsxProblem[];
  rows: number;
  rejectedRows: number;
  activities: Array<{ row: number; draft: ActivityDraft }>;
  newCatalogueEntries: Array<NewEntry<Record<string, unknown>> & { catalogue: NewCatalogue }>;
  newProcessors: Array<NewEntry<ProcessorFields>>;
  newRules: Array<NewEntry<RuleFields>>;
}

/** Applies the user's mapping over the proposal; refuses unknown columns and a field chosen twice. */
function mappedColumns(table: RegisterTable, mapping: XlsxMapping | undefined, t: Translate): ProposedColumn[] {
  const proposed = proposeMapping(table.columns);
  if (!mapping) return proposed;
  const letters = new Set(proposed.map((column) => column.letter));
  for (const letter of Object.keys(mapping)) {
    if (!letters.has(letter)) throw new AppError('XLSX_MAPPING', { detail: t('xlsx:mapping.unknownColumn', { column: letter }) });
  }
  const columns = proposed.map((column) => (Object.hasOwn(mapping, column.letter) ? { ...column, field: mapping[column.letter] ?? null } : column));
  const seen = new Map<XlsxImportField, string>();
  for (const column of columns) {
    if (!column.field) continue;
    const other = seen.get(column.field);
    if (other) throw new AppError('XLSX_MAPPING', { detail: t('xlsx:mapping.twice', { field: fieldLabel(column.field, t), columns: `${other}, ${column.letter}` }) });
    seen.set(column.field, column.letter);
  }
  return columns;
}

const CATALOGUE_OF_NEW: Record<NewCatalogue, CatalogueName> = {
  dataCategories: 'dataCategories',
  dataSubjectCategories: 'dataSubjectCategories',
  recipientCategories: 'recipientCategories',
};

/**
 * Reads every row, checks the numbers (unique in the file, not used in the
 * organisation), then numbers the rows that gave none: the next free
 * "PD-NN" after the organisation's own.
 */
function readRows(table: RegisterTable, context: RowContext, state: RegisterState, onRows: PlanOptions['onRows']): Pick<ImportPlan, 'problems' | 'rejectedRows' | 'activities'> {
  const taken = new Map(state.activities.filter((a) => a.organisationId === context.organisationId).map((a) => [a.number, a.name]));
  const inFile = new Map<string, number>();
  const unnumbered: ActivityDraft[] = [];
  const problems: XlsxProblem[] = [];
  const activities: ImportPlan['activities'] = [];
  let rejectedRows = 0;
  for (const [index, row] of table.rows.entries()) {
    if (onRows && index % 250 === 0) onRows(index, table.rows.length);
    const read = readRow(row, context);
    const number = read.draft.number;
    if (!number) unnumbered.push(read.draft);
    else if (inFile.has(number)) read.problems.push(rowProblem(context, row.row, 'number', 'duplicateNumber', { number, row: inFile.get(number) }));
    else if (taken.has(number)) read.problems.push(rowProblem(context, row.row, 'number', 'numberTaken', { number, name: taken.get(number) }));
    else inFile.set(number, row.row);
    problems.push(...read.problems);
    if (read.problems.length > 0) rejectedRows += 1;
    else activities.push({ row: row.row, draft: read.draft });
  }
  const used = [...taken.keys(), ...inFile.keys()];
  let next = Math.max(0, ...used.map((number) => Number(/^PD-(\d+)$/.exec(number)?.[1] ?? 0))) + 1;
  for (const draft of unnumbered) {
    draft.number = `PD-${String(next).padStart(2, '0')}`;
    next += 1;
  }
  return { problems, rejectedRows, activities };
}

/** The organisation the rows go to: the one asked for, or the register's only one; null while it must be chosen. */
export function chooseOrganisation(state: RegisterState, organisationId: string | undefined): string | null {
  if (organisationId) {
    if (!state.organisations.some((o) => o.id === organisationId)) throw new AppError('NOT_FOUND', { id: organisationId });
    return organisationId;
  }
  return state.organisations.length === 1 ? state.organisations[0]!.id : null;
}

/** What importing `table` with `options` would do; see the module comment. Writes nothing. */
export function planSpreadsheetImport(table: RegisterTable, state: RegisterState, options: PlanOptions): ImportPlan {
  const t = translator(options.lang);
  const columns = mappedColumns(table, options.mapping, t);
  const mapped = new Set(columns.flatMap((column) => (column.field ? [column.field] : [])));
  const missing = REQUIRED_ONE_OF.some((field) => mapped.has(field)) ? [] : [...REQUIRED_ONE_OF];
  const organisationId = chooseOrganisation(state, options.organisationId);
  const lookup = new RegisterLookup(state, options.lang);
  const context: RowContext = {
    lang: options.lang,
    today: options.today,
    organisationId,
    columns: new Map(columns.flatMap((column) => (column.field ? [[column.field, column] as const] : []))),
    lookup,
  };
  const read = missing.length === 0 ? readRows(table, context, state, options.onRows) : { problems: [], rejectedRows: table.rows.length, activities: [] };
  return {
    columns,
    missing,
    organisationId,
    ...read,
    rows: table.rows.length,
    newCatalogueEntries: lookup.newCatalogueEntries,
    newProcessors: lookup.newProcessors,
    newRules: lookup.newRules,
  };
}

/** Replaces placeholder ids ('new:…') in a planned activity with the ids of the records just created. */
function resolve(draft: ActivityDraft, ids: Map<string, string>): ActivityInputType {
  const id = (value: string) => ids.get(value) ?? value;
  return {
    ...draft,
    dataSubjectCategoryIds: draft.dataSubjectCategoryIds.map(id),
    dataCategories: draft.dataCategories.map((c) => ({ ...c, dataCategoryId: id(c.dataCategoryId), retentionRuleId: c.retentionRuleId === null ? null : id(c.retentionRuleId) })),
    recipients: draft.recipients.map((r) => ({ ...r, recipientCategoryId: id(r.recipientCategoryId) })),
    processors: draft.processors.map((p) => ({ ...p, processorId: id(p.processorId) })),
    transfers: draft.transfers.map((tr) => ({ ...tr, processorId: tr.processorId === null ? null : id(tr.processorId) })),
  };
}

export interface SpreadsheetImportSummary {
  organisations: number;
  activities: number;
  processors: number;
  retentionRules: number;
  /** Catalogue entries, processors and retention rules created. */
  created: number;
}

/**
 * Refuses a plan that cannot be written: no organisation chosen (or none in
 * the register), or rows that cannot be taken (the first one named).
 */
export function assertPlanWritable(plan: ImportPlan, state: RegisterState, lang: Language): void {
  const t = translator(lang);
  if (plan.organisationId === null) {
    if (state.organisations.length === 0) throw new AppError('XLSX_NO_ORGANISATION');
    throw new AppError('XLSX_CHOOSE_ORGANISATION', {
      count: state.organisations.length,
      organisations: state.organisations.map((o) => `${o.id} (${o.name})`).join(', '),
    });
  }
  if (plan.problems.length > 0) {
    throw new AppError('XLSX_ROWS_REJECTED', { count: plan.rejectedRows, first: describeProblem(plan.problems[0]!, t) });
  }
}

/**
 * Writes a plan in the caller's transaction: new catalogue entries,
 * processors and rules first, then the activities, each recorded in the
 * history. Refuses what `assertPlanWritable` refuses.
 */
export async function writeImportPlan(trx: Kysely<DB>, plan: ImportPlan, state: RegisterState, ctx: WriteContext, lang: Language): Promise<SpreadsheetImportSummary> {
  assertPlanWritable(plan, state, lang);
  const ids = new Map<string, string>();
  for (const entry of plan.newCatalogueEntries) {
    const saved = await saveCatalogueEntry(trx, CATALOGUE_OF_NEW[entry.catalogue], entry.input as never, ctx);
    ids.set(entry.key, saved.id as string);
  }
  for (const entry of plan.newProcessors) ids.set(entry.key, (await saveProcessor(trx, entry.input, ctx)).id);
  for (const entry of plan.newRules) ids.set(entry.key, (await saveRetentionRule(trx, entry.input, ctx)).id);
  for (const { draft } of plan.activities) {
    await saveActivity(trx, ActivityInput.parse({ ...resolve(draft, ids), organisationId: plan.organisationId as string }), ctx);
  }
  return {
    organisations: 0,
    activities: plan.activities.length,
    processors: plan.newProcessors.length,
    retentionRules: plan.newRules.length,
    created: plan.newCatalogueEntries.length + plan.newProcessors.length + plan.newRules.length,
  };
}

/** 'row 5, column C “Tiesiskais pamats”: …' in the language. */
export function describeProblem(problem: XlsxProblem, t: Translate): string {
  const where = problem.column
    ? t('xlsx:problems.whereColumn', { row: problem.row, column: problem.column, header: problem.header ?? '' })
    : t('xlsx:problems.whereRow', { row: problem.row });
  return `${where}: ${problem.message}`;
}
