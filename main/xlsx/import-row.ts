/**
 * One spreadsheet row -> one activity draft, with every problem that keeps
 * the row out (row number, column, reason in the user's language). What it
 * does with each kind of text is explained in import-plan.ts.
 */
import { isNoneAnswer } from './none-answers.ts';
import type { XlsxImportField, XlsxProblem } from '../../shared/contract/xlsx.ts';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  ART22_BASES,
  ActivityInput,
  DPIA_CRITERIA,
  DPIA_STATUSES,
  SOURCE_TYPES,
  emptyActivity,
  type ActivityDraft,
} from '../../shared/domain/activity.ts';
import type { DataCategoryKind } from '../../shared/domain/catalogues.ts';
import type { ProcessorRole } from '../../shared/domain/processor.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';
import { issueKey, translateMessage } from '../../shared/validation.ts';
import { effectiveBases } from '../../shared/domain/legal-basis-inheritance.ts';
import type { ReadValue } from './cells.ts';
import { fieldLabel, type ProposedColumn } from './column-map.ts';
import { namedSourceOf, splitBasesColumn } from './import-bases-sources.ts';
import type { RegisterLookup } from './import-records.ts';
import type { TableRow } from './import-table.ts';
import { DPIA_SYNONYMS, KIND_SYNONYMS, SOURCE_SYNONYMS, STATUS_SYNONYMS, fieldOfIssue } from './import-vocabulary.ts';
import { mechanismFromText, numbered, parseDateValue, parseCount, parseEnum, parseYesNo, splitItems, splitNotes, valueText } from './value-parsers.ts';

export interface RowContext {
  lang: Language;
  /** ISO date: `createdOn` of rows that give none. */
  today: string;
  organisationId: string | null;
  /** The column each mapped field is read from. */
  columns: ReadonlyMap<XlsxImportField, ProposedColumn>;
  lookup: RegisterLookup;
}

type Report = (field: XlsxImportField | null, key: string, params?: Record<string, unknown>) => void;

/** A problem of `row` in the column of `field`, worded by `xlsx:problems.<key>`. */
export function rowProblem(context: RowContext, row: number, field: XlsxImportField | null, key: string, params: Record<string, unknown> = {}): XlsxProblem {
  const column = field ? context.columns.get(field) : undefined;
  return { row, column: column?.letter ?? null, header: column?.header ?? null, message: translator(context.lang)(`xlsx:problems.${key}`, params) };
}

/** Labels in both languages, since a workbook may have been exported in either. */
const bothLanguages = (key: string): string[] => (['lv', 'en'] as const).map((lang) => translator(lang)(key));

const emptyPurpose = (description: string) => ({
  description,
  legalBasisIds: [] as string[],
  legitimateInterest: '',
  legitimateInterestAssessment: '',
  legitimateInterestAssessedOn: null,
});

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

/** Legal bases per purpose: numbered lines go to that purpose; as many lines as purposes pair up; otherwise all go to each. */
function readLegalBases(draft: ActivityDraft, text: string, purposeIndex: ReadonlyMap<number, number>, lookup: RegisterLookup, report: Report): void {
  const lines = text.split('\n').map((line) => numbered(line.trim())).filter((line) => line.text);
  const basesOfLine = lines.map((line) => lookup.legalBases(line.text, (value) => report('legalBases', 'unknownLegalBasis', { value })));
  if (basesOfLine.some((ids) => ids.length > 0) && draft.purposes.length === 0) draft.purposes.push(emptyPurpose(draft.name || '—'));
  const assign = (position: number, ids: string[], line?: { index: number | null }) => {
    const purpose = draft.purposes[position];
    if (purpose) purpose.legalBasisIds = [...new Set([...purpose.legalBasisIds, ...ids])];
    else if (line) report('legalBases', 'noSuchPurpose', { number: line.index });
  };
  if (lines.length > 0 && lines.every((line) => line.index !== null)) {
    lines.forEach((line, i) => assign(purposeIndex.get(line.index as number) ?? -1, basesOfLine[i] ?? [], line));
  } else if (lines.length > 1 && lines.length === draft.purposes.length) {
    lines.forEach((_line, i) => assign(i, basesOfLine[i] ?? []));
  } else {
    const all = [...new Set(basesOfLine.flat())];
    draft.purposes.forEach((_purpose, position) => assign(position, all));
  }
}

/**
 * Legitimate interests and their assessment go to the purposes relying on
 * Art. 6(1)(f) (numbered lines to that purpose). ROPA's export writes
 * 'interest; Balancing assessment: ref; dd.mm.gggg', read back into parts.
 */
