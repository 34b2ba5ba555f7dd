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
  type ActivityInput as ActivityInputType,
  type SourceType,
} from '../../shared/domain/activity.ts';
import { catalogueInputs, type CatalogueName, type Catalogues, type DataCategoryKind } from '../../shared/domain/catalogues.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import { ProcessorInput, type Processor, type ProcessorRole } from '../../shared/domain/processor.ts';
import { EXPIRY_ACTIONS, RetentionRuleInput, type RetentionRule } from '../../shared/domain/retention.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';
import { issueKey, translateMessage } from '../../shared/validation.ts';
import { AppError } from '../errors.ts';
import type { DB } from '../db/schema.ts';
import { saveActivity } from '../db/repositories/activity-repository.ts';
import { listCatalogues, saveCatalogueEntry } from '../db/repositories/catalogue-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors, saveProcessor } from '../db/repositories/processor-repository.ts';
import { listRetentionRules, saveRetentionRule } from '../db/repositories/retention-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { fieldLabel, proposeMapping, REQUIRED_ONE_OF, type ProposedColumn } from './column-map.ts';
import type { ReadValue } from './cells.ts';
import type { RegisterTable, TableRow } from './import-table.ts';
import {
  COUNTRY_SYNONYMS,
  NameIndex,
  art9Point,
  legalBasisPoint,
  mechanismFromText,
  numbered,
  parseDateValue,
  parseEnum,
  parsePeriod,
  parseYesNo,
  splitItems,
  splitNotes,
  valueText,
} from './value-parsers.ts';

/** What of the register an import plan is made against. */
export interface RegisterState {
  organisations: Organisation[];
  catalogues: Catalogues;
  processors: Processor[];
  retentionRules: RetentionRule[];
  activities: Array<{ organisationId: string; number: string; name: string }>;
}

export async function loadRegisterState(db: Kysely<DB>): Promise<RegisterState> {
  return {
    organisations: await listOrganisations(db),
    catalogues: await listCatalogues(db),
    processors: await loadProcessors(db),
    retentionRules: await listRetentionRules(db),
    activities: await db.selectFrom('activity').select(['organisation_id as organisationId', 'number', 'name']).execute(),
  };
}

export interface PlanOptions {
  mapping?: XlsxMapping | undefined;
  organisationId?: string | undefined;
  lang: Language;
  /** ISO date: `createdOn` of rows that give none. */
  today: string;
}

type NewCatalogue = 'dataCategories' | 'dataSubjectCategories' | 'recipientCategories';

