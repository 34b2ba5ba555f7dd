/**
 * Which column of someone else's spreadsheet fills which register field,
 * matched by header. A DPO's own register is usually built on a regulator's
 * template (the UK ICO's documentation template, the French CNIL's register)
 * or on a consultant's Latvian table, so each field knows its Latvian and
 * English names from those, besides ROPA's own headers in both languages.
 *
 * Headers are compared case- and diacritic-insensitively, with punctuation
 * and "(if applicable)"-style remarks ignored. An exact match wins; otherwise
 * the longest known name found inside the header as whole words. Each field
 * takes at most one column and each column at most one field, best score
 * first.
 */
import { XLSX_IMPORT_FIELDS, type XlsxImportField } from '../../shared/contract/xlsx.ts';
import { translator, type Translate } from '../../shared/i18n/index.ts';

/** Lower case, no diacritics (ā -> a, ž -> z), only letters and digits separated by single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same without parenthesised remarks: "Retention schedule (if possible)" -> "retention schedule". */
function withoutRemarks(text: string): string {
  return normalise(text.replace(/\([^)]*\)/g, ' '));
}

interface FieldSpec {
  /** i18n key of the field's label (its ROPA header). */
  label: string;
  /** Other names, Latvian and English, beyond the ROPA headers in both languages. */
  synonyms: string[];
  required?: boolean;
}

/**
 * Every importable field. `name` or `purposes` must be present: a row named
 * only by its purpose (the ICO template has no name column) takes the first
 * purpose as its name.
 */
