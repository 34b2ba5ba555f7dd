/**
 * One spreadsheet row -> one activity draft, with every problem that keeps
 * the row out (row number, column, reason in the user's language). What it
 * does with each kind of text is explained in import-plan.ts.
 */
import { isNoneAnswer } from './none-answers.ts';
import type { XlsxImportField, XlsxProblem } from '../../shared/contract/xlsx.ts';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, ActivityInput, DPIA_CRITERIA, DPIA_STATUSES, SOURCE_TYPES, emptyActivity, type ActivityDraft } from '../../shared/domain/activity.ts';
import type { ProcessorRole } from '../../shared/domain/processor.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';
import { issueKey, translateMessage } from '../../shared/validation.ts';
import type { ReadValue } from './cells.ts';
import { fieldLabel, type ProposedColumn } from './column-map.ts';
import { namedSourceOf, splitBasesColumn } from './import-bases-sources.ts';
import type { RegisterLookup } from './import-records.ts';
import type { TableRow } from './import-table.ts';
import { DPIA_SYNONYMS, KIND_SYNONYMS, SOURCE_SYNONYMS, STATUS_SYNONYMS, fieldOfIssue } from './import-vocabulary.ts';
import { categoryFlag, controllerOf, emptyPurpose, readAutomatedDecision, readLegalBases, readLegitimateInterests, readRetention, readTransfers, type Report } from './import-row-fields.ts';
import { numbered, parseDateValue, parseCount, parseEnum, parseYesNo, splitItems, splitNotes, valueText } from './value-parsers.ts';

export interface RowContext {
  lang: Language;
  /** ISO date: `createdOn` of rows that give none. */
  today: string;
  organisationId: string | null;
  /** The column each mapped field is read from. */
  columns: ReadonlyMap<XlsxImportField, ProposedColumn>;
  lookup: RegisterLookup;
}


/** A problem of `row` in the column of `field`, worded by `xlsx:problems.<key>`. */
export function rowProblem(context: RowContext, row: number, field: XlsxImportField | null, key: string, params: Record<string, unknown> = {}): XlsxProblem {
  const column = field ? context.columns.get(field) : undefined;
  return { row, column: column?.letter ?? null, header: column?.header ?? null, message: translator(context.lang)(`xlsx:problems.${key}`, params) };
}


/** A choice from an enumeration, or a problem listing the choices. */
function choice<T extends string>(text: string, enumeration: string, values: readonly T[], extra: Record<string, T>, field: XlsxImportField, report: Report, t: Translate): T | null {
  const parsed = parseEnum(text, enumeration, values, extra);
  if (!parsed) report(field, 'badChoice', { value: text, choices: values.map((v) => t(`fields:enums.${enumeration}.${v}`)).join(', ') });
  return parsed;
}