export interface NewEntry<T> {
  /** A placeholder id the planned activities use until the entry exists. */
  key: string;
  name: string;
  input: T;
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

type ProcessorFields = ReturnType<typeof ProcessorInput.parse>;
type RuleFields = ReturnType<typeof RetentionRuleInput.parse>;

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

/** The activity field a validation issue is about -> the import field whose column fed it. */
function fieldOfIssue(path: readonly PropertyKey[]): XlsxImportField | null {
  const [first, , third] = path.map(String);
  const direct: Record<string, XlsxImportField> = {
    number: 'number',
    name: 'name',
    description: 'description',
    kind: 'kind',
    status: 'status',
    ownerUnit: 'ownerUnit',
    ownerPerson: 'ownerPerson',
    art9ConditionIds: 'art9Conditions',
    art9Notes: 'art9Conditions',
    art10Basis: 'art10Basis',
    dataSubjectCategoryIds: 'dataSubjects',
    dataCategories: 'dataCategories',
    sourceTypes: 'sources',
    sourceNotes: 'sources',
    recipients: 'recipients',
    processors: 'processors',
    jointControllerArrangement: 'jointControllerArrangement',
    controllers: 'controllers',
    securityMeasureIds: 'securityMeasures',
    securityNotes: 'securityNotes',
    systems: 'systems',
    dataLocation: 'dataLocation',
    automatedDecision: 'automatedDecision',
    automatedDecisionLegalEffect: 'automatedDecision',
    art22Basis: 'automatedDecision',
    profiling: 'profiling',
    automatedDecisionLogic: 'automatedDecisionLogic',
    dpiaStatus: 'dpiaStatus',
    dpiaReference: 'dpiaReference',
    dpiaCompletedOn: 'dpiaCompletedOn',
    dpiaNotes: 'dpiaNotes',
    dpiaCriteria: 'dpiaCriteria',
    createdOn: 'createdOn',
    lastReviewedOn: 'lastReviewedOn',
    reviewedBy: 'reviewedBy',
    nextReviewOn: 'nextReviewOn',
    endedOn: 'endedOn',
    notes: 'notes',
  };
  if (first === 'purposes') {
    if (third === 'legalBasisIds') return 'legalBases';
    if (third === 'legitimateInterest') return 'legitimateInterest';
    if (third?.startsWith('legitimateInterest')) return 'legitimateInterestAssessment';
    return 'purposes';
  }
  if (first === 'transfers') return third === 'countryId' || third === 'processorId' ? 'transferCountries' : 'transferSafeguards';
  return first ? (direct[first] ?? null) : null;
}

const KIND_SYNONYMS: Record<string, (typeof ACTIVITY_KINDS)[number]> = {
  pārzinis: 'controller',
  controller: 'controller',
  apstrādātājs: 'processor',
  processor: 'processor',
};
const STATUS_SYNONYMS: Record<string, (typeof ACTIVITY_STATUSES)[number]> = {
  aktīvs: 'active',
  spēkā: 'active',
  'in use': 'active',
  current: 'active',
  live: 'active',
  izbeigts: 'ended',
  beidzies: 'ended',
  closed: 'ended',
  retired: 'ended',
  plānots: 'draft',
  planned: 'draft',
};
const DPIA_SYNONYMS: Record<string, (typeof DPIA_STATUSES)[number]> = {
  jā: 'required',
  yes: 'required',
  nē: 'not_required',
  no: 'not_required',
  'nav nepieciešams': 'not_required',
  'not needed': 'not_required',
  completed: 'done',
  complete: 'done',
  pabeigts: 'done',
  'in progress': 'in_progress',
  procesā: 'in_progress',
  'nav izvērtēts': 'not_assessed',
};
const SOURCE_SYNONYMS: Record<string, SourceType> = {
  'datu subjekts': 'data_subject',
  'no datu subjekta': 'data_subject',
  'data subject': 'data_subject',
  individual: 'data_subject',
  'the individual': 'data_subject',
  'from the individual': 'data_subject',
  'directly from the individual': 'data_subject',
  'from the data subject': 'data_subject',
  'no paša datu subjekta': 'data_subject',
  'from third parties': 'third_party',
  'no trešajām personām': 'third_party',
  'trešā persona': 'third_party',
  'trešās personas': 'third_party',
  'third party': 'third_party',
  'third parties': 'third_party',
  'publiski avoti': 'public',
  'publiskie reģistri': 'public',
  public: 'public',
  'public sources': 'public',
  'publicly available': 'public',
  novērošana: 'observed',
  observed: 'observed',
};

/** Every catalogue entry's names in both languages and its id. */
function catalogueIndex(entries: ReadonlyArray<{ id: string; nameLv: string; nameEn: string }>, extra: Record<string, string> = {}): NameIndex {
  const index = new NameIndex(entries.map((entry) => ({ id: entry.id, names: [entry.nameLv, entry.nameEn, entry.id] })));
  for (const [name, id] of Object.entries(extra)) if (entries.some((entry) => entry.id === id)) index.add({ id, names: [name] });
  return index;
}

class PlanBuilder {
  readonly problems: XlsxProblem[] = [];
  readonly activities: Array<{ row: number; draft: ActivityDraft }> = [];
  readonly newCatalogueEntries: ImportPlan['newCatalogueEntries'] = [];
  readonly newProcessors: ImportPlan['newProcessors'] = [];
  readonly newRules: ImportPlan['newRules'] = [];
  private readonly t: Translate;
  private readonly byField = new Map<XlsxImportField, ProposedColumn>();
  private readonly indexes: Record<CatalogueName, NameIndex>;
  private readonly processorIndex: NameIndex;
  private readonly ruleIndex: NameIndex;
  private readonly numbersTaken = new Map<string, string>();
  private readonly numbersInFile = new Map<string, number>();
  private readonly rowsWithoutNumber: Array<{ draft: ActivityDraft }> = [];
  private rowProblems = 0;
  private readonly state: RegisterState;
  private readonly organisationId: string | null;
  private readonly options: PlanOptions;

  constructor(state: RegisterState, columns: readonly ProposedColumn[], organisationId: string | null, options: PlanOptions) {
    this.state = state;
    this.organisationId = organisationId;
    this.options = options;
    this.t = translator(options.lang);
    for (const column of columns) if (column.field) this.byField.set(column.field, column);
    const catalogues = state.catalogues;
    const countrySynonyms = Object.fromEntries(Object.entries(COUNTRY_SYNONYMS));
    this.indexes = {
      dataCategories: catalogueIndex(catalogues.dataCategories),
      dataSubjectCategories: catalogueIndex(catalogues.dataSubjectCategories),
      recipientCategories: catalogueIndex(catalogues.recipientCategories),
      legalBases: catalogueIndex(catalogues.legalBases),
      art9Conditions: catalogueIndex(catalogues.art9Conditions),
      countries: catalogueIndex(catalogues.countries, countrySynonyms),
      transferMechanisms: catalogueIndex(catalogues.transferMechanisms),
      securityMeasures: catalogueIndex(catalogues.securityMeasures),
    };
    this.processorIndex = new NameIndex(state.processors.map((p) => ({ id: p.id, names: [p.name] })));
    this.ruleIndex = new NameIndex(state.retentionRules.map((r) => ({ id: r.id, names: [r.name] })));
    for (const activity of state.activities) {
      if (activity.organisationId === organisationId) this.numbersTaken.set(activity.number, activity.name);
    }
  }

