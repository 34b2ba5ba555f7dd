/**
 * Building blocks shared by every schema in the register.
 *
 * Error messages here are i18n keys (`validation.*`), never prose: the
 * renderer and the CLI translate them into the user's language with the same
 * catalogue (shared/i18n), so a message reads the same wherever it appears.
 */
import { z } from 'zod';

/** Longest single-line text (names, numbers, references). */
export const SHORT_TEXT_MAX = 500;
/** Longest free text (descriptions, notes). A register field, not a document store. */
export const LONG_TEXT_MAX = 20_000;

/**
 * Ids are UUIDs for records the user creates and readable slugs for built-in
 * catalogue entries (`lb-a`, `LV`). Both are plain text so that a register can
 * move between files (JSON exchange) without renumbering.
 */
export const Id = z
  .string()
  .min(1, { message: 'validation.required' })
  .max(64, { message: 'validation.idTooLong' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { message: 'validation.idFormat' });
export type Id = z.infer<typeof Id>;

/**
 * Characters a register text may not hold: control characters other than
 * tab, line feed and carriage return (NUL among them), the non-characters
 * U+FFFE and U+FFFF, and unpaired surrogates. None can be typed; they arrive
 * only from damaged or hostile files. They are refused, not stripped, because
 * the register must keep exactly what was entered, and they cannot be
 * kept: XML (the Excel export) and PDF text cannot carry them, and an
 * unpaired surrogate does not survive UTF-8 storage (it would come back as
 * U+FFFD). Everything else (emoji, right-to-left scripts, quotes, SQL-looking
 * text) is stored and returned exactly.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_TEXT_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

/** True when `value` holds only characters a register text may hold. */
export function isStorableText(value: string): boolean {
  return !FORBIDDEN_TEXT_CHARACTERS.test(value);
}

/** A string of at most `max` characters, none of them forbidden (see isStorableText). */
export function plainText(max: number) {
  return z.string().max(max).refine(isStorableText, { message: 'validation.controlCharacters', abort: true });
}

/** Trimmed single-line text, possibly empty. */
export const ShortText = plainText(SHORT_TEXT_MAX).transform((value) => value.trim());

/** A required single-line text: at least one non-space character. */
export const RequiredText = plainText(SHORT_TEXT_MAX)
  .transform((value) => value.trim())
  .refine((value) => value.length > 0, { message: 'validation.required' });

/** Free text, possibly empty. Kept as typed (no trimming inside). */
export const LongText = plainText(LONG_TEXT_MAX).transform((value) => value.trim());

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * A calendar date, stored and exchanged as ISO `YYYY-MM-DD` (the interface
 * shows dd.mm.gggg). No time zone: a review date is a day, not an instant.
 */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: 'validation.date', abort: true })
  .refine(isIsoDate, { message: 'validation.date' });
export type IsoDate = z.infer<typeof IsoDate>;

/** An optional date: null when unknown or not applicable. */
export const OptionalDate = IsoDate.nullable();

/** An instant, ISO 8601 in UTC with milliseconds (`2026-11-21T23:37:20.000Z`). */
export const Timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, {
  message: 'validation.timestamp',
});
export type Timestamp = z.infer<typeof Timestamp>;

/** Optimistic-concurrency counter: an update must name the revision it edits. */
export const Revision = z.number().int().min(1);

/**
 * A save either creates (no id, no revision) or updates (the id and the
 * revision that was read): an update without its revision would silently
 * overwrite someone else's newer save, so it is refused.
 */
export function updateNamesRevision(value: { id?: string | undefined; revision?: number | undefined }): boolean {
  return value.id === undefined || value.revision !== undefined;
}

/** The issue a save without its revision gets (the `refine` options for `updateNamesRevision`). */
export const REVISION_REQUIRED = { message: 'validation.revisionRequired', path: ['revision'] };

/**
 * The revision a change of an existing record must name (delete, mark
 * reviewed): missing or not a number, the message says why it is needed.
 */
export const RevisionRead = z.number({ error: REVISION_REQUIRED.message }).int().min(1);

/** The id and revision a save may carry: creates have neither, updates both. */
export const Revisioned = { id: Id.optional(), revision: Revision.optional() };

/** `Revisioned` as a schema that refuses an update without its revision (validation.revisionRequired). */
export const RevisionedSave = z.object(Revisioned).refine(updateNamesRevision, REVISION_REQUIRED);

/** The fields every stored record carries, set by main, never by the renderer. */
export const RecordMeta = z.object({
  id: Id,
  revision: Revision,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RecordMeta = z.infer<typeof RecordMeta>;

/**
 * A list of ids without duplicates: a link set (the data subject categories
 * of an activity, say). Order is kept as entered.
 */
export function idSet(max = 500) {
  return z
    .array(Id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.duplicate' });
}
