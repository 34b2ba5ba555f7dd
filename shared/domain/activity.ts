/**
 * A processing activity (apstrādes darbība): one row of the Art. 30 register.
 *
 * `kind: 'controller'` is an Art. 30(1) record kept as controller;
 * `kind: 'processor'` is an Art. 30(2) record of the categories of processing
 * carried out on behalf of the `controllers` listed in it.
 *
 * The schema accepts an incomplete draft (a DPO fills a register over weeks);
 * what is still missing for the authority is reported by the compliance
 * checks, not refused here. Refused here is only what is inconsistent.
 */
import { z } from 'zod';
import { Id, IsoDate, LongText, OptionalDate, RecordMeta, REVISION_REQUIRED, RequiredText, Revision, ShortText, idSet, updateNamesRevision } from './primitives.ts';

export const ACTIVITY_KINDS = ['controller', 'processor'] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS, { message: 'validation.choice' });
export type ActivityKind = z.infer<typeof ActivityKind>;

export const ACTIVITY_STATUSES = ['draft', 'active', 'ended'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES, { message: 'validation.choice' });
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** Where the data comes from (Art. 13 vs Art. 14). */
export const SOURCE_TYPES = ['data_subject', 'third_party', 'public', 'observed'] as const;
export const SourceType = z.enum(SOURCE_TYPES, { message: 'validation.choice' });
export type SourceType = z.infer<typeof SourceType>;

/**
 * The kinds of a named source (issue 15, Art. 14(2)(f)): where the data came
 * from, each source named ("Uzņēmumu reģistrs", "VID", a partner).
 */
export const NAMED_SOURCE_TYPES = ['data_subject', 'other_controller', 'public_register', 'partner', 'publicly_available'] as const;
export const NamedSourceType = z.enum(NAMED_SOURCE_TYPES, { message: 'validation.choice' });
export type NamedSourceType = z.infer<typeof NamedSourceType>;

/** One named source, of the whole activity's data or of one data category. */
export const NamedSource = z.object({
  sourceType: NamedSourceType,
  name: ShortText,
  /** The data category it provides; null: all the activity's data. */
  dataCategoryId: Id.nullable(),
});
export type NamedSource = z.infer<typeof NamedSource>;

/** An approximate count: a whole number from 0, or null for "not estimated". */
export const ApproxCount = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.integer' })
  .min(0, { message: 'validation.notNegative' })
  .max(10_000_000_000, { message: 'validation.tooBig' })
  .nullable()
  .default(null);

/** Art. 22(2): the only grounds for a solely automated decision with legal or similar effect. */
export const ART22_BASES = ['contract', 'law', 'explicit_consent'] as const;
export const Art22Basis = z.enum(ART22_BASES, { message: 'validation.choice' });

/** The nine WP248 rev.01 screening criteria. Two or more usually mean a DPIA. */
export const DPIA_CRITERIA = [
  'evaluation_scoring',
  'automated_decision',
  'systematic_monitoring',
  'sensitive_data',
  'large_scale',
  'matching_datasets',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_rights',
] as const;
export const DpiaCriterion = z.enum(DPIA_CRITERIA, { message: 'validation.choice' });
export type DpiaCriterion = z.infer<typeof DpiaCriterion>;

export const DPIA_STATUSES = ['not_assessed', 'not_required', 'required', 'in_progress', 'done'] as const;
export const DpiaStatus = z.enum(DPIA_STATUSES, { message: 'validation.choice' });
export type DpiaStatus = z.infer<typeof DpiaStatus>;

/**
 * A purpose of the processing with its own legal basis (or bases). A purpose
 * with none of its own inherits the activity's `legalBasisIds`
 * (shared/domain/legal-basis-inheritance.ts).
 */
