/**
 * The activity form's values and its sections: what the editor loads into
 * react-hook-form, and where each field lives (for the section navigation
 * and for naming a field in the error summary).
 */
import type { Activity, ActivityInput } from '../../../../shared/domain/activity.ts';

/** A stored activity as form values: the input shape, with id and revision to save against. */
export function toFormValues(activity: Activity): ActivityInput {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...input } = activity;
  return input;
}

/** The editor's sections, in the order of GDPR Art. 30(1) (and 30(2) for a processor record). */
export const SECTIONS = [
  'identification',
  'controllers',
  'purposes',
  'data',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'systems',
  'automated',
  'dpia',
  'review',
  'notes',
] as const;
export type SectionName = (typeof SECTIONS)[number];

const FIELD_SECTION: Record<string, SectionName> = {
  organisationId: 'identification',
  kind: 'identification',
  number: 'identification',
  name: 'identification',
  description: 'identification',
  ownerUnit: 'identification',
  ownerPerson: 'identification',
  status: 'identification',
  createdOn: 'identification',
  endedOn: 'identification',
  replacedById: 'identification',
  controllers: 'controllers',
  legalBasisIds: 'purposes',
  purposes: 'purposes',
  art9ConditionIds: 'purposes',
  art9Notes: 'purposes',
  art10Basis: 'purposes',
  dataSubjectCategoryIds: 'data',
  dataCategories: 'data',
  sourceTypes: 'sources',
  sourceNotes: 'sources',
  namedSources: 'sources',
  recipients: 'recipients',
  processors: 'recipients',
  jointControllerArrangement: 'recipients',
  transfers: 'transfers',
  securityMeasureIds: 'security',
  securityNotes: 'security',
  systems: 'systems',
  dataLocation: 'systems',
  automatedDecision: 'automated',
  automatedDecisionLegalEffect: 'automated',
  profiling: 'automated',
  automatedDecisionLogic: 'automated',
  art22Basis: 'automated',
  automatedDecisionNoEffectReason: 'automated',
  profilingInformation: 'automated',
  approxSubjects: 'dpia',
  approxRecords: 'dpia',
  dpiaCriteria: 'dpia',
  dpiaStatus: 'dpia',
  dpiaReference: 'dpia',
  dpiaCompletedOn: 'dpia',
  dpiaNotes: 'dpia',
  lastReviewedOn: 'review',
  reviewedBy: 'review',
  nextReviewOn: 'review',
  notes: 'notes',
};

export function sectionOfPath(path: string): SectionName {
  return FIELD_SECTION[path.split('.')[0] ?? ''] ?? 'identification';
}

type T = (key: string, params?: Record<string, unknown>) => string;

const ROW_LABELS: Record<string, { row: string; field: (name: string) => string }> = {
  purposes: { row: 'activity:purposes.purposeN', field: (f) => (f === 'description' ? 'fields:activity.purpose' : `fields:activity.${f}`) },
  transfers: { row: 'activity:transfers.transferN', field: (f) => `fields:activity.${f}` },
  controllers: { row: 'activity:controllers.controllerN', field: (f) => (['processingCategories', 'contractReference'].includes(f) ? `fields:activity.${f}` : `fields:controller.${f}`) },
  dataCategories: { row: 'fields:activity.dataCategories', field: (f) => (f === 'retentionRuleId' ? 'fields:activity.retentionRuleId' : 'editor:pick.notes') },
  recipients: { row: 'fields:activity.recipients', field: () => 'editor:pick.notes' },
  processors: { row: 'fields:activity.processors', field: () => 'editor:pick.notes' },
  namedSources: { row: 'basesSources:source.sourceN', field: (f) => `basesSources:source.${f}` },
};

/** Fields whose label lives outside `fields:activity` (issue 15's own namespace). */
const OWN_LABELS: Record<string, string> = { legalBasisIds: 'basesSources:activityBases', namedSources: 'basesSources:namedSources' };

/** A field path as the user knows it: 'purposes.1.description' -> '2. nolūks: Nolūks'. */
export function fieldLabel(path: string, t: T): string {
  const [head = '', index, field] = path.split('.');
  const rows = ROW_LABELS[head];
  if (rows && index !== undefined && /^\d+$/.test(index)) {
    const row = rows.row.endsWith('N') ? t(rows.row, { n: Number(index) + 1 }) : `${t(rows.row)} (${Number(index) + 1})`;
    return field ? `${row}: ${t(rows.field(field))}` : row;
  }
  return t(OWN_LABELS[head] ?? `fields:activity.${head}`);
}
