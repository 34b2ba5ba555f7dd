/**
 * Which WP248 criteria a record shows by its content, and why: the
 * inspector's reading beside the DPO's ticks. Used by the DPIA rules
 * (dpia.ts), and shown next to the ticked criteria in the editor's DPIA
 * section, the PDF and the Excel workbook ("secināts no: biometriskie dati").
 *
 * Pure: it needs the activity, the catalogue lookups and the organisation's
 * large-scale threshold, nothing else, so the renderer can run it on the
 * form as the DPO types.
 */
import type { Activity, DpiaCriterion } from '../domain/activity.ts';
import { DPIA_CRITERIA } from '../domain/activity.ts';
import type { DataCategory, DataSubjectCategory } from '../domain/catalogues.ts';
import { withEffectiveBases } from '../domain/legal-basis-inheritance.ts';
import { DEFAULT_LARGE_SCALE_THRESHOLD } from '../domain/organisation.ts';
import type { RegisterDocument } from '../domain/register.ts';
import { translator, type Language } from '../i18n/index.ts';
import { DPIA_SIGNALS, signalInText } from './dpia-signals.ts';

/** A reason, in both languages. */
export interface Reason {
  lv: string;
  en: string;
}

export interface InferredCriterion {
  criterion: DpiaCriterion;
  /** What in the record shows it, without repeats, in the order found. */
  because: Reason[];
}

/** The catalogue lookups the inference reads (a CheckContext has them). */
export interface InferenceLookups {
  dataCategories: ReadonlyMap<string, DataCategory>;
  subjectCategories: ReadonlyMap<string, DataSubjectCategory>;
}

/** What of an activity the inference reads. */
export type InferenceInput = Pick<
  Activity,
  | 'name'
  | 'description'
  | 'purposes'
  | 'systems'
  | 'sourceNotes'
  | 'sourceTypes'
  | 'dataCategories'
  | 'dataSubjectCategoryIds'
  | 'automatedDecision'
  | 'automatedDecisionNoEffectReason'
  | 'profiling'
  | 'approxSubjects'
>;

/** Sources other than the data subject: two or more of them are "data from several sources combined". */
const OUTSIDE_SOURCES = new Set(['third_party', 'public', 'observed']);

const catalogueName = (entry: { nameLv: string; nameEn: string }): Reason => ({
  lv: (entry.nameLv || entry.nameEn).toLocaleLowerCase('lv'),
  en: (entry.nameEn || entry.nameLv).toLocaleLowerCase('en'),
});

type TextFields = Pick<InferenceInput, 'name' | 'description' | 'purposes' | 'systems' | 'sourceNotes'>;

/**
 * While the rules run (`withRecordTexts`), each record's text is joined once
 * and shared by the three rules that read it; outside a run (the editor's
 * form, the exports) it is joined on each call, so a record changed in place
 * between two calls is never answered from an old text.
 */
let recordTexts: WeakMap<TextFields, string> | undefined;
/** The inferred criteria of each activity during one run (dpia.ts, `inferredFor`): one register, so one threshold per activity. */
let runInferences: WeakMap<object, InferredCriterion[]> | undefined;
/** Each activity with its purposes' effective bases during one run (context.ts). */
let runEffective: WeakMap<object, object> | undefined;

/**
 * What one run of the rules works out per record, to keep across runs over
 * documents that are never changed in place (main/services/document-cache.ts):
 * after a save, the unchanged records' texts, inferred criteria and effective
 * bases are not worked out again. Valid only while the catalogues and the
 * organisations (the inference's categories and threshold) are the same
 * objects: shared/rules/incremental.ts keeps one per pair.
 */
export interface RunDerivations {
  texts: WeakMap<TextFields, string>;
  inferences: WeakMap<object, InferredCriterion[]>;
  effective: WeakMap<object, object>;
}

export const newRunDerivations = (): RunDerivations => ({ texts: new WeakMap(), inferences: new WeakMap(), effective: new WeakMap() });

/** Runs `work` with each record's text joined, and its criteria inferred, at most once (and with `kept`, at most once across runs). */
export function withRecordTexts<T>(work: () => T, kept?: RunDerivations): T {
  const outerTexts = recordTexts;
  const outerInferences = runInferences;
  const outerEffective = runEffective;
  recordTexts = kept?.texts ?? outerTexts ?? new WeakMap();
  runInferences = kept?.inferences ?? outerInferences ?? new WeakMap();
  runEffective = kept?.effective ?? outerEffective ?? new WeakMap();
  try {
    return work();
  } finally {
    recordTexts = outerTexts;
    runInferences = outerInferences;
    runEffective = outerEffective;
  }
}

/** The activity with its purposes' effective bases (`withEffectiveBases`), worked out once per activity while the rules run. */
export function effectiveInRun<A extends Activity>(activity: A): A {
  if (!runEffective) return withEffectiveBases(activity);
  let effective = runEffective.get(activity) as A | undefined;
  if (effective === undefined) runEffective.set(activity, (effective = withEffectiveBases(activity)));
  return effective;
}

/** The inferences of the current run (several contexts of one register: shared/rules/incremental.ts), if the rules are running. */
export function currentRunInferences(): WeakMap<object, InferredCriterion[]> | undefined {
  return runInferences;
}

/** The texts a DPO writes the processing into. */
export function recordText(activity: TextFields): string {
  let text = recordTexts?.get(activity);
  if (text === undefined) {
    text = [activity.name, activity.description, ...activity.purposes.map((p) => p.description), activity.systems, activity.sourceNotes].join('\n');
    recordTexts?.set(activity, text);
  }
  return text;
}