export const FIELD_SPECS: Record<XlsxImportField, FieldSpec> = {
  number: { label: 'fields:activity.number', synonyms: ['numurs', 'nr p k', 'kods', 'number', 'no', 'ref', 'ref number', 'reference', 'id', 'activity id', 'activity number'] },
  name: {
    label: 'fields:activity.name',
    required: true,
    synonyms: [
      'apstrādes darbība',
      'nosaukums',
      'darbības nosaukums',
      'apstrādes process',
      'process',
      'processing activity',
      'name of processing activity',
      'activity',
      'activity name',
      'name',
      'name acronym',
      'processing operation',
      'name of the processing',
    ],
  },
  description: { label: 'fields:activity.description', synonyms: ['apraksts', 'description', 'description of processing', 'short description'] },
  kind: { label: 'fields:activity.kind', synonyms: ['veids', 'loma', 'record type', 'role', 'controller or processor'] },
  status: { label: 'fields:activity.status', synonyms: ['stāvoklis', 'status', 'state'] },
  ownerUnit: {
    label: 'fields:activity.ownerUnit',
    synonyms: ['nodaļa', 'departaments', 'struktūrvienība', 'business function', 'function', 'department', 'business unit', 'team', 'service'],
  },
  ownerPerson: {
    label: 'fields:activity.ownerPerson',
    synonyms: ['atbildīgais', 'atbildīgā persona', 'procesa īpašnieks', 'īpašnieks', 'owner', 'process owner', 'responsible person', 'information asset owner', 'contact person'],
  },
  purposes: {
    label: 'fields:activity.purposes',
    required: true,
    synonyms: [
      'nolūks',
      'apstrādes nolūks',
      'mērķis',
      'apstrādes mērķis',
      'apstrādes mērķi',
      'purpose',
      'purposes',
      'purpose of processing',
      'purpose of the processing',
      'purposes of the processing',
      'purposes of the processing operation',
      'main purpose',
    ],
  },
  legalBases: {
    label: 'fields:activity.legalBasisIds',
    synonyms: [
      'tiesiskais pamats',
      'juridiskais pamats',
      'apstrādes tiesiskais pamats',
      'likumīgs pamats',
      'legal basis',
      'lawful basis',
      'article 6 lawful basis',
      'article 6 lawful basis for processing personal data',
      'legal basis for processing',
    ],
  },
  legitimateInterest: { label: 'fields:activity.legitimateInterest', synonyms: ['leģitīmās intereses', 'legitimate interest', 'legitimate interests', 'legitimate interests for the processing'] },
  legitimateInterestAssessment: {
    label: 'fields:activity.legitimateInterestAssessment',
    synonyms: ['leģitīmo interešu izvērtējums', 'interešu līdzsvara tests', 'lia', 'legitimate interests assessment', 'link to record of legitimate interests assessment', 'balancing test'],
  },
  art9Conditions: {
    label: 'fields:activity.art9ConditionIds',
    synonyms: [
      'īpašu kategoriju datu apstrādes pamats',
      '9 panta pamats',
      'article 9 basis',
      'article 9 condition',
      'article 9 basis for processing special category data',
      'special category condition',
      'condition for processing special category data',
    ],
  },
  art10Basis: { label: 'fields:activity.art10Basis', synonyms: ['sodāmības dati', 'article 10', 'criminal offence data', 'criminal convictions data condition'] },
  dataSubjects: {
    label: 'fields:activity.dataSubjectCategoryIds',
    synonyms: ['datu subjekti', 'datu subjektu kategorija', 'data subjects', 'categories of individuals', 'categories of data subjects', 'data subject categories', 'persons concerned'],
  },
  dataCategories: {
    label: 'fields:activity.dataCategories',
    synonyms: [
      'personas dati',
      'datu kategorijas',
      'apstrādājamie dati',
      'personas datu veidi',
      'personal data',
      'categories of personal data',
      'categories of personal data collected',
      'personal data categories',
      'data categories',
      'types of personal data',
    ],
  },
  sources: { label: 'fields:activity.sourceTypes', synonyms: ['datu avots', 'avots', 'source', 'source of the personal data', 'data source'] },
  recipients: {
    label: 'fields:activity.recipients',
    synonyms: ['saņēmēji', 'datu saņēmēji', 'kam dati tiek nodoti', 'recipients', 'categories of recipients', 'recipient categories', 'recipients of the data'],
  },
  processors: {
    label: 'fields:activity.processors',
    synonyms: ['apstrādātāji', 'pakalpojumu sniedzēji', 'processors', 'names of processors', 'service providers', 'data processors'],
  },
  jointControllers: {
    label: 'fields:activity.jointControllers',
    synonyms: ['kopīgie pārziņi', 'kopīgs pārzinis', 'joint controller', 'joint controllers', 'name and contact details of joint controller'],
  },
  jointControllerArrangement: { label: 'fields:activity.jointControllerArrangement', synonyms: ['kopīgo pārziņu vienošanās', 'joint controller arrangement', 'arrangement between joint controllers'] },
  controllers: {
    label: 'fields:activity.controllers',
    synonyms: ['pārziņi kuru vārdā apstrādā', 'pārzinis kura vārdā apstrādā', 'controllers on whose behalf', 'on behalf of controller', 'name and contact details of each controller', 'controller on whose behalf'],
  },
  transferCountries: {
    label: 'fields:activity.transfers',
    synonyms: [
      'trešās valstis',
      'nosūtīšana uz trešajām valstīm',
      'datu nodošana ārpus es',
      'datu nosūtīšana ārpus es eez',
      'third countries',
      'transfers',
      'transfers outside the eu',
      'third country transfers',
      'international transfers',
      'names of third countries or international organisations that personal data are transferred to',
    ],
  },
  transferSafeguards: {
    label: 'xlsx:headers.transferSafeguards',
    synonyms: [
      'nosūtīšanas pamats',
      'atbilstošās garantijas',
      'atbilstošas garantijas',
      'transfer mechanism',
      'safeguards',
      'transfer safeguards',
      'safeguards for exceptional transfers',
      'safeguards for exceptional transfers of personal data to third countries or international organisations',
    ],
  },
  retention: {
    label: 'fields:activity.retention',
    synonyms: [
      'glabāšanas termiņš',
      'glabāšanas termiņi',
      'glabāšanas ilgums',
      'dzēšanas termiņš',
      'dzēšanas termiņi',
      'retention',
      'retention period',
      'retention schedule',
      'time limits for erasure',
      'storage period',
      'retention time',
    ],
  },
  securityMeasures: {
    label: 'fields:activity.securityMeasureIds',
    synonyms: ['drošības pasākumi', 'aizsardzības pasākumi', 'security measures', 'technical and organisational measures', 'technical and organizational measures', 'toms'],
  },
  securityNotes: {
    label: 'fields:activity.securityNotes',
    synonyms: [
      'general description of technical and organisational security measures',
      'general description of technical and organizational security measures',
      'description of security measures',
      'drošības pasākumu apraksts',
    ],
  },
  systems: { label: 'fields:activity.systems', synonyms: ['informācijas sistēma', 'sistēmas', 'programmatūra', 'systems', 'system', 'software', 'it systems', 'application', 'applications'] },
  dataLocation: {
    label: 'fields:activity.dataLocation',
    synonyms: ['glabāšanas vieta', 'datu atrašanās vieta', 'location of personal data', 'data location', 'storage location', 'where is the data stored', 'location'],
  },
  automatedDecision: {
    label: 'fields:activity.automatedDecision',
    synonyms: ['automatizēta lēmumu pieņemšana', 'automated decision making', 'automated decision', 'existence of automated decision making including profiling'],
  },
  profiling: { label: 'fields:activity.profiling', synonyms: ['profilēšana', 'profiling'] },
  automatedDecisionLogic: { label: 'fields:activity.automatedDecisionLogic', synonyms: ['loģika un sekas', 'logic involved', 'logic and consequences'] },
  automatedDecisionNoEffectReason: { label: 'fields:activity.automatedDecisionNoEffectReason', synonyms: ['kāpēc nav būtisku seku', 'no significant effect because'] },
  profilingInformation: { label: 'fields:activity.profilingInformation', synonyms: ['informēšana par profilēšanu', 'profiling notice', 'information about profiling'] },
  approxSubjects: { label: 'fields:activity.approxSubjects', synonyms: ['datu subjektu skaits', 'number of data subjects', 'approximate number of data subjects', 'volume of data subjects'] },
  approxRecords: { label: 'fields:activity.approxRecords', synonyms: ['ierakstu skaits', 'number of records', 'approximate number of records', 'volume of records'] },
  dpiaStatus: {
    label: 'fields:activity.dpiaStatus',
    synonyms: [
      'nida',
      'ietekmes novērtējums',
      'novērtējums par ietekmi uz datu aizsardzību',
      'dpia',
      'dpia required',
      'data protection impact assessment',
      'data protection impact assessment required',
      'dpia progress',
      'dpia status',
    ],
  },
  dpiaCriteria: { label: 'fields:activity.dpiaCriteria', synonyms: ['nida kritēriji', 'dpia criteria', 'dpia screening criteria', 'wp248 criteria'] },
  dpiaNotes: { label: 'fields:activity.dpiaNotes', synonyms: ['nida piezīmes', 'dpia notes'] },
  dpiaReference: { label: 'fields:activity.dpiaReference', synonyms: ['nida atsauce', 'link to dpia', 'dpia reference', 'dpia link'] },
  dpiaCompletedOn: { label: 'fields:activity.dpiaCompletedOn', synonyms: ['nida datums', 'dpia date', 'dpia completed'] },
  createdOn: { label: 'fields:activity.createdOn', synonyms: ['izveidots', 'izveides datums', 'created', 'date of creation', 'creation date', 'date created'] },
  lastReviewedOn: {
    label: 'fields:activity.lastReviewedOn',
    synonyms: ['pārskatīts', 'pēdējā pārskatīšana', 'aktualizēts', 'last reviewed', 'date of last review', 'last update', 'last updated', 'review date', 'updated'],
  },
  reviewedBy: { label: 'fields:activity.reviewedBy', synonyms: ['pārskatīja', 'reviewed by', 'reviewer'] },
  nextReviewOn: { label: 'fields:activity.nextReviewOn', synonyms: ['nākamā pārskatīšana', 'next review', 'next review date', 'review due'] },
  endedOn: { label: 'fields:activity.endedOn', synonyms: ['beigu datums', 'izbeigts', 'end date', 'ended', 'date ended'] },
  notes: { label: 'fields:activity.notes', synonyms: ['piezīmes', 'komentāri', 'notes', 'comments', 'remarks'] },
};

