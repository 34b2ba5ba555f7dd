/** The form fields the DPIA inference reads, watched together (InspectorFields.tsx). */
import type { ActivityInput, DpiaCriterion } from '../../../../../shared/domain/activity.ts';

export type { DpiaCriterion } from '../../../../../shared/domain/activity.ts';

export const INFERENCE_FIELDS = [
  'organisationId',
  'name',
  'description',
  'purposes',
  'systems',
  'sourceNotes',
  'sourceTypes',
  'dataCategories',
  'dataSubjectCategoryIds',
  'automatedDecision',
  'automatedDecisionNoEffectReason',
  'profiling',
  'approxSubjects',
  'dpiaCriteria',
] as const;

/** The watched values as the form holds them: possibly incomplete while typing. */
export type InferenceInputFields = Partial<Pick<ActivityInput, (typeof INFERENCE_FIELDS)[number]>> & { dpiaCriteria?: DpiaCriterion[]; approxSubjects?: unknown };
