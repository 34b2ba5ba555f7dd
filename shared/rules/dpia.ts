/**
 * DPIA screening with the nine WP248 rev.01 criteria (ticked on each
 * activity) and the DPIA's status. Two or more criteria usually mean the
 * processing is "likely to result in a high risk" and needs a DPIA before it
 * starts (Art. 35(1)). Only controller records: the DPIA is the
 * controller's; a processor assists (Art. 28(3)(f)).
 */
import type { Activity, DpiaCriterion } from '../domain/activity.ts';
import { DPIA_CRITERIA } from '../domain/activity.ts';
import { filled, type CheckContext } from './context.ts';
import { allCriteria, criterionWithReason, currentRunInferences, inferDpiaCriteria, type InferredCriterion } from './dpia-inference.ts';
import { defineRule, type ScalarParam } from './types.ts';

/** From this many criteria on, WP248 expects a DPIA. */
export const DPIA_CRITERIA_THRESHOLD = 2;

const criterionLabels = (criteria: readonly DpiaCriterion[]): ScalarParam[] =>
  criteria.map((criterion) => ({ t: `fields:enums.dpiaCriterion.${criterion}` }));

/**
 * One run's inferences: three rules read them, the words are matched once
 * per activity. A run over several contexts of one register (fullChecks,
 * shared/rules/incremental.ts) shares the run's own map across them.
 */
const inferences = new WeakMap<CheckContext, WeakMap<object, InferredCriterion[]>>();

/** The criteria the record shows by its content (dpia-inference.ts), with its organisation's large-scale threshold. */
export function inferredFor(context: CheckContext, activity: Activity): InferredCriterion[] {
  let run = currentRunInferences() ?? inferences.get(context);
  if (!run) {
    run = new WeakMap();
    inferences.set(context, run);
  }
  let inferred = run.get(activity);
  if (!inferred) {
    inferred = inferDpiaCriteria(activity, context, context.organisations.get(activity.organisationId)?.largeScaleThreshold);
    run.set(activity, inferred);
  }
  return inferred;
}

/** True when no DPIA is recorded: "not assessed", or "not required" without a word of why. */
export const noDpiaRecorded = (a: Activity): boolean =>
  a.dpiaStatus === 'not_assessed' || (a.dpiaStatus === 'not_required' && !filled(a.dpiaNotes));

/**
 * Two or more criteria, ticked or shown by the record itself (the inspector
 * reads the record, not the ticks), and no DPIA recorded. Error: carrying
 * out such processing without a DPIA infringes Art. 35(1). WP248 allows
 * deciding otherwise, but the reasons must be documented (the DPIA notes).
 * The message lists each criterion, an inferred one with what it was
 * inferred from.
 */
export const dpiaNotRecordedRule = defineRule({ id: 'dpia.not-recorded', severity: 'error', article: 'Art. 35(1)', scope: 'activity' }, (context, rule) => {
  return context.controllerRecords.flatMap((a) => {
    if (!noDpiaRecorded(a)) return [];
    const inferred = inferredFor(context, a);
    const criteria = allCriteria(a.dpiaCriteria, inferred);
    if (criteria.length < DPIA_CRITERIA_THRESHOLD) return [];
    const labels: ScalarParam[] = criteria.map((criterion) => ({
      lv: criterionWithReason(criterion, a.dpiaCriteria, inferred, 'lv'),
      en: criterionWithReason(criterion, a.dpiaCriteria, inferred, 'en'),
    }));
    return [context.activityFinding(rule, a, 'dpiaStatus', { count: criteria.length, criteria: labels })];
  });
});

/**
 * A DPIA recorded as needed (required, in progress) on an activity already in
 * use. Error: Art. 35(1) wants the assessment "prior to the processing". A
 * draft whose DPIA is under way is the right order of things, not a finding.
 */
export const dpiaNotDoneRule = defineRule({ id: 'dpia.not-done', severity: 'error', article: 'Art. 35(1)', scope: 'activity' }, (context, rule) => {
  return context.controllerRecords
    .filter((a) => a.status === 'active' && (a.dpiaStatus === 'required' || a.dpiaStatus === 'in_progress'))
    .map((a) => context.activityFinding(rule, a, 'dpiaStatus', { status: { t: `fields:enums.dpiaStatus.${a.dpiaStatus}` } }));
});

/**
 * A DPIA marked done with no reference to the document. Warning: the DPIA
 * exists, but the register cannot point the authority (Art. 36) or the next
 * reviewer to it.
 */
export const dpiaUndocumentedRule = defineRule({ id: 'dpia.undocumented', severity: 'warning', article: 'Art. 35(1)', scope: 'activity' }, (context, rule) => {
  return context.controllerRecords
    .filter((a) => a.dpiaStatus === 'done' && !filled(a.dpiaReference))
    .map((a) => context.activityFinding(rule, a, 'dpiaReference'));
});

/**
 * The criteria the record's own data says apply: special-category or
 * criminal data is "sensitive data" (WP248 criterion 4), Art. 22 decisions
 * are criterion 2, a category marked vulnerable is criterion 7, profiling is
 * evaluation or scoring (criterion 1).
 */
export function impliedCriteria(context: CheckContext, activity: Activity): DpiaCriterion[] {
  const implied = new Set<DpiaCriterion>();
  if (activity.profiling) implied.add('evaluation_scoring');
  if (activity.automatedDecision && activity.automatedDecisionLegalEffect) implied.add('automated_decision');
  const kinds = activity.dataCategories.map((row) => context.dataCategories.get(row.dataCategoryId)?.kind);
  if (kinds.includes('special') || kinds.includes('criminal')) implied.add('sensitive_data');
  if (activity.dataSubjectCategoryIds.some((id) => context.subjectCategories.get(id)?.vulnerable)) implied.add('vulnerable_subjects');
  return DPIA_CRITERIA.filter((criterion) => implied.has(criterion));
}

/**
 * The screening leaves unticked a criterion the record itself shows.
 * Warning: the screening (and with it the DPIA decision) rests on an
 * incomplete picture.
 */
export const dpiaScreeningRule = defineRule(
  { id: 'dpia.screening-incomplete', severity: 'warning', article: 'Art. 35(1)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((a) => {
      const missing = impliedCriteria(context, a).filter((criterion) => !a.dpiaCriteria.includes(criterion));
      return missing.length === 0 ? [] : [context.activityFinding(rule, a, 'dpiaCriteria', { criteria: criterionLabels(missing) })];
    });
  },
);

/**
 * No screening done yet (status "not assessed", fewer than two criteria
 * ticked or inferred). Info: a reminder to screen; two or more criteria make
 * it an error above.
 */
export const dpiaNotScreenedRule = defineRule({ id: 'dpia.not-screened', severity: 'info', article: 'Art. 35(1)', scope: 'activity' }, (context, rule) => {
  return context.controllerRecords
    .filter((a) => a.dpiaStatus === 'not_assessed' && allCriteria(a.dpiaCriteria, inferredFor(context, a)).length < DPIA_CRITERIA_THRESHOLD)
    .map((a) => context.activityFinding(rule, a, 'dpiaCriteria'));
});

export const dpiaRules = [dpiaNotRecordedRule, dpiaNotDoneRule, dpiaUndocumentedRule, dpiaScreeningRule, dpiaNotScreenedRule] as const;
