/** Channels for processing activities and the change history. */
import { z } from 'zod';
import { Activity, ActivityInput, ActivitySummary } from '../domain/activity.ts';
import { FIRST_ROWS_SORT_KEYS } from '../domain/activity-order.ts';
import { HistoryEntry, HistoryQuery } from '../domain/history.ts';
import { Id, RevisionRead } from '../domain/primitives.ts';
import { channel } from './define.ts';
import { Language } from './register.ts';
import { RecordsVerdict } from './verify.ts';

export const ChainVerdict = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  headHash: z.string(),
  /** The first entry that breaks the chain, with what it says about itself. */
  firstBroken: z
    .object({
      seq: z.number().int(),
      reason: z.enum(['hash', 'link', 'sequence', 'checkpoint']),
      at: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      label: z.string(),
    })
    .optional(),
  /** Whether the records are what the history last recorded (intact is false when not); see main/services/verify-records.ts. */
  records: RecordsVerdict.optional(),
  /** The register fingerprint (records and history head), as the PDF cover and the Excel first sheet print it. */
  fingerprint: z.string().optional(),
});
export type ChainVerdict = z.infer<typeof ChainVerdict>;

export const activitiesContract = {
  /** Every activity as a list row: sort and filter happen in the renderer. */
  'activities:list': channel(z.object({}).strict(), z.array(ActivitySummary)),
  /**
   * The list's first screenful in a column's order (firstInOrder: the table's
   * own collation and ties), and how many there are in all: what the window
   * shows while the whole list is on its way.
   */
  'activities:firstRows': channel(
    z
      .object({
        count: z.number().int().min(1).max(500),
        sortBy: z.enum(FIRST_ROWS_SORT_KEYS),
        desc: z.boolean(),
        language: Language,
      })
      .strict(),
    z.object({ rows: z.array(ActivitySummary), total: z.number().int().min(0) }),
  ),
  /** One activity, whole, for the editor. Errors: NOT_FOUND. */
  'activities:get': channel(z.object({ id: Id }).strict(), Activity),
  /**
   * Creates (no id) or updates (id + the revision loaded) an activity.
   * Errors: VALIDATION (fields at fault), UNKNOWN_REFERENCE, DUPLICATE_NUMBER,
   * CONFLICT (changed meanwhile), READ_ONLY.
   */
  'activities:save': channel(ActivityInput, Activity),
  /**
   * A copy as a new draft with the next free number of the organisation's
   * numbering: no review, and no DPIA decision unless `keepDpia`. Errors: NOT_FOUND.
   */
  'activities:duplicate': channel(z.object({ id: Id, keepDpia: z.boolean().default(false) }).strict(), Activity),
  /** Deletes an activity (the history keeps what it was). */
  'activities:delete': channel(
    z.object({ id: Id, revision: RevisionRead }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
  /** Change history, newest first, for the register or one record. */
  'history:list': channel(HistoryQuery, z.array(HistoryEntry)),
  /** Recomputes the history's hash chain. */
  'history:verify': channel(z.object({}).strict(), ChainVerdict),
};