function readLegitimateInterests(
  draft: ActivityDraft,
  interests: string,
  assessments: string,
  purposeIndex: ReadonlyMap<number, number>,
  lookup: RegisterLookup,
): void {
  const assessmentLabels = bothLanguages('fields:activity.legitimateInterestAssessment').map((label) => `${label}:`);
  const targets = (): number[] => {
    const withF = draft.purposes.flatMap((purpose, position) => (effectiveBases(draft, purpose).ids.some((id) => lookup.pointOf(id) === 'f') ? [position] : []));
    return withF.length > 0 ? withF : draft.purposes.length > 0 ? [0] : [];
  };
  const distribute = (text: string, apply: (purpose: ActivityDraft['purposes'][number], line: string) => void) => {
    const lines = text.split('\n').map((line) => numbered(line.trim())).filter((line) => line.text);
    if (lines.length === 0) return;
    if (draft.purposes.length === 0) draft.purposes.push(emptyPurpose(draft.name || '—'));
    if (lines.every((line) => line.index !== null)) {
      for (const line of lines) {
        const purpose = draft.purposes[purposeIndex.get(line.index as number) ?? -1];
        if (purpose) apply(purpose, line.text);
      }
    } else {
      const joined = lines.map((line) => line.text).join('\n');
      for (const position of targets()) apply(draft.purposes[position]!, joined);
    }
  };
  distribute(interests, (purpose, line) => {
    const rest: string[] = [];
    for (const part of line.split('; ')) {
      const label = assessmentLabels.find((l) => part.startsWith(l));
      const iso = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(part.trim()) ? parseDateValue(part.trim()) : null;
      if (label) purpose.legitimateInterestAssessment = part.slice(label.length).trim();
      else if (iso) purpose.legitimateInterestAssessedOn = iso;
      else rest.push(part);
    }
    purpose.legitimateInterest = rest.join('; ');
  });
  distribute(assessments, (purpose, line) => {
    const iso = parseDateValue(line);
    if (iso) purpose.legitimateInterestAssessedOn = iso;
    else purpose.legitimateInterestAssessment = line;
  });
}

/** ROPA's export marks special and criminal categories in parentheses; the mark gives a new entry its kind. */
function categoryFlag(text: string): { name: string; kind: DataCategoryKind } {
  for (const kind of ['special', 'criminal'] as const) {
    for (const label of bothLanguages(`xlsx:text.${kind}`)) {
      const mark = ` (${label})`;
      if (text.endsWith(mark)) return { name: text.slice(0, -mark.length).trim(), kind };
    }
  }
  return { name: text, kind: 'ordinary' };
}

/** A controller we act for; ROPA's processor sheet writes 'Name; Registration number: X; contact'. */
function controllerOf(line: string): ActivityDraft['controllers'][number] {
  const parts = line.split('; ');
  const regLabels = bothLanguages('fields:controller.regNo').map((label) => `${label}: `);
  let regNo = '';
  const rest: string[] = [];
  for (const part of parts.slice(1)) {
    const label = regLabels.find((l) => part.startsWith(l));
    if (label) regNo = part.slice(label.length);
    else rest.push(part);
  }
  return { name: parts[0] ?? line, regNo, contact: rest.join('; '), representative: '', dpoContact: '', processingCategories: '', contractReference: '' };
}

/**
 * One transfer per country ('Country — recipient' names the recipient);
 * safeguard lines go to their country ('Country: …'), pair up with the
 * countries, or else apply to every transfer.
 */
