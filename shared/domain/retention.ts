/**
 * Retention rules (glabāšanas noteikumi): how long a category of data or
 * documents is kept, from what event, on what legal ground, and what happens
 * at the end. Activities point at rules per data category.
 */
import { z } from 'zod';
import { Id, LongText, OptionalDate, RecordMeta, RequiredText, ShortText } from './primitives.ts';

export const PERIOD_UNITS = ['days', 'months', 'years'] as const;
export const PeriodUnit = z.enum(PERIOD_UNITS, { message: 'validation.choice' });
export type PeriodUnit = z.infer<typeof PeriodUnit>;

export const EXPIRY_ACTIONS = ['delete', 'anonymise', 'archive', 'review'] as const;
export const ExpiryAction = z.enum(EXPIRY_ACTIONS, { message: 'validation.choice' });
export type ExpiryAction = z.infer<typeof ExpiryAction>;

/**
 * How the period is known. `structured`: a number and unit (from an event,
 * when `startEvent` says one) or a criterion. `not_stated`: the source (a
 * policy, an imported workbook) gives none, recorded honestly rather than
 * invented. `not_parsed`: text that reads like a period but could not be read
 * ("3-5 gadi"), kept in `periodText` for the DPO to structure; the
 * `retention.not-parsed` check lists these.
 */
export const PERIOD_STATES = ['structured', 'not_stated', 'not_parsed'] as const;
export const PeriodState = z.enum(PERIOD_STATES, { message: 'validation.choice' });
export type PeriodState = z.infer<typeof PeriodState>;

const retentionFields = {
  /** Data or document category, as the DPO names it ("Darba līgumi"). */
  name: RequiredText,
  /** The catalogue data category this rule is about, when there is one. */
  dataCategoryId: Id.nullable(),
  periodValue: z.number({ message: 'validation.number' }).int({ message: 'validation.integer' }).min(1, { message: 'validation.positive' }).max(1000).nullable(),
  periodUnit: PeriodUnit.nullable(),
  /** Where no number can be given: "līdz piekrišanas atsaukšanai". */
  criterion: LongText,
  periodState: PeriodState.default('structured'),
  /** The period as it was typed in a workbook or JSON file ("5 gadi pēc līguma beigām"), kept beside the structure read from it. */
  periodText: LongText.default(''),
  /** What starts the clock: end of contract, end of employment, recording... */
  startEvent: ShortText,
  /** Law and article: "Grāmatvedības likums", "28. pants". */
  legalSource: ShortText,
  legalArticle: ShortText,
  actionAtExpiry: ExpiryAction,
  backupsCovered: z.boolean(),
  owner: ShortText,
  lastReviewedOn: OptionalDate,
  notes: LongText,
};

type PeriodShape = { periodValue: number | null; periodUnit: string | null; criterion: string; periodState: PeriodState };

/** Consistency rules shared by input and stored shapes. */
function refineRule<T extends z.ZodType<PeriodShape>>(schema: T) {
  return schema
    .refine((r) => (r.periodValue === null) === (r.periodUnit === null), {
      message: 'validation.periodPair',
      path: ['periodUnit'],
    })
    .refine((r) => r.periodValue !== null || r.criterion.length > 0 || r.periodState !== 'structured', {
      message: 'validation.periodOrCriterion',
      path: ['criterion'],
    });
}

export const RetentionRuleInput = refineRule(z.object(retentionFields));
export type RetentionRuleInput = z.input<typeof RetentionRuleInput>;

export const RetentionRule = z.object({ ...RecordMeta.shape, ...retentionFields });
export type RetentionRule = z.infer<typeof RetentionRule>;

/** A stored rule with the editor's consistency rules: what an imported file must hold. */
export const StoredRetentionRule = refineRule(RetentionRule);

/**
 * A blank retention rule (structured period, none given yet), for the
 * editor's "new" form and for a rule an import makes from a retention text
 * (main): one set of defaults, beside `emptyActivity`.
 */
export function emptyRetentionRule(name = ''): RetentionRuleInput {
  return {
    name,
    dataCategoryId: null,
    periodValue: null,
    periodUnit: null,
    criterion: '',
    periodState: 'structured',
    periodText: '',
    startEvent: '',
    legalSource: '',
    legalArticle: '',
    actionAtExpiry: 'delete',
    backupsCovered: false,
    owner: '',
    lastReviewedOn: null,
    notes: '',
  };
}
