/**
 * The words DPOs use in their own spreadsheets for the register's
 * enumerations, beyond ROPA's own labels in both languages (which
 * `parseEnum` knows already), and which import field fed each activity
 * field (to name the column of a validation problem).
 */
import type { XlsxImportField } from '../../shared/contract/xlsx.ts';
import type { ACTIVITY_KINDS, ACTIVITY_STATUSES, DPIA_STATUSES, SourceType } from '../../shared/domain/activity.ts';

export const KIND_SYNONYMS: Record<string, (typeof ACTIVITY_KINDS)[number]> = {
  pārzinis: 'controller',
  controller: 'controller',
  apstrādātājs: 'processor',
  processor: 'processor',
};
export const STATUS_SYNONYMS: Record<string, (typeof ACTIVITY_STATUSES)[number]> = {
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
export const DPIA_SYNONYMS: Record<string, (typeof DPIA_STATUSES)[number]> = {
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
export const SOURCE_SYNONYMS: Record<string, SourceType> = {
  'datu subjekts': 'data_subject',
  'no paša datu subjekta': 'data_subject',
  'data subject': 'data_subject',
  'from the data subject': 'data_subject',
  individual: 'data_subject',
  'the individual': 'data_subject',
  'from the individual': 'data_subject',
  'directly from the individual': 'data_subject',
  'trešā persona': 'third_party',
  'trešās personas': 'third_party',
  'no trešajām personām': 'third_party',
  'third party': 'third_party',
  'third parties': 'third_party',
  'from third parties': 'third_party',
  'publiski avoti': 'public',
  'publiskie reģistri': 'public',
  public: 'public',
  'public sources': 'public',
  'publicly available': 'public',
  novērošana: 'observed',
  observed: 'observed',
};

/** The activity field a validation issue is about -> the import field whose column fed it. */
export function fieldOfIssue(path: readonly PropertyKey[]): XlsxImportField | null {
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
    automatedDecisionNoEffectReason: 'automatedDecisionNoEffectReason',
    profilingInformation: 'profilingInformation',
    approxSubjects: 'approxSubjects',
    approxRecords: 'approxRecords',
    dpiaStatus: 'dpiaStatus',
    dpiaCriteria: 'dpiaCriteria',
    dpiaReference: 'dpiaReference',
    dpiaCompletedOn: 'dpiaCompletedOn',
    dpiaNotes: 'dpiaNotes',
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
