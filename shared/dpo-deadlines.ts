/**
 * The two clocks of the DPO's other records, as pure functions (the caller
 * hands in the day or the instant):
 *
 * - a data subject request is answered within one month of receipt, and the
 *   deadline may be extended by two further months (Art. 12(3));
 * - a breach is notified to the supervisory authority within 72 hours of
 *   the controller becoming aware of it (Art. 33(1)).
 *
 * The month is counted the way Regulation (EEC, Euratom) No 1182/71 counts a
 * period expressed in months (Art. 3(2)(c)): it ends on the day of the last
 * month with the same number as the day of receipt, or, when that month is
 * shorter, on its last day (received 31 January: due 28 February, or 29 in a
 * leap year). The GDPR counts calendar days here, as the issue asks and as
 * DVI's guidance reads it: a deadline falling on a Saturday, a Sunday or a
 * Latvian public holiday (18 November, 24–26 December...) is not moved.
 */
import type { Breach } from './domain/breach.ts';
import type { SubjectRequest } from './domain/subject-request.ts';

/** Hours the controller has to notify the supervisory authority (Art. 33(1)). */
export const BREACH_NOTICE_HOURS = 72;
/** Months to answer a request, and the most it may be extended by (Art. 12(3)). */
export const REQUEST_MONTHS = 1;
export const MAX_EXTENSION_MONTHS = 2;
/** "Due this week": a deadline within this many days from today. */
export const DUE_SOON_DAYS = 7;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The same day `months` later, or the last day of that month when it has no such day (Reg. 1182/71 Art. 3(2)(c)). */
export function addCalendarMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** The day an ISO date plus `days` calendar days falls on. */
export function addDaysIso(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day to answer: one month from receipt, plus the extension (0–2 months), counted from the receipt date. */
export function requestDeadline(request: Pick<SubjectRequest, 'receivedOn' | 'extensionMonths'>): string {
  return addCalendarMonths(request.receivedOn, REQUEST_MONTHS + Math.min(Math.max(request.extensionMonths, 0), MAX_EXTENSION_MONTHS));
}

/** The deadline without the extension: the requester must be told of an extension by then (Art. 12(3)). */
export function requestFirstDeadline(request: Pick<SubjectRequest, 'receivedOn'>): string {
  return addCalendarMonths(request.receivedOn, REQUEST_MONTHS);
}

export type RequestDue = 'answered' | 'overdue' | 'due-soon' | 'on-time';

/** Where an open request stands on `today`: answered (response date or closed), overdue, due within a week, or on time. */
export function requestDue(request: Pick<SubjectRequest, 'receivedOn' | 'extensionMonths' | 'respondedOn' | 'status'>, today: string): RequestDue {
  if (request.respondedOn !== null || request.status === 'closed') return 'answered';
  const deadline = requestDeadline(request);
  if (deadline < today) return 'overdue';
  if (deadline <= addDaysIso(today, DUE_SOON_DAYS)) return 'due-soon';
  return 'on-time';
}

/** The instant 72 hours after the controller became aware. */
export function breachNotificationDue(awareAt: string): string {
  return new Date(Date.parse(awareAt) + BREACH_NOTICE_HOURS * 3_600_000).toISOString();
}

type ClockFields = Pick<Breach, 'awareAt' | 'status' | 'dviDecision' | 'dviNotifiedAt' | 'dviNotNotifyingReason'>;

/** True when DVI has been notified, or not notifying is decided with its reasons. */
export function breachNoticeSettled(breach: Pick<Breach, 'dviDecision' | 'dviNotifiedAt' | 'dviNotNotifyingReason'>): boolean {
  if (breach.dviNotifiedAt !== null) return true;
  return breach.dviDecision === 'not_notify' && breach.dviNotNotifyingReason.trim().length > 0;
}

export type BreachClock =
  | { state: 'settled' }
  | { state: 'running'; hoursLeft: number; due: string }
  | { state: 'overdue'; hoursOver: number; due: string };

/**
 * The 72-hour clock at `now` (an ISO instant): settled once DVI is notified
 * or not notifying is documented (or the breach is closed); otherwise the
 * whole hours left (rounded down), or the whole hours past the 72nd.
 */
export function breachClock(breach: ClockFields, now: string): BreachClock {
  if (breachNoticeSettled(breach) || breach.status === 'closed') return { state: 'settled' };
  const due = breachNotificationDue(breach.awareAt);
  const left = Date.parse(due) - Date.parse(now);
  if (left >= 0) return { state: 'running', hoursLeft: Math.floor(left / 3_600_000), due };
  return { state: 'overdue', hoursOver: Math.floor(-left / 3_600_000), due };
}

/** Hours between becoming aware and notifying, when notified: more than 72 needs reasons for the delay (Art. 33(1)). */
export function notificationDelayHours(breach: Pick<Breach, 'awareAt' | 'dviNotifiedAt'>): number | null {
  if (breach.dviNotifiedAt === null) return null;
  return (Date.parse(breach.dviNotifiedAt) - Date.parse(breach.awareAt)) / 3_600_000;
}