/** Fields that must have a column: one of these (see FIELD_SPECS). */
export const REQUIRED_ONE_OF: readonly XlsxImportField[] = ['name', 'purposes'];

interface Known {
  field: XlsxImportField;
  /** normalised name */
  text: string;
}

/**
 * Names too general to count when found inside a longer header: "Name and
 * contact details of controller" is not the activity's name, "Personal data
 * breach" not its data categories. They match only a header that is exactly them.
 */
const EXACT_ONLY = new Set(
  [
    'name', 'nosaukums', 'activity', 'process', 'service', 'function', 'location', 'system', 'systems', 'source', 'avots', 'owner',
    'status', 'state', 'role', 'veids', 'loma', 'id', 'no', 'ref', 'kods', 'numurs', 'number', 'team', 'department', 'description',
    'apraksts', 'application', 'applications', 'created', 'updated', 'izveidots', 'transfers', 'personal data', 'personas dati', 'dpia',
    'nida', 'software', 'lia', 'toms',
  ].map(normalise),
);

let knownNames: Known[] | undefined;

/** Every name of every field, normalised: ROPA's headers in both languages and the synonyms. */
function known(): Known[] {
  if (knownNames) return knownNames;
  const lv = translator('lv');
  const en = translator('en');
  const names: Known[] = [];
  for (const field of XLSX_IMPORT_FIELDS) {
    const spec = FIELD_SPECS[field];
    for (const name of [lv(spec.label), en(spec.label), ...spec.synonyms]) {
      for (const text of new Set([normalise(name), withoutRemarks(name)])) if (text) names.push({ field, text });
    }
  }
  // ROPA's own headers for the combined columns of its export.
  const extra: Array<[XlsxImportField, string]> = [
    ['legitimateInterest', 'xlsx:headers.legitimateInterests'],
    ['transferSafeguards', 'xlsx:headers.transferSafeguards'],
  ];
  for (const [field, key] of extra) for (const t of [lv, en]) names.push({ field, text: normalise(t(key)) });
  knownNames = names;
  return names;
}