export const Purpose = z.object({
  id: Id.optional(),
  description: RequiredText,
  /** Art. 6(1) bases, from the `legalBases` catalogue. */
  legalBasisIds: idSet(6),
  /** For Art. 6(1)(f): the interest pursued. */
  legitimateInterest: LongText,
  /** The balancing test behind it: where it is documented, and when. */
  legitimateInterestAssessment: ShortText,
  legitimateInterestAssessedOn: OptionalDate,
});
export type Purpose = z.infer<typeof Purpose>;

/** A personal data category processed, with the retention rule that governs it. */
export const ActivityDataCategory = z.object({
  dataCategoryId: Id,
  retentionRuleId: Id.nullable(),
  notes: ShortText,
});

/** A category of recipients, with what is disclosed to them. */
export const ActivityRecipient = z.object({
  recipientCategoryId: Id,
  notes: ShortText,
});

/** A named processor / joint controller / recipient from the processors list. */
export const ActivityProcessor = z.object({
  processorId: Id,
  notes: ShortText,
});

/** A transfer to a third country or an international organisation. */
export const Transfer = z.object({
  id: Id.optional(),
  /** Destination, from the `countries` catalogue (which also holds international organisations). */
  countryId: Id,
  /** The recipient there, when it is one of the register's processors. */
  processorId: Id.nullable(),
  /** Art. 45 / 46 / 49 ground, from the `transferMechanisms` catalogue. */
  transferMechanismId: Id.nullable(),
  /** Where the safeguards are documented (SCC annex, DPF listing, BCR approval...). */
  safeguardDocuments: LongText,
  /** For an Art. 49 derogation: why it applies (Art. 49(1) second subparagraph must be documented). */
  derogationJustification: LongText,
  notes: ShortText,
});
export type Transfer = z.infer<typeof Transfer>;

/** For a processor record: a controller on whose behalf the processing is done. */
export const ActedForController = z.object({
  id: Id.optional(),
  name: RequiredText,
  regNo: ShortText,
  contact: ShortText,
  representative: ShortText,
  dpoContact: ShortText,
  /** Categories of processing carried out for this controller (Art. 30(2)(b)). */
  processingCategories: LongText,
  /** The Art. 28 contract under which we act. */
  contractReference: ShortText,
});
export type ActedForController = z.infer<typeof ActedForController>;

