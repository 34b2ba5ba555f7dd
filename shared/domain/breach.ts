/**
 * The personal data breach register (Art. 33(5)): every breach, notified to
 * the supervisory authority (DVI) or not, with the facts, its effects and the
 * remedial action taken. A breach links to the register it happened in: the
 * activities, processors and catalogue categories it touched are ids, never
 * retyped.
 *
 * Times that start the 72-hour clock (Art. 33(1)) are instants (UTC,
 * `Timestamp`); the app shows them in local time. Dates without a time
 * (informing the data subjects, closing) are `IsoDate`s.
 */
import { z } from 'zod';
import { Id, LongText, OptionalDate, RecordMeta, RequiredText, ShortText, Timestamp, idSet } from './primitives.ts';
import { localDayOf } from '../format.ts';

/** Art. 33(1) / 34(1): how likely and how severe the risk to people is. */
export const BREACH_RISKS = ['unlikely', 'risk', 'high_risk'] as const;
export const BreachRisk = z.enum(BREACH_RISKS, { message: 'validation.choice' });
export type BreachRisk = z.infer<typeof BreachRisk>;

/** Whether the supervisory authority (DVI) is notified: not decided yet, notified / to notify, or not (with reasons). */
export const NOTIFY_DECISIONS = ['undecided', 'notify', 'not_notify'] as const;
export const NotifyDecision = z.enum(NOTIFY_DECISIONS, { message: 'validation.choice' });
export type NotifyDecision = z.infer<typeof NotifyDecision>;

/** Whether the data subjects are informed (Art. 34). */
export const INFORM_DECISIONS = ['undecided', 'inform', 'not_inform'] as const;
export const InformDecision = z.enum(INFORM_DECISIONS, { message: 'validation.choice' });
export type InformDecision = z.infer<typeof InformDecision>;

export const RECORD_STATUSES = ['open', 'closed'] as const;
export const RecordStatus = z.enum(RECORD_STATUSES, { message: 'validation.choice' });
export type RecordStatus = z.infer<typeof RecordStatus>;

/** An approximate count (people, records): a whole number, zero or more, or unknown. */
export const ApproxCount = z.number().int({ message: 'validation.invalidType' }).min(0, { message: 'validation.notNegative' }).max(1e12).nullable();

/** An instant that may be unknown. */
export const OptionalInstant = Timestamp.nullable();

export const breachFields = {
  organisationId: Id,
  /** The breach's own number ("IN-2026-03"): how it is named in lists, notices and exports. */
  number: RequiredText,
  title: RequiredText,
  occurredAt: OptionalInstant,
  /** When the controller became aware: the 72 hours of Art. 33(1) run from here. */
  awareAt: Timestamp,
  containedAt: OptionalInstant,
  /** What happened (Art. 33(3)(a)). */
  description: LongText,
  dataSubjectCategoryIds: idSet(),
  approxSubjects: ApproxCount,
  approxRecords: ApproxCount,
  /** Catalogue data categories; special and criminal ones are flagged from the catalogue's kind. */
  dataCategoryIds: idSet(),
  activityIds: idSet(),
  processorIds: idSet(),
  /** Systems involved (the register keeps systems as text on each activity). */
  systems: LongText,
  /** Likely consequences (Art. 33(3)(c)). */
  consequences: LongText,
  risk: BreachRisk.nullable(),
  riskReasoning: LongText,
  /** Measures taken and proposed (Art. 33(3)(d)). */
  measuresTaken: LongText,
  measuresProposed: LongText,
  dviDecision: NotifyDecision,
  /** Why DVI is not notified (the breach is unlikely to result in a risk, Art. 33(1)). */
  dviNotNotifyingReason: LongText,
  dviNotifiedAt: OptionalInstant,
  dviReference: ShortText,
  /** Reasons for a notification later than 72 hours (Art. 33(1), second sentence). */
  delayReasons: LongText,
  subjectsDecision: InformDecision,
  /** Art. 34(3): why the data subjects are not informed (measures, disproportionate effort...). */
  subjectsNotInformingReason: LongText,
  subjectsInformedOn: OptionalDate,
  subjectsInformedHow: ShortText,
  /** Art. 33(2): where the organisation acts as processor, when it told the controller, and whom. */
  processorNoticeAt: OptionalInstant,
  processorNoticeTo: ShortText,
  status: RecordStatus,
  closedOn: OptionalDate,
  /** References to documents kept elsewhere (file names, document numbers), one per line; not files. */
  attachments: z.array(ShortText).max(200),
  notes: LongText,
};

type BreachTimes = {
  occurredAt: string | null;
  awareAt: string;
  containedAt: string | null;
  dviNotifiedAt: string | null;
  subjectsInformedOn: string | null;
  closedOn: string | null;
  status: string;
};

/** Dates must follow each other: nobody becomes aware of a breach before it happened. */
export function refineBreach<T extends z.ZodType<BreachTimes>>(schema: T) {
  return schema
    .refine((b) => !b.occurredAt || b.awareAt >= b.occurredAt, { message: 'validation.awareBeforeOccurred', path: ['awareAt'] })
    .refine((b) => !b.occurredAt || !b.containedAt || b.containedAt >= b.occurredAt, {
      message: 'validation.containedBeforeOccurred',
      path: ['containedAt'],
    })
    .refine((b) => !b.dviNotifiedAt || b.dviNotifiedAt >= b.awareAt, { message: 'validation.notifiedBeforeAware', path: ['dviNotifiedAt'] })
    .refine((b) => !b.subjectsInformedOn || b.subjectsInformedOn >= localDayOf(b.awareAt), {
      message: 'validation.notifiedBeforeAware',
      path: ['subjectsInformedOn'],
    })
    .refine((b) => !b.closedOn || b.closedOn >= localDayOf(b.awareAt), { message: 'validation.closedBeforeAware', path: ['closedOn'] })
    .refine((b) => b.status !== 'closed' || b.closedOn !== null, { message: 'validation.required', path: ['closedOn'] });
}

export const BreachInput = refineBreach(z.object(breachFields));
export type BreachInput = z.input<typeof BreachInput>;

export const Breach = z.object({ ...RecordMeta.shape, ...breachFields });
export type Breach = z.infer<typeof Breach>;

/** A stored breach with the editor's consistency rules: what an imported file must hold. */
export const StoredBreach = refineBreach(Breach);

/**
 * A blank breach of `organisationId`, its controller learning of it `now`
 * (to the minute), for the editor's "new" form: one set of defaults, beside
 * `emptyActivity`.
 */
export function emptyBreach(organisationId: string, now: Date): BreachInput {
  return {
    organisationId,
    number: '',
    title: '',
    occurredAt: null,
    awareAt: new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(),
    containedAt: null,
    description: '',
    dataSubjectCategoryIds: [],
    approxSubjects: null,
    approxRecords: null,
    dataCategoryIds: [],
    activityIds: [],
    processorIds: [],
    systems: '',
    consequences: '',
    risk: null,
    riskReasoning: '',
    measuresTaken: '',
    measuresProposed: '',
    dviDecision: 'undecided',
    dviNotNotifyingReason: '',
    dviNotifiedAt: null,
    dviReference: '',
    delayReasons: '',
    subjectsDecision: 'undecided',
    subjectsNotInformingReason: '',
    subjectsInformedOn: null,
    subjectsInformedHow: '',
    processorNoticeAt: null,
    processorNoticeTo: '',
    status: 'open',
    closedOn: null,
    attachments: [],
    notes: '',
  };
}