  get rejectedRows(): number {
    return this.rowProblems;
  }

  /** Every table row, then numbers for the rows that had none. */
  build(rows: readonly TableRow[]): void {
    for (const row of rows) this.row(row);
    const used = [...this.numbersTaken.keys(), ...this.numbersInFile.keys()];
    let next = Math.max(0, ...used.map((number) => Number(/^PD-(\d+)$/.exec(number)?.[1] ?? 0))) + 1;
    for (const { draft } of this.rowsWithoutNumber) {
      draft.number = `PD-${String(next).padStart(2, '0')}`;
      next += 1;
    }
  }

  private row(row: TableRow): void {
    const problemsBefore = this.problems.length;
    const get = (field: XlsxImportField): ReadValue => {
      const column = this.byField.get(field);
      return column ? (row.cells.get(column.letter) ?? null) : null;
    };
    const text = (field: XlsxImportField): string => valueText(get(field));
    const problem = (field: XlsxImportField | null, key: string, params: Record<string, unknown> = {}) => {
      const column = field ? this.byField.get(field) : undefined;
      this.problems.push({ row: row.row, column: column?.letter ?? null, header: column?.header ?? null, message: this.t(`xlsx:problems.${key}`, params) });
    };
    const t = this.t;
    const draft = emptyActivity(this.organisationId ?? 'organisation', this.options.today) as ActivityDraft;
    draft.status = 'active';
    const extraNotes: string[] = [];

    // Purposes, name and number.
    const purposeItems = text('purposes')
      .split('\n')
      .map((line) => numbered(line.trim()))
      .filter((item) => item.text.length > 0);
    draft.name = text('name') || (purposeItems[0]?.text ?? '');
    if (!text('name') && draft.name.length > 500) draft.name = `${draft.name.slice(0, 499)}…`;
    if (!draft.name) problem(this.byField.has('name') ? 'name' : 'purposes', 'nameMissing');
    draft.description = text('description');
    draft.purposes = purposeItems.map((item) => ({
      description: item.text,
      legalBasisIds: [],
      legitimateInterest: '',
      legitimateInterestAssessment: '',
      legitimateInterestAssessedOn: null,
    }));
    const purposeIndex = new Map(purposeItems.flatMap((item, position) => (item.index === null ? [] : [[item.index, position] as const])));

    const number = text('number');
    if (number) {
      const firstRow = this.numbersInFile.get(number);
      if (firstRow !== undefined) problem('number', 'duplicateNumber', { number, row: firstRow });
      else if (this.numbersTaken.has(number)) problem('number', 'numberTaken', { number, name: this.numbersTaken.get(number) });
      else this.numbersInFile.set(number, row.row);
      draft.number = number;
    } else this.rowsWithoutNumber.push({ draft });

    const kind = text('kind');
    if (kind) {
      const parsed = parseEnum(kind, 'kind', ACTIVITY_KINDS, KIND_SYNONYMS);
      if (parsed) draft.kind = parsed;
      else problem('kind', 'badChoice', { value: kind, choices: ACTIVITY_KINDS.map((k) => t(`fields:enums.kind.${k}`)).join(', ') });
    }
    const status = text('status');
    if (status) {
      const parsed = parseEnum(status, 'status', ACTIVITY_STATUSES, STATUS_SYNONYMS);
      if (parsed) draft.status = parsed;
      else problem('status', 'badChoice', { value: status, choices: ACTIVITY_STATUSES.map((s) => t(`fields:enums.status.${s}`)).join(', ') });
    }
    draft.ownerUnit = text('ownerUnit');
    draft.ownerPerson = text('ownerPerson');

    // Legal bases per purpose: numbered lines go to that purpose; as many lines as purposes pair up; otherwise all to each.
    const basisLines = text('legalBases').split('\n').map((line) => numbered(line.trim())).filter((line) => line.text);
    const basesOfLine = basisLines.map((line) => this.legalBases(line.text, (value) => problem('legalBases', 'unknownLegalBasis', { value })));
    if (basesOfLine.some((ids) => ids.length > 0) && draft.purposes.length === 0) {
      draft.purposes.push({ description: draft.name || '—', legalBasisIds: [], legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null });
    }
    const assign = (lineIndex: number, position: number, ids: string[]) => {
      const purpose = draft.purposes[position];
      if (purpose) purpose.legalBasisIds = [...new Set([...purpose.legalBasisIds, ...ids])];
      else if (lineIndex >= 0) problem('legalBases', 'noSuchPurpose', { number: basisLines[lineIndex]?.index });
    };
    if (basisLines.every((line) => line.index !== null) && basisLines.length > 0) {
      basisLines.forEach((line, i) => assign(i, purposeIndex.get(line.index as number) ?? -1, basesOfLine[i] ?? []));
    } else if (basisLines.length === draft.purposes.length && basisLines.length > 1) {
      basisLines.forEach((_line, i) => assign(i, i, basesOfLine[i] ?? []));
    } else {
      const all = [...new Set(basesOfLine.flat())];
      draft.purposes.forEach((_purpose, position) => assign(-1, position, all));
    }

    this.legitimateInterests(draft, text('legitimateInterest'), text('legitimateInterestAssessment'), purposeIndex);

    // Art. 9 and 10.
    const art9Notes: string[] = [];
    for (const item of splitItems(text('art9Conditions'))) {
      const id = this.art9Condition(item);
      if (id) {
        if (!draft.art9ConditionIds.includes(id)) draft.art9ConditionIds.push(id);
      } else art9Notes.push(item);
    }
    draft.art9Notes = art9Notes.join('\n');
    draft.art10Basis = text('art10Basis');

    // Data subjects, data categories, sources, recipients.
    for (const item of splitItems(text('dataSubjects'))) {
      for (const id of this.catalogueItems('dataSubjectCategories', item, row.row)) if (!draft.dataSubjectCategoryIds.includes(id)) draft.dataSubjectCategoryIds.push(id);
    }
    for (const item of splitItems(text('dataCategories'))) {
      const { main, notes } = splitNotes(item);
      const flag = this.categoryFlag(main);
      for (const id of this.catalogueItems('dataCategories', flag.name, row.row, flag.kind)) {
        if (!draft.dataCategories.some((c) => c.dataCategoryId === id)) draft.dataCategories.push({ dataCategoryId: id, retentionRuleId: null, notes });
      }
    }
    const sourceNotes: string[] = [];
    for (const item of splitItems(text('sources'))) {
      const source = parseEnum(item, 'sourceType', SOURCE_TYPES, SOURCE_SYNONYMS);
      if (source && !draft.sourceTypes.includes(source)) draft.sourceTypes.push(source);
      else if (!source) sourceNotes.push(item);
    }
    draft.sourceNotes = sourceNotes.join('\n');
    for (const item of splitItems(text('recipients'))) {
      const { main, notes } = splitNotes(item);
      for (const id of this.catalogueItems('recipientCategories', main, row.row)) {
        if (!draft.recipients.some((r) => r.recipientCategoryId === id)) draft.recipients.push({ recipientCategoryId: id, notes });
      }
    }

    // Processors, joint controllers, controllers.
    const link = (name: string, notes: string, role: ProcessorRole) => {
      const id = this.processor(name, role, row.row, (key) => problem(role === 'joint_controller' ? 'jointControllers' : 'processors', key));
      if (id && !draft.processors.some((p) => p.processorId === id)) draft.processors.push({ processorId: id, notes });
      return id;
    };
    for (const item of splitItems(text('processors'))) {
      const { main, notes } = splitNotes(item);
      link(main, notes, 'processor');
    }
    for (const item of splitItems(text('jointControllers'))) {
      const { main, notes } = splitNotes(item);
      link(main, notes, 'joint_controller');
    }
    draft.jointControllerArrangement = text('jointControllerArrangement');
    const controllers = text('controllers').split('\n').map((line) => line.trim()).filter(Boolean);
    if (controllers.length > 0 && draft.kind !== 'processor') problem('controllers', 'controllersOnlyForProcessor');
    draft.controllers = controllers.map((line) => this.controller(line));

    // Transfers.
    this.transfers(draft, text('transferCountries'), text('transferSafeguards'), problem, link, extraNotes);

    // Security, systems, location.
    const securityNotes = [text('securityNotes')];
    for (const item of splitItems(text('securityMeasures'))) {
      const id = this.indexes.securityMeasures.find(item);
      if (id && !draft.securityMeasureIds.includes(id)) draft.securityMeasureIds.push(id);
      else if (!id) securityNotes.push(item);
    }
    draft.securityNotes = securityNotes.filter(Boolean).join('\n');
    draft.systems = text('systems');
    draft.dataLocation = text('dataLocation');

    // Automated decisions and DPIA.
    this.automatedDecision(draft, text('automatedDecision'), (value) => problem('automatedDecision', 'badYesNo', { value }));
    const profiling = text('profiling');
    if (profiling) {
      const parsed = parseYesNo(profiling);
      if (parsed === null) problem('profiling', 'badYesNo', { value: profiling });
      else draft.profiling = parsed;
    }
    draft.automatedDecisionLogic = [draft.automatedDecisionLogic, text('automatedDecisionLogic')].filter(Boolean).join('\n');
    const dpia = text('dpiaStatus');
    if (dpia) {
      const parsed = parseEnum(dpia, 'dpiaStatus', DPIA_STATUSES, DPIA_SYNONYMS) ?? parseEnum(splitItems(dpia)[0] ?? '', 'dpiaStatus', DPIA_STATUSES, DPIA_SYNONYMS);
      if (parsed) draft.dpiaStatus = parsed;
      else if (parseYesNo(dpia) !== null) draft.dpiaStatus = parseYesNo(dpia) ? 'required' : 'not_required';
      else problem('dpiaStatus', 'badChoice', { value: dpia, choices: DPIA_STATUSES.map((s) => t(`fields:enums.dpiaStatus.${s}`)).join(', ') });
      if (parsed === null && parseYesNo(dpia) !== null && splitItems(dpia).length > 1) draft.dpiaNotes = dpia;
    }
    for (const item of splitItems(text('dpiaCriteria'))) {
      const criterion = parseEnum(item, 'dpiaCriterion', DPIA_CRITERIA);
      if (!criterion) problem('dpiaCriteria', 'badChoice', { value: item, choices: DPIA_CRITERIA.map((c) => t(`fields:enums.dpiaCriterion.${c}`)).join(', ') });
      else if (!draft.dpiaCriteria.includes(criterion)) draft.dpiaCriteria.push(criterion);
    }
    draft.dpiaNotes = [draft.dpiaNotes, text('dpiaNotes')].filter(Boolean).join('\n');
    draft.dpiaReference = text('dpiaReference');

    // Dates.
    const date = (field: XlsxImportField): string | null => {
      const value = get(field);
      if (value === null) return null;
      const iso = parseDateValue(value);
      if (!iso) problem(field, 'badDate', { value: valueText(value) });
      return iso;
    };
    draft.createdOn = date('createdOn') ?? this.options.today;
    draft.lastReviewedOn = date('lastReviewedOn');
    draft.nextReviewOn = date('nextReviewOn');
    draft.endedOn = date('endedOn');
    draft.dpiaCompletedOn = date('dpiaCompletedOn');
    draft.reviewedBy = text('reviewedBy');

    // Retention last: it links to the data categories read above.
    this.retention(draft, text('retention'), problem, extraNotes);

    draft.notes = [text('notes'), ...extraNotes].filter(Boolean).join('\n');

    if (this.problems.length === problemsBefore) {
      const parsed = ActivityInput.safeParse({ ...draft, number: draft.number || 'PD-00' }, { error: issueKey });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = fieldOfIssue(issue.path);
          problem(field && this.byField.has(field) ? field : null, 'invalid', {
            field: field ? fieldLabel(field, t) : issue.path.join('.'),
            detail: translateMessage(issue.message, t),
          });
        }
      }
    }
    if (this.problems.length > problemsBefore) this.rowProblems += 1;
    else this.activities.push({ row: row.row, draft });
  }

  private legalBases(line: string, unknown: (value: string) => void): string[] {
    const ids: string[] = [];
    for (const part of line.split(';').map((p) => p.trim()).filter(Boolean)) {
      const id = this.legalBasis(part);
      if (id) {
        ids.push(id);
        continue;
      }
      const list = part.split(',').map((p) => p.trim()).filter(Boolean);
      const listed = list.length > 1 ? list.map((p) => this.legalBasis(p)) : [];
      if (listed.length > 1 && listed.every((id): id is string => id !== null)) ids.push(...listed);
      else unknown(part);
    }
    return ids;
  }

  private legalBasis(text: string): string | null {
    const byName = this.indexes.legalBases.find(text);
    if (byName) return byName;
    const reference = legalBasisPoint(text);
    if (!reference) return null;
    const candidates = this.state.catalogues.legalBases.filter((entry) => entry.gdprPoint === reference.point);
    const rest = reference.rest.trim();
    if (rest) {
      const named = catalogueIndex(candidates.flatMap((c) => [c, { ...c, nameLv: `${c.nameLv} (${c.lawReference})`, nameEn: `${c.nameEn} (${c.lawReference})` }])).find(rest);
      if (named) return named;
    }
    return (candidates.find((entry) => entry.builtin) ?? candidates[0])?.id ?? null;
  }

  private art9Condition(text: string): string | null {
    const byName = this.indexes.art9Conditions.find(text);
    if (byName) return byName;
    const reference = art9Point(text);
    if (!reference) return null;
    const candidates = this.state.catalogues.art9Conditions.filter((entry) => entry.point === reference.point);
    return (catalogueIndex(candidates).find(reference.rest) ?? (candidates.find((entry) => entry.builtin) ?? candidates[0])?.id) || null;
  }

  private legitimateInterests(draft: ActivityDraft, interests: string, assessments: string, purposeIndex: Map<number, number>): void {
    const assessmentLabels = (['lv', 'en'] as const).map((lang) => `${translator(lang)('fields:activity.legitimateInterestAssessment')}:`);
    const targets = (): number[] => {
      const withF = draft.purposes.flatMap((purpose, position) => (purpose.legalBasisIds.some((id) => this.pointOf(id) === 'f') ? [position] : []));
      return withF.length > 0 ? withF : draft.purposes.length > 0 ? [0] : [];
    };
    const distribute = (textValue: string, apply: (position: number, line: string) => void) => {
      const lines = textValue.split('\n').map((line) => numbered(line.trim())).filter((line) => line.text);
      if (lines.length === 0) return;
      if (draft.purposes.length === 0) {
        draft.purposes.push({ description: draft.name || '—', legalBasisIds: [], legitimateInterest: '', legitimateInterestAssessment: '', legitimateInterestAssessedOn: null });
      }
      if (lines.every((line) => line.index !== null)) {
        for (const line of lines) {
          const position = purposeIndex.get(line.index as number);
          if (position !== undefined) apply(position, line.text);
        }
      } else {
        const joined = lines.map((line) => line.text).join('\n');
        for (const position of targets()) apply(position, joined);
      }
    };
    distribute(interests, (position, line) => {
      const purpose = draft.purposes[position]!;
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
    distribute(assessments, (position, line) => {
      const purpose = draft.purposes[position]!;
      const iso = parseDateValue(line);
      if (iso) purpose.legitimateInterestAssessedOn = iso;
      else purpose.legitimateInterestAssessment = line;
    });
  }

  private pointOf(legalBasisId: string): string | undefined {
    return this.state.catalogues.legalBases.find((entry) => entry.id === legalBasisId)?.gdprPoint;
  }

  /** ROPA's export marks special and criminal categories in parentheses; the mark gives a new entry its kind. */
  private categoryFlag(text: string): { name: string; kind: DataCategoryKind } {
    for (const lang of ['lv', 'en'] as const) {
      const t = translator(lang);
      for (const kind of ['special', 'criminal'] as const) {
        const mark = ` (${t(`xlsx:text.${kind}`)})`;
        if (text.endsWith(mark)) return { name: text.slice(0, -mark.length).trim(), kind };
      }
    }
    return { name: text, kind: 'ordinary' };
  }

  /** The entries an item names: found by name, as a comma list of names, or a new entry of the register's own. */
  private catalogueItems(catalogue: NewCatalogue, item: string, row: number, kind: DataCategoryKind = 'ordinary'): string[] {
    const index = this.indexes[CATALOGUE_OF_NEW[catalogue]];
    const found = index.find(item);
    if (found) return [found];
    const list = index.findList(item);
    if (list) return list;
    const fieldOf: Record<NewCatalogue, XlsxImportField> = { dataCategories: 'dataCategories', dataSubjectCategories: 'dataSubjects', recipientCategories: 'recipients' };
    const extra = catalogue === 'dataCategories' ? { kind } : catalogue === 'dataSubjectCategories' ? { employees: false, vulnerable: false } : { type: 'external' };
    const input = { nameLv: this.options.lang === 'lv' ? item : '', nameEn: this.options.lang === 'en' ? item : '', description: '', ...extra };
    const parsed = catalogueInputs[catalogue].safeParse(input, { error: issueKey });
    if (!parsed.success) {
      const column = this.byField.get(fieldOf[catalogue]);
      this.problems.push({
        row,
        column: column?.letter ?? null,
        header: column?.header ?? null,
        message: this.t('xlsx:problems.invalid', { field: fieldLabel(fieldOf[catalogue], this.t), detail: translateMessage(parsed.error.issues[0]?.message ?? '', this.t) }),
      });
      return [];
    }
    const key = `new:${catalogue}:${this.newCatalogueEntries.length + 1}`;
    this.newCatalogueEntries.push({ key, catalogue, name: item, input: parsed.data as Record<string, unknown> });
    index.add({ id: key, names: [item] });
    return [key];
  }

  private processor(name: string, role: ProcessorRole, _row: number, problem: (key: string) => void): string | null {
    const found = this.processorIndex.find(name) ?? (name.includes(', ') ? this.processorIndex.find(name.slice(0, name.indexOf(', '))) : null);
    if (found) return found;
    const parsed = ProcessorInput.safeParse(
      {
        name,
        regNo: '',
        countryId: null,
        address: '',
        contact: '',
        role,
        service: '',
        contractDate: null,
        contractReference: '',
        contractExpiry: null,
        dataLocation: '',
        transferMechanismId: null,
        dpfCertified: false,
        dpfCheckedOn: null,
        subProcessorIds: [],
        subProcessorNotes: '',
        lastReviewedOn: null,
        notes: '',
      },
      { error: issueKey },
    );
    if (!parsed.success) {
      problem('nameTooLong');
      return null;
    }
    const key = `new:processor:${this.newProcessors.length + 1}`;
    this.newProcessors.push({ key, name, input: parsed.data });
    this.processorIndex.add({ id: key, names: [name] });
    return key;
  }

  /** ROPA's processor sheet writes 'Name; Reģistrācijas numurs: X; contact'. */
  private controller(line: string): ActivityDraft['controllers'][number] {
    const parts = line.split('; ');
    const regLabels = (['lv', 'en'] as const).map((lang) => `${translator(lang)('fields:controller.regNo')}: `);
    let regNo = '';
    const rest: string[] = [];
    for (const part of parts.slice(1)) {
      const label = regLabels.find((l) => part.startsWith(l));
      if (label) regNo = part.slice(label.length);
      else rest.push(part);
    }
    return { name: parts[0] ?? line, regNo, contact: rest.join('; '), representative: '', dpoContact: '', processingCategories: '', contractReference: '' };
  }

  private transfers(
    draft: ActivityDraft,
    countries: string,
    safeguards: string,
    problem: (field: XlsxImportField | null, key: string, params?: Record<string, unknown>) => void,
    link: (name: string, notes: string, role: ProcessorRole) => string | null,
    extraNotes: string[],
  ): void {
    for (const item of splitItems(countries)) {
      const { main, notes } = splitNotes(item);
      const countryId = this.indexes.countries.find(main);
      if (!countryId) {
        problem('transferCountries', 'unknownCountry', { value: main });
        continue;
      }
      const processorId = notes ? link(notes, '', 'processor') : null;
      draft.transfers.push({ countryId, processorId, transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' });
    }
    const lines = safeguards.split('\n').map((line) => line.trim()).filter((line) => line && line !== '—');
    if (lines.length === 0) return;
    if (draft.transfers.length === 0) {
      extraNotes.push(`${this.t('xlsx:headers.transferSafeguards')}: ${lines.join('\n')}`);
      return;
    }
    const generic: string[] = [];
    for (const line of lines) {
      const colon = line.indexOf(': ');
      const countryId = colon > 0 ? this.indexes.countries.find(line.slice(0, colon)) : null;
      const transfer = countryId ? draft.transfers.find((t) => t.countryId === countryId && !t.safeguardDocuments && t.transferMechanismId === null) : undefined;
      if (transfer) this.safeguard(transfer, line.slice(colon + 2));
      else generic.push(line);
    }
    if (generic.length === 0) return;
    const open = draft.transfers.filter((t) => !t.safeguardDocuments && t.transferMechanismId === null);
    if (generic.length === open.length) open.forEach((transfer, i) => this.safeguard(transfer, generic[i]!));
    else for (const transfer of open) this.safeguard(transfer, generic.join('\n'));
  }

  private safeguard(transfer: ActivityDraft['transfers'][number], text: string): void {
    const parts = text.split('; ');
    const derogationLabels = (['lv', 'en'] as const).map((lang) => `${translator(lang)('fields:activity.derogationJustification')}: `);
    const named = this.indexes.transferMechanisms.find(parts[0] ?? '');
    if (!named) {
      transfer.transferMechanismId = mechanismFromText(text);
      transfer.safeguardDocuments = text;
      return;
    }
    transfer.transferMechanismId = named;
    const documents: string[] = [];
    for (const part of parts.slice(1)) {
      const label = derogationLabels.find((l) => part.startsWith(l));
      if (label) transfer.derogationJustification = part.slice(label.length);
      else documents.push(part);
    }
    transfer.safeguardDocuments = documents.join('; ');
  }

  private automatedDecision(draft: ActivityDraft, text: string, bad: (value: string) => void): void {
    if (!text) return;
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
    const first = lines[0] ?? '';
    const yes = parseYesNo(first);
    if (yes === null) {
      bad(first);
      return;
    }
    draft.automatedDecision = yes;
    const rest = [first.replace(/^\s*\S+[\s,.:;—–-]*/, '').trim(), ...lines.slice(1)].filter(Boolean);
    const logic: string[] = [];
    for (const line of rest) {
      const legalEffect = (['lv', 'en'] as const).some((lang) => translator(lang)('fields:activity.automatedDecisionLegalEffect') === line);
      const basisLabel = (['lv', 'en'] as const).map((lang) => `${translator(lang)('fields:activity.art22Basis')}: `).find((label) => line.startsWith(label));
      const basis = basisLabel ? parseEnum(line.slice(basisLabel.length), 'art22Basis', ART22_BASES) : null;
      if (legalEffect) draft.automatedDecisionLegalEffect = true;
      else if (basis) draft.art22Basis = basis;
      else logic.push(line);
    }
    draft.automatedDecisionLogic = logic.join('\n');
  }

  private retention(
    draft: ActivityDraft,
    text: string,
    problem: (field: XlsxImportField | null, key: string, params?: Record<string, unknown>) => void,
    extraNotes: string[],
  ): void {
    if (!text) return;
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
    // ROPA's own export: 'Data category — Rule name: summary' (or '— no rule given') per data category.
    const noRule = (['lv', 'en'] as const).map((lang) => translator(lang)('xlsx:text.noRule'));
    const perCategory = lines.map((line) => {
      const { main, notes } = splitNotes(line);
      const category = this.indexes.dataCategories.find(main);
      const colon = notes.indexOf(': ');
      return { category, none: noRule.includes(notes), ruleName: colon > 0 ? notes.slice(0, colon) : '', summary: colon > 0 ? notes.slice(colon + 2) : '' };
    });
    if (perCategory.every((entry) => entry.category && draft.dataCategories.some((c) => c.dataCategoryId === entry.category) && (entry.none || entry.ruleName))) {
      for (const entry of perCategory) {
        if (entry.none) continue;
        const ruleId = this.ruleIndex.find(entry.ruleName) ?? this.newRule(entry.ruleName, entry.summary, problem);
        const link = draft.dataCategories.find((c) => c.dataCategoryId === entry.category);
        if (link && ruleId) link.retentionRuleId = ruleId;
      }
      return;
    }
    if (draft.dataCategories.length === 0) {
      extraNotes.push(`${this.t('fields:activity.retention')}: ${text}`);
      return;
    }
    const firstLine = lines[0] ?? text;
    const name = firstLine.length > 500 ? `${firstLine.slice(0, 499)}…` : firstLine;
    const ruleId = this.ruleIndex.find(text) ?? this.ruleIndex.find(name) ?? this.newRule(name, text, problem);
    if (!ruleId) return;
    for (const category of draft.dataCategories) if (category.retentionRuleId === null) category.retentionRuleId = ruleId;
  }

  /**
   * A new retention rule named `name` from a retention text: a period when
   * the text starts with one ('10 gadi no …'), else the text as the
   * criterion. ROPA's own summary ('10 gadi no: event; law, article;
   * action') is read back into its parts.
   */
  private newRule(name: string, text: string, problem: (field: XlsxImportField | null, key: string, params?: Record<string, unknown>) => void): string | null {
    const parts = text.includes('\n') ? [text] : text.split('; ');
    const first = parts[0] ?? '';
    const action = parts.length > 1 ? parseEnum(parts[parts.length - 1] ?? '', 'expiryAction', EXPIRY_ACTIONS) : null;
    const middle = parts.slice(1, action ? -1 : undefined).join('; ');
    const startLabels = (['lv', 'en'] as const).map((lang) => translator(lang)('xlsx:text.from', { event: '' }).trim());
    let head = first;
    let startEvent = '';
    for (const label of startLabels) {
      const at = first.indexOf(` ${label} `);
      if (at >= 0) {
        head = first.slice(0, at).trim();
        startEvent = first.slice(at + label.length + 2).trim();
      }
    }
    const period = parsePeriod(head);
    const exact = period && period.rest === '';
    const input = {
      name,
      dataCategoryId: null,
      periodValue: period?.value ?? null,
      periodUnit: period?.unit ?? null,
      criterion: period ? '' : head,
      startEvent: (startEvent || (exact ? '' : (period?.rest ?? ''))).slice(0, 500),
      legalSource: middle.slice(0, 500),
      legalArticle: '',
      actionAtExpiry: action ?? ('delete' as const),
      backupsCovered: false,
      owner: '',
      lastReviewedOn: null,
      notes: '',
    };
    const parsed = RetentionRuleInput.safeParse(input, { error: issueKey });
    if (!parsed.success) {
      problem('retention', 'invalid', { field: fieldLabel('retention', this.t), detail: translateMessage(parsed.error.issues[0]?.message ?? '', this.t) });
      return null;
    }
    const key = `new:retentionRule:${this.newRules.length + 1}`;
    this.newRules.push({ key, name, input: parsed.data });
    this.ruleIndex.add({ id: key, names: [name, text] });
    return key;
  }
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
  const builder = new PlanBuilder(state, columns, organisationId, options);
  if (missing.length === 0) builder.build(table.rows);
  return {
    columns,
    missing,
    organisationId,
    problems: builder.problems,
    rows: table.rows.length,
    rejectedRows: missing.length > 0 ? table.rows.length : builder.rejectedRows,
    activities: builder.activities,
    newCatalogueEntries: builder.newCatalogueEntries,
    newProcessors: builder.newProcessors,
    newRules: builder.newRules,
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