const activityFields = {
  organisationId: Id,
  kind: ActivityKind,
  /** The register's own numbering: "PD-01". Unique within the organisation. */
  number: RequiredText,
  name: RequiredText,
  description: LongText,
  /** Struktūrvienība, atbildīgā persona. */
  ownerUnit: ShortText,
  ownerPerson: ShortText,
  status: ActivityStatus,
  createdOn: IsoDate,
  lastReviewedOn: OptionalDate,
  reviewedBy: ShortText,
  nextReviewOn: OptionalDate,
  endedOn: OptionalDate,
  replacedById: Id.nullable(),

  /**
   * Art. 6(1) bases stated once for the whole activity (issue 15), inherited
   * by every purpose that states none of its own. Absent (empty) in files
   * and registers from before it existed: their purposes keep their bases.
   */
  legalBasisIds: idSet(6).default([]),
  purposes: z.array(Purpose).max(100),
  /** Art. 9(2) conditions relied on for special-category data. */
  art9ConditionIds: idSet(10),
  art9Notes: LongText,
  /** Art. 10: the Union or Member State law authorising criminal-offence data. */
  art10Basis: LongText,

  dataSubjectCategoryIds: idSet(),
  dataCategories: z
    .array(ActivityDataCategory)
    .max(500)
    .refine((rows) => new Set(rows.map((r) => r.dataCategoryId)).size === rows.length, {
      message: 'validation.duplicate',
    }),
  sourceTypes: z
    .array(SourceType)
    .max(SOURCE_TYPES.length)
    .refine((s) => new Set(s).size === s.length, { message: 'validation.duplicate' }),
  sourceNotes: LongText,
  /** Named sources (Art. 14(2)(f)); empty in files from before they existed. */
  namedSources: z.array(NamedSource).max(200).default([]),

  recipients: z
    .array(ActivityRecipient)
    .max(500)
    .refine((rows) => new Set(rows.map((r) => r.recipientCategoryId)).size === rows.length, {
      message: 'validation.duplicate',
    }),
  processors: z
    .array(ActivityProcessor)
    .max(500)
    .refine((rows) => new Set(rows.map((r) => r.processorId)).size === rows.length, {
      message: 'validation.duplicate',
    }),
  /**
   * "None" as an answer (issue 15): no recipients, no transfers, no
   * processors. Distinct from an empty list not filled in yet; the
   * completeness checks accept the answer and refuse the silence.
   */
  recipientsNone: z.boolean().default(false),
  transfersNone: z.boolean().default(false),
  processorsNone: z.boolean().default(false),
  /** Art. 26 arrangement with joint controllers, where there are any. */
  jointControllerArrangement: LongText,

  transfers: z.array(Transfer).max(200),

  securityMeasureIds: idSet(),
  securityNotes: LongText,
  systems: LongText,
  dataLocation: ShortText,

  automatedDecision: z.boolean(),
  automatedDecisionLegalEffect: z.boolean(),
  profiling: z.boolean(),
  automatedDecisionLogic: LongText,
  art22Basis: Art22Basis.nullable(),
  /**
   * Why the automated decisions have no legal or similarly significant effect
   * (Art. 22(1)): the DPO's recorded assessment. Without it, an automated
   * decision counts as WP248 criterion 2 and as an unassessed Art. 22 case
   * (shared/rules/inspector-art22.ts). Absent in files from before it existed.
   */
  automatedDecisionNoEffectReason: LongText.default(''),
  /** Where the data subjects are told about the profiling (Art. 13(2)(f), 14(2)(g), 21(4)): a notice, its section. */
  profilingInformation: ShortText.default(''),
  /** Approximate number of data subjects (WP248 "large scale", Art. 37(1)); null when not estimated. */
  approxSubjects: ApproxCount,
  /** Approximate number of records (rows, files) held; null when not estimated. */
  approxRecords: ApproxCount,

  dpiaCriteria: z
    .array(DpiaCriterion)
    .max(DPIA_CRITERIA.length)
    .refine((c) => new Set(c).size === c.length, { message: 'validation.duplicate' }),
  dpiaStatus: DpiaStatus,
  dpiaReference: ShortText,
  dpiaCompletedOn: OptionalDate,
  dpiaNotes: LongText,

  controllers: z.array(ActedForController).max(500),
  notes: LongText,
};

type ActivityShape = z.infer<z.ZodObject<typeof activityFields>>;

/** Consistency rules shared by input and stored shapes. */
function refineActivity<T extends z.ZodType<ActivityShape>>(schema: T) {
  return schema
    .refine((a) => a.status !== 'ended' || a.endedOn !== null, {
      message: 'validation.endedNeedsDate',
      path: ['endedOn'],
    })
    .refine((a) => a.endedOn === null || a.endedOn >= a.createdOn, {
      message: 'validation.endedBeforeCreated',
      path: ['endedOn'],
    })
    .refine((a) => a.nextReviewOn === null || a.lastReviewedOn === null || a.nextReviewOn >= a.lastReviewedOn, {
      message: 'validation.nextReviewBeforeLast',
      path: ['nextReviewOn'],
    })
    .refine((a) => a.kind === 'processor' || a.controllers.length === 0, {
      message: 'validation.controllersOnlyForProcessor',
      path: ['controllers'],
    })
    .refine((a) => a.dpiaStatus !== 'done' || a.dpiaCompletedOn !== null, {
      message: 'validation.dpiaDoneNeedsDate',
      path: ['dpiaCompletedOn'],
    })
    .refine((a) => !a.recipientsNone || a.recipients.length === 0, { message: 'validation.noneButListed', path: ['recipientsNone'] })
    .refine((a) => !a.transfersNone || a.transfers.length === 0, { message: 'validation.noneButListed', path: ['transfersNone'] })
    .refine((a) => !a.processorsNone || a.processors.length === 0, { message: 'validation.noneButListed', path: ['processorsNone'] })
    .refine((a) => a.namedSources.every((s) => s.dataCategoryId === null || a.dataCategories.some((c) => c.dataCategoryId === s.dataCategoryId)), {
      message: 'validation.sourceCategoryNotInActivity',
      path: ['namedSources'],
    });
}

