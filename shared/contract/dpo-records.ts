/**
 * Channels for the DPO's other records: the breach register (Art. 33(5))
 * and the log of data subject requests (Art. 12–22). Lists carry what the
 * screens show at a glance: a breach's 72-hour clock, a request's deadline.
 */
import { z } from 'zod';
import { Breach, BreachInput } from '../domain/breach.ts';
import { Id, IsoDate, RevisionRead, RevisionedSave } from '../domain/primitives.ts';
import { SubjectRequest, SubjectRequestInput } from '../domain/subject-request.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { channel } from './define.ts';


export const BreachClockView = z.discriminatedUnion('state', [
  z.object({ state: z.literal('settled') }),
  z.object({ state: z.literal('running'), hoursLeft: z.number().int(), due: z.string() }),
  z.object({ state: z.literal('overdue'), hoursOver: z.number().int(), due: z.string() }),
]);

export const BreachRow = Breach.extend({ clock: BreachClockView });
export type BreachRow = z.infer<typeof BreachRow>;

export const RequestDueState = z.enum(['answered', 'overdue', 'due-soon', 'on-time']);
export const RequestRow = SubjectRequest.extend({ deadline: IsoDate, due: RequestDueState });
export type RequestRow = z.infer<typeof RequestRow>;

/** A delete names the revision it read: a stale one is a CONFLICT, none a VALIDATION error saying why. */
export const DeleteRecordRequest = z.object({ id: Id, revision: RevisionRead }).strict();

export const DpoOverview = z.object({
  breaches: z.object({
    open: z.number().int(),
    /** Open breaches whose 72 hours are still running, soonest first. */
    running: z.array(z.object({ id: Id, label: z.string(), hoursLeft: z.number().int(), due: z.string() })),
    /** Past 72 hours with no notification and no documented decision. */
    overdue: z.array(z.object({ id: Id, label: z.string(), hoursOver: z.number().int() })),
  }),
  requests: z.object({
    open: z.number().int(),
    overdue: z.array(z.object({ id: Id, label: z.string(), deadline: IsoDate })),
    dueSoon: z.array(z.object({ id: Id, label: z.string(), deadline: IsoDate })),
  }),
});
export type DpoOverview = z.infer<typeof DpoOverview>;

export const dpoRecordsContract = {
  /** Every breach, newest first, with its 72-hour clock at the moment of asking. */
  'breaches:list': channel(z.object({}).strict(), z.array(BreachRow)),
  'breaches:get': channel(z.object({ id: Id }).strict(), Breach),
  /** Creates (no id) or updates (id + revision) a breach. Dates out of order, negative counts or links to records that do not exist are refused; nothing is saved. */
  'breaches:save': channel(BreachInput.and(RevisionedSave), Breach),
  'breaches:delete': channel(DeleteRecordRequest, z.object({ deleted: z.literal(true) })),
  /** What the chosen activities propose for a breach: categories, processors, systems. */
  'breaches:prefill': channel(
    z.object({ activityIds: z.array(Id).max(500) }).strict(),
    z.object({ dataSubjectCategoryIds: z.array(Id), dataCategoryIds: z.array(Id), processorIds: z.array(Id), systems: z.string() }),
  ),
  /** The Art. 33(3) notification draft as plain text, to paste into DVI's form. */
  'breaches:notificationText': channel(z.object({ id: Id, language: z.enum(LANGUAGES) }).strict(), z.object({ text: z.string() })),

  /**
   * Saves the notification draft as a PDF file the user chooses (save dialog), written whole or not at all.
   * Errors: NOT_FOUND, CANCELLED, WRITE_FAILED.
   */
  'breaches:saveNotificationPdf': channel(z.object({ id: Id, language: z.enum(LANGUAGES) }).strict(), z.object({ fileName: z.string() })),

  /** Every request, newest first, with its deadline and where it stands today. */
  'requests:list': channel(z.object({}).strict(), z.array(RequestRow)),
  'requests:get': channel(z.object({ id: Id }).strict(), SubjectRequest),
  'requests:save': channel(SubjectRequestInput.and(RevisionedSave), SubjectRequest),
  'requests:delete': channel(DeleteRecordRequest, z.object({ deleted: z.literal(true) })),
  /** The organisation's activities whose data subject categories match the requester's: the ones to search. */
  'requests:proposeActivities': channel(
    z.object({ organisationId: Id, dataSubjectCategoryIds: z.array(Id).max(500) }).strict(),
    z.array(z.object({ id: Id, number: z.string(), name: z.string() })),
  ),

  /** Open breaches and their clocks, overdue and due-this-week requests: for the overview. */
  'dpoRecords:overview': channel(z.object({}).strict(), DpoOverview),
};