function readTransfers(
  draft: ActivityDraft,
  countries: string,
  safeguards: string,
  lookup: RegisterLookup,
  report: Report,
  link: (name: string, notes: string, role: ProcessorRole) => string | null,
  extraNotes: string[],
  t: Translate,
): void {
  for (const item of splitItems(countries)) {
    const { main, notes } = splitNotes(item);
    const countryId = lookup.find('countries', main);
    if (!countryId) {
      report('transferCountries', 'unknownCountry', { value: main });
      continue;
    }
    draft.transfers.push({ countryId, processorId: notes ? link(notes, '', 'processor') : null, transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' });
  }
  const lines = safeguards.split('\n').map((line) => line.trim()).filter((line) => line && line !== '—');
  if (lines.length === 0) return;
  if (draft.transfers.length === 0) {
    extraNotes.push(`${t('xlsx:headers.transferSafeguards')}: ${lines.join('\n')}`);
    return;
  }
  const open = () => draft.transfers.filter((transfer) => !transfer.safeguardDocuments && transfer.transferMechanismId === null);
  const generic: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(': ');
    const countryId = colon > 0 ? lookup.find('countries', line.slice(0, colon)) : null;
    const transfer = countryId ? open().find((candidate) => candidate.countryId === countryId) : undefined;
    if (transfer) readSafeguard(transfer, line.slice(colon + 2), lookup);
    else generic.push(line);
  }
  if (generic.length === 0) return;
  const remaining = open();
  if (generic.length === remaining.length) remaining.forEach((transfer, i) => readSafeguard(transfer, generic[i]!, lookup));
  else for (const transfer of remaining) readSafeguard(transfer, generic.join('\n'), lookup);
}

/** 'Mechanism name; documents; Justification of the derogation: …' (ROPA's export) or any text naming a mechanism. */
function readSafeguard(transfer: ActivityDraft['transfers'][number], text: string, lookup: RegisterLookup): void {
  const parts = text.split('; ');
  const named = lookup.find('transferMechanisms', parts[0] ?? '');
  if (!named) {
    transfer.transferMechanismId = mechanismFromText(text);
    transfer.safeguardDocuments = text;
    return;
  }
  const derogationLabels = bothLanguages('fields:activity.derogationJustification').map((label) => `${label}: `);
  transfer.transferMechanismId = named;
  const documents: string[] = [];
  for (const part of parts.slice(1)) {
    const label = derogationLabels.find((l) => part.startsWith(l));
    if (label) transfer.derogationJustification = part.slice(label.length);
    else documents.push(part);
  }
  transfer.safeguardDocuments = documents.join('; ');
}

/** Yes/no on the first line; ROPA's export adds the legal-effect line and the Art. 22(2) basis; anything else is the logic involved. */
function readAutomatedDecision(draft: ActivityDraft, text: string, bad: (value: string) => void): void {
  if (!text) return;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const yes = parseYesNo(first);
  if (yes === null) {
    bad(first);
    return;
  }
  draft.automatedDecision = yes;
  const legalEffect = bothLanguages('fields:activity.automatedDecisionLegalEffect');
  const basisLabels = bothLanguages('fields:activity.art22Basis').map((label) => `${label}: `);
  const logic: string[] = [];
  for (const line of [first.replace(/^\s*\S+[\s,.:;—–-]*/, '').trim(), ...lines.slice(1)].filter(Boolean)) {
    const basisLabel = basisLabels.find((label) => line.startsWith(label));
    const basis = basisLabel ? parseEnum(line.slice(basisLabel.length), 'art22Basis', ART22_BASES) : null;
    if (legalEffect.includes(line)) draft.automatedDecisionLegalEffect = true;
    else if (basis) draft.art22Basis = basis;
    else logic.push(line);
  }
  draft.automatedDecisionLogic = logic.join('\n');
}

/**
 * ROPA's export: 'Data category — Rule name: summary' per data category,
 * each linked to its rule. Any other text: one rule for the row's data
 * categories (reused when the register has one of that name); without data
 * categories, the text is kept in the notes.
 */
function readRetention(draft: ActivityDraft, text: string, lookup: RegisterLookup, refuse: (detail: string) => void, extraNotes: string[], t: Translate): void {
  if (!text) return;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const noRule = bothLanguages('xlsx:text.noRule');
  const perCategory = lines.map((line) => {
    const { main, notes } = splitNotes(line);
    const colon = notes.indexOf(': ');
    return {
      category: lookup.find('dataCategories', main),
      none: noRule.includes(notes),
      ruleName: colon > 0 ? notes.slice(0, colon) : '',
      summary: colon > 0 ? notes.slice(colon + 2) : '',
    };
  });
  if (perCategory.every((entry) => entry.category && draft.dataCategories.some((c) => c.dataCategoryId === entry.category) && (entry.none || entry.ruleName))) {
    for (const entry of perCategory) {
      if (entry.none) continue;
      const ruleId = lookup.rule(entry.ruleName) ?? lookup.newRule(entry.ruleName, entry.summary, refuse);
      const category = draft.dataCategories.find((c) => c.dataCategoryId === entry.category);
      if (category && ruleId) category.retentionRuleId = ruleId;
    }
    return;
  }
  if (draft.dataCategories.length === 0) {
    extraNotes.push(`${t('fields:activity.retention')}: ${text}`);
    return;
  }
  const firstLine = lines[0] ?? text;
  const name = firstLine.length > 500 ? `${firstLine.slice(0, 499)}…` : firstLine;
  const ruleId = lookup.rule(text) ?? lookup.rule(name) ?? lookup.newRule(name, text, refuse);
  if (!ruleId) return;
  for (const category of draft.dataCategories) if (category.retentionRuleId === null) category.retentionRuleId = ruleId;
}