/** Reads one row; the draft's number is '' when the row gives none (the plan numbers it). */
export function readRow(row: TableRow, context: RowContext): { draft: ActivityDraft; problems: XlsxProblem[] } {
  const problems: XlsxProblem[] = [];
  const t = translator(context.lang);
  const lookup = context.lookup;
  const get = (field: XlsxImportField): ReadValue => {
    const column = context.columns.get(field);
    return column ? (row.cells.get(column.letter) ?? null) : null;
  };
  const text = (field: XlsxImportField): string => valueText(get(field));
  const report: Report = (field, key, params = {}) => problems.push(rowProblem(context, row.row, field, key, params));
  const refusal = (field: XlsxImportField) => (detail: string) => report(field, 'invalid', { field: fieldLabel(field, t), detail });
  const draft = emptyActivity(context.organisationId ?? 'organisation', context.today) as ActivityDraft;
  draft.status = 'active';
  const extraNotes: string[] = [];

  // Name and purposes: a row named only by its purpose (the ICO template has no name column) takes the first one.
  const purposeItems = text('purposes').split('\n').map((line) => numbered(line.trim())).filter((item) => item.text);
  draft.name = text('name') || (purposeItems[0]?.text ?? '');
  if (!text('name') && draft.name.length > 500) draft.name = `${draft.name.slice(0, 499)}…`;
  if (!draft.name) report(context.columns.has('name') ? 'name' : 'purposes', 'nameMissing');
  draft.number = text('number');
  draft.description = text('description');
  draft.purposes = purposeItems.map((item) => emptyPurpose(item.text));
  const purposeIndex = new Map(purposeItems.flatMap((item, position) => (item.index === null ? [] : [[item.index, position] as const])));

  if (text('kind')) draft.kind = choice(text('kind'), 'kind', ACTIVITY_KINDS, KIND_SYNONYMS, 'kind', report, t) ?? draft.kind;
  if (text('status')) draft.status = choice(text('status'), 'status', ACTIVITY_STATUSES, STATUS_SYNONYMS, 'status', report, t) ?? draft.status;
  draft.ownerUnit = text('ownerUnit');
  draft.ownerPerson = text('ownerPerson');

  const bases = splitBasesColumn(text('legalBases'));
  if (bases.activity) draft.legalBasisIds = lookup.legalBases(bases.activity, (value) => report('legalBases', 'unknownLegalBasis', { value }));
  readLegalBases(draft, bases.purposes, purposeIndex, lookup, report);
  readLegitimateInterests(draft, text('legitimateInterest'), text('legitimateInterestAssessment'), purposeIndex, lookup);

  const art9Notes: string[] = [];
  for (const item of splitItems(text('art9Conditions'))) {
    const id = lookup.art9Condition(item);
    if (!id) art9Notes.push(item);
    else if (!draft.art9ConditionIds.includes(id)) draft.art9ConditionIds.push(id);
  }
  draft.art9Notes = art9Notes.join('\n');
  draft.art10Basis = text('art10Basis');

  for (const item of splitItems(text('dataSubjects'))) {
    for (const id of lookup.catalogueEntries('dataSubjectCategories', item, 'ordinary', refusal('dataSubjects'))) {
      if (!draft.dataSubjectCategoryIds.includes(id)) draft.dataSubjectCategoryIds.push(id);
    }
  }
  for (const item of splitItems(text('dataCategories'))) {
    const { main, notes } = splitNotes(item);
    const flag = categoryFlag(main);
    for (const id of lookup.catalogueEntries('dataCategories', flag.name, flag.kind, refusal('dataCategories'))) {
      if (!draft.dataCategories.some((c) => c.dataCategoryId === id)) draft.dataCategories.push({ dataCategoryId: id, retentionRuleId: null, notes });
    }
  }
  const sourceNotes: string[] = [];
  const heldCategory = (name: string) => {
    const id = lookup.find('dataCategories', name);
    return id && draft.dataCategories.some((row) => row.dataCategoryId === id) ? id : null;
  };
  for (const item of splitItems(text('sources'))) {
    const named = namedSourceOf(item, heldCategory);
    const source = named ? null : parseEnum(item, 'sourceType', SOURCE_TYPES, SOURCE_SYNONYMS);
    if (named) draft.namedSources.push(named);
    else if (!source) sourceNotes.push(item);
    else if (!draft.sourceTypes.includes(source)) draft.sourceTypes.push(source);
  }
  draft.sourceNotes = sourceNotes.join('\n');
  draft.recipientsNone = isNoneAnswer(text('recipients'), 'recipients');
  for (const item of draft.recipientsNone ? [] : splitItems(text('recipients'))) {
    const { main, notes } = splitNotes(item);
    for (const id of lookup.catalogueEntries('recipientCategories', main, 'ordinary', refusal('recipients'))) {
      if (!draft.recipients.some((r) => r.recipientCategoryId === id)) draft.recipients.push({ recipientCategoryId: id, notes });
    }
  }

  const link = (name: string, notes: string, role: ProcessorRole): string | null => {
    const id = lookup.processor(name, role, refusal(role === 'joint_controller' ? 'jointControllers' : 'processors'));
    if (id && !draft.processors.some((p) => p.processorId === id)) draft.processors.push({ processorId: id, notes });
    return id;
  };
  draft.processorsNone = isNoneAnswer(text('processors'), 'processors');
  for (const item of draft.processorsNone ? [] : splitItems(text('processors'))) link(splitNotes(item).main, splitNotes(item).notes, 'processor');
  for (const item of splitItems(text('jointControllers'))) link(splitNotes(item).main, splitNotes(item).notes, 'joint_controller');
  draft.jointControllerArrangement = text('jointControllerArrangement');
  const controllers = text('controllers').split('\n').map((line) => line.trim()).filter(Boolean);
  if (controllers.length > 0 && draft.kind !== 'processor') report('controllers', 'controllersOnlyForProcessor');
  draft.controllers = controllers.map(controllerOf);

  draft.transfersNone = isNoneAnswer(text('transferCountries'), 'transfers');
  if (!draft.transfersNone) readTransfers(draft, text('transferCountries'), text('transferSafeguards'), lookup, report, link, extraNotes, t);

  const securityNotes = [text('securityNotes')];
  for (const item of splitItems(text('securityMeasures'))) {
    const id = lookup.find('securityMeasures', item);
    if (!id) securityNotes.push(item);
    else if (!draft.securityMeasureIds.includes(id)) draft.securityMeasureIds.push(id);
  }
  draft.securityNotes = securityNotes.filter(Boolean).join('\n');
  draft.systems = text('systems');
  draft.dataLocation = text('dataLocation');

  readAutomatedDecision(draft, text('automatedDecision'), (value) => report('automatedDecision', 'badYesNo', { value }));
  if (text('profiling')) {
    const profiling = parseYesNo(text('profiling'));
    if (profiling === null) report('profiling', 'badYesNo', { value: text('profiling') });
    else draft.profiling = profiling;
  }
  draft.automatedDecisionLogic = [draft.automatedDecisionLogic, text('automatedDecisionLogic')].filter(Boolean).join('\n');
  draft.automatedDecisionNoEffectReason = text('automatedDecisionNoEffectReason');
  draft.profilingInformation = text('profilingInformation');
  for (const field of ['approxSubjects', 'approxRecords'] as const) {
    const count = parseCount(text(field));
    if (count === undefined) refusal(field)(t('validation:integer'));
    else draft[field] = count;
  }
  const dpia = text('dpiaStatus');
  if (dpia) {
    const status = parseEnum(dpia, 'dpiaStatus', DPIA_STATUSES, DPIA_SYNONYMS) ?? parseEnum(splitItems(dpia)[0] ?? '', 'dpiaStatus', DPIA_STATUSES, DPIA_SYNONYMS);
    const yes = parseYesNo(dpia);
    if (status) draft.dpiaStatus = status;
    else if (yes !== null) {
      // "Yes — see the DPIA of 2025": required, and the rest kept as notes.
      draft.dpiaStatus = yes ? 'required' : 'not_required';
      if (splitItems(dpia).length > 1 || dpia.includes(' ')) draft.dpiaNotes = dpia;
    } else choice(dpia, 'dpiaStatus', DPIA_STATUSES, DPIA_SYNONYMS, 'dpiaStatus', report, t);
  }
  for (const item of splitItems(text('dpiaCriteria'))) {
    const criterion = choice(item, 'dpiaCriterion', DPIA_CRITERIA, {}, 'dpiaCriteria', report, t);
    if (criterion && !draft.dpiaCriteria.includes(criterion)) draft.dpiaCriteria.push(criterion);
  }
  draft.dpiaNotes = [draft.dpiaNotes, text('dpiaNotes')].filter(Boolean).join('\n');
  draft.dpiaReference = text('dpiaReference');

  const date = (field: XlsxImportField): string | null => {
    const value = get(field);
    if (value === null) return null;
    const iso = parseDateValue(value);
    if (!iso) report(field, 'badDate', { value: valueText(value) });
    return iso;
  };
  draft.createdOn = date('createdOn') ?? context.today;
  draft.lastReviewedOn = date('lastReviewedOn');
  draft.nextReviewOn = date('nextReviewOn');
  draft.endedOn = date('endedOn');
  draft.dpiaCompletedOn = date('dpiaCompletedOn');
  draft.reviewedBy = text('reviewedBy');

  // Last: the retention text links to the data categories read above.
  readRetention(draft, text('retention'), lookup, refusal('retention'), extraNotes, t);
  draft.notes = [text('notes'), ...extraNotes].filter(Boolean).join('\n');

  if (problems.length === 0) {
    const parsed = ActivityInput.safeParse({ ...draft, number: draft.number || 'PD-00' }, { error: issueKey });
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = fieldOfIssue(issue.path);
      report(field && context.columns.has(field) ? field : null, 'invalid', {
        field: field ? fieldLabel(field, t) : issue.path.join('.'),
        detail: translateMessage(issue.message, t),
      });
    }
  }
  return { draft, problems };
}