/**
 * How well a header names a field: 1000 exact, 900 exact but for a remark in
 * parentheses, otherwise 50 + the length of the longest name found in it as
 * whole words; none when nothing matches.
 */
export function headerScores(header: string): Map<XlsxImportField, number> {
  const scores = new Map<XlsxImportField, number>();
  const full = normalise(header);
  const plain = withoutRemarks(header);
  if (!full) return scores;
  for (const { field, text } of known()) {
    let score = 0;
    if (text === full) score = 1000;
    else if (text === plain) score = 900;
    else if (!EXACT_ONLY.has(text) && (` ${full} `.includes(` ${text} `) || ` ${plain} `.includes(` ${text} `))) score = 50 + text.length;
    if (score > (scores.get(field) ?? 0)) scores.set(field, score);
  }
  return scores;
}

export interface HeaderColumn {
  letter: string;
  header: string;
}

export interface ProposedColumn extends HeaderColumn {
  field: XlsxImportField | null;
  candidates: XlsxImportField[];
}

/** The proposed field of each column (see the module comment) and the other fields its header resembles. */
export function proposeMapping(columns: readonly HeaderColumn[]): ProposedColumn[] {
  const scored = columns.map((column) => ({ column, scores: headerScores(column.header) }));
  const pairs = scored
    .flatMap(({ column, scores }) => [...scores].map(([field, score]) => ({ letter: column.letter, field, score })))
    .sort((a, b) => b.score - a.score);
  const taken = new Map<string, XlsxImportField>();
  const used = new Set<XlsxImportField>();
  for (const pair of pairs) {
    if (taken.has(pair.letter) || used.has(pair.field)) continue;
    taken.set(pair.letter, pair.field);
    used.add(pair.field);
  }
  return scored.map(({ column, scores }) => ({
    ...column,
    field: taken.get(column.letter) ?? null,
    candidates: [...scores].sort((a, b) => b[1] - a[1]).map(([field]) => field),
  }));
}

/** The label of a field in the language, for the preview and messages. */
export function fieldLabel(field: XlsxImportField, t: Translate): string {
  return t(FIELD_SPECS[field].label);
}
