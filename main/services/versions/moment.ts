/**
 * The moments a DPO asks about, as they type them: a day ("2026-06-30": the
 * register at the end of that day), a minute ("2026-06-30T12:00": at the end
 * of that minute) or an exact instant with its offset ("…T12:00:00Z").
 * Days and minutes are local time (the DPO's clock, Europe/Riga for most),
 * turned into the UTC instants the history records.
 */
import { AppError } from '../../errors.ts';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The last instant (ISO 8601, UTC) the moment covers. Throws BAD_MOMENT. */
export function parseMoment(text: string): string {
  const value = text.trim();
  if (INSTANT.test(value)) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new AppError('BAD_MOMENT', { moment: text });
    return new Date(time).toISOString();
  }
  const match = LOCAL.exec(value);
  if (!match) throw new AppError('BAD_MOMENT', { moment: text });
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const start = new Date(year!, month! - 1, day!, hour ?? 0, minute ?? 0, second ?? 0);
  if (start.getFullYear() !== year || start.getMonth() !== month! - 1 || start.getDate() !== day || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) {
    throw new AppError('BAD_MOMENT', { moment: text });
  }
  // The end of the day, minute or second named: changes made during it count.
  const span = second !== undefined ? 1000 : minute !== undefined ? 60_000 : 86_400_000;
  const end = hour === undefined ? new Date(year!, month! - 1, day! + 1).getTime() : start.getTime() + span;
  return new Date(end - 1).toISOString();
}