/**
 * The criteria the record shows, each with its reasons, in WP248 order. An
 * automated decision counts unless the DPO recorded why it has no legal or
 * similarly significant effect; the number of data subjects counts from the
 * organisation's threshold on.
 */
export function inferDpiaCriteria(
  activity: InferenceInput,
  lookups: InferenceLookups,
  largeScaleThreshold: number = DEFAULT_LARGE_SCALE_THRESHOLD,
): InferredCriterion[] {
  const found = new Map<DpiaCriterion, Reason[]>();
  const add = (criterion: DpiaCriterion, reason: Reason) => {
    const reasons = found.get(criterion) ?? [];
    if (!reasons.some((r) => r.lv === reason.lv)) reasons.push(reason);
    found.set(criterion, reasons);
  };
  const effectExplained = activity.automatedDecisionNoEffectReason.trim().length > 0;

  for (const row of activity.dataCategories) {
    const category = lookups.dataCategories.get(row.dataCategoryId);
    if (category && (category.kind === 'special' || category.kind === 'criminal')) add('sensitive_data', catalogueName(category));
  }
  for (const id of activity.dataSubjectCategoryIds) {
    const category = lookups.subjectCategories.get(id);
    if (category && (category.vulnerable || category.employees)) add('vulnerable_subjects', catalogueName(category));
  }
  const text = recordText(activity);
  const codes = new Set(activity.dataCategories.map((row) => row.dataCategoryId));
  for (const signal of DPIA_SIGNALS) {
    const byCode = signal.dataCategoryIds?.some((id) => codes.has(id)) ?? false;
    if (!byCode && !signalInText(signal, text)) continue;
    for (const criterion of signal.criteria) {
      if (criterion === 'automated_decision' && effectExplained) continue;
      add(criterion, signal.label);
    }
  }
  if (activity.profiling) add('evaluation_scoring', { lv: 'profilēšana', en: 'profiling' });
  if (activity.automatedDecision && !effectExplained) add('automated_decision', { lv: 'automatizēti lēmumi', en: 'automated decisions' });
  if (activity.sourceTypes.filter((source) => OUTSIDE_SOURCES.has(source)).length >= 2) {
    add('matching_datasets', { lv: 'dati no vairākiem avotiem', en: 'data from several sources' });
  }
  if (activity.approxSubjects !== null && activity.approxSubjects >= largeScaleThreshold) {
    add('large_scale', {
      lv: `~${activity.approxSubjects} datu subjekti, slieksnis ${largeScaleThreshold}`,
      en: `~${activity.approxSubjects} data subjects, threshold ${largeScaleThreshold}`,
    });
  }
  return DPIA_CRITERIA.filter((criterion) => found.has(criterion)).map((criterion) => ({ criterion, because: found.get(criterion) ?? [] }));
}

/** The ticked criteria and the inferred ones, without repeats, in WP248 order. */
export function allCriteria(ticked: readonly DpiaCriterion[], inferred: readonly InferredCriterion[]): DpiaCriterion[] {
  const all = new Set<DpiaCriterion>([...ticked, ...inferred.map((i) => i.criterion)]);
  return DPIA_CRITERIA.filter((criterion) => all.has(criterion));
}

/** "secināts no: biometriskie dati, darbinieki" / "inferred from: biometric data, employees". */
export function inferredFromText(inferred: InferredCriterion, lang: Language): string {
  return translator(lang)('checks:inferred.from', { reasons: inferred.because.map((reason) => reason[lang]).join(', ') });
}

/**
 * A criterion as the exports and messages write it: its name, and for an
 * inferred one that is not ticked, what it was inferred from ("Sensitīvi
 * dati (secināts no: biometriskie dati)").
 */
export function criterionWithReason(criterion: DpiaCriterion, ticked: readonly DpiaCriterion[], inferred: readonly InferredCriterion[], lang: Language): string {
  const name = translator(lang)(`fields:enums.dpiaCriterion.${criterion}`);
  const found = inferred.find((i) => i.criterion === criterion);
  if (!found || ticked.includes(criterion)) return name;
  return `${name} (${inferredFromText(found, lang)})`;
}

/**
 * The inference for every activity of a register document (the exports'
 * way in): the lookups are built once; each activity is read with its own
 * organisation's threshold.
 */
export function documentInference(document: Pick<RegisterDocument, 'catalogues' | 'organisations'>): (activity: Activity) => InferredCriterion[] {
  const lookups: InferenceLookups = {
    dataCategories: new Map(document.catalogues.dataCategories.map((c) => [c.id, c])),
    subjectCategories: new Map(document.catalogues.dataSubjectCategories.map((c) => [c.id, c])),
  };
  const thresholds = new Map(document.organisations.map((o) => [o.id, o.largeScaleThreshold]));
  return (activity) => (activity.kind === 'controller' ? inferDpiaCriteria(activity, lookups, thresholds.get(activity.organisationId)) : []);
}

/**
 * The inferred criteria as the exports list them beside the ticked ones, one
 * per line: "Sistemātiska uzraudzība (secināts no: videonovērošana)".
 */
export function inferredLines(inferred: readonly InferredCriterion[], lang: Language): string[] {
  const t = translator(lang);
  return inferred.map((item) => `${t(`fields:enums.dpiaCriterion.${item.criterion}`)} (${inferredFromText(item, lang)})`);
}