/**
 * What the editor sends to save an activity. `id` and `revision` are absent
 * for a new activity; for an update, `revision` must be the one loaded
 * (someone else's newer save is reported, not overwritten).
 */
export const ActivityInput = refineActivity(
  z.object({
    id: Id.optional(),
    revision: Revision.optional(),
    ...activityFields,
  }),
).refine(updateNamesRevision, REVISION_REQUIRED);
export type ActivityInput = z.input<typeof ActivityInput>;
export type ActivityDraft = z.infer<typeof ActivityInput>;

export const Activity = z.object({ ...RecordMeta.shape, ...activityFields });
export type Activity = z.infer<typeof Activity>;

/** A stored activity with the editor's consistency rules: what an imported file must hold. */
export const StoredActivity = refineActivity(Activity);

/** One row of the activities list: enough to sort, filter and show, no more. */
export const ActivitySummary = z.object({
  id: Id,
  organisationId: Id,
  kind: ActivityKind,
  number: z.string(),
  name: z.string(),
  ownerUnit: z.string(),
  status: ActivityStatus,
  /** Art. 6(1) points any purpose rests on (its own or inherited), sorted: ['b', 'f']. */
  legalBasisPoints: z.array(z.string()),
  hasSpecialData: z.boolean(),
  hasCriminalData: z.boolean(),
  /** Destinations of its transfers outside the EEA. */
  transferCountryIds: z.array(Id),
  lastReviewedOn: OptionalDate,
  nextReviewOn: OptionalDate,
  updatedAt: z.string(),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

/** A blank activity with the defaults a DPO expects, for the editor and the importers. */
export function emptyActivity(
  organisationId: string,
  today: string,
): ActivityInput &
  Required<Pick<ActivityInput, 'legalBasisIds' | 'namedSources' | 'automatedDecisionNoEffectReason' | 'profilingInformation' | 'approxSubjects' | 'approxRecords'>> &
  Pick<ActivityDraft, 'recipientsNone' | 'transfersNone' | 'processorsNone'> {
  return {
    organisationId,
    kind: 'controller',
    number: '',
    name: '',
    description: '',
    ownerUnit: '',
    ownerPerson: '',
    status: 'draft',
    createdOn: today,
    lastReviewedOn: null,
    reviewedBy: '',
    nextReviewOn: null,
    endedOn: null,
    replacedById: null,
    legalBasisIds: [],
    purposes: [],
    art9ConditionIds: [],
    art9Notes: '',
    art10Basis: '',
    dataSubjectCategoryIds: [],
    dataCategories: [],
    sourceTypes: [],
    sourceNotes: '',
    namedSources: [],
    recipients: [],
    processors: [],
    recipientsNone: false,
    transfersNone: false,
    processorsNone: false,
    jointControllerArrangement: '',
    transfers: [],
    securityMeasureIds: [],
    securityNotes: '',
    systems: '',
    dataLocation: '',
    automatedDecision: false,
    automatedDecisionLegalEffect: false,
    profiling: false,
    automatedDecisionLogic: '',
    art22Basis: null,
    automatedDecisionNoEffectReason: '',
    profilingInformation: '',
    approxSubjects: null,
    approxRecords: null,
    dpiaCriteria: [],
    dpiaStatus: 'not_assessed',
    dpiaReference: '',
    dpiaCompletedOn: null,
    dpiaNotes: '',
    controllers: [],
    notes: '',
  };
}
