/**
 * The shapes of a register diff and of a moment in the history, shared by
 * main (main/services/versions), the contract and the screens.
 */
import { z } from 'zod';

/** A point in the history: after entry `seq` (0: before any entry). */
export const HistoryMoment = z.object({
  seq: z.number().int().min(0),
  /** The hash of entry `seq` (the genesis hash for 0): what a report prints. */
  hash: z.string(),
  /** When entry `seq` was written (null for 0). */
  at: z.string().nullable(),
});
export type HistoryMoment = z.infer<typeof HistoryMoment>;

export const DiffField = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** Bookkeeping the app changes on every save (revision, updatedAt): not shown to readers. */
  bookkeeping: z.boolean(),
});
export type DiffField = z.infer<typeof DiffField>;

export const RecordChange = z.object({
  entityType: z.string(),
  entityId: z.string(),
  change: z.enum(['added', 'changed', 'removed']),
  /** "PD-03 Personāla atlase", the organisation's name, the catalogue entry's name. */
  label: z.string(),
  /** The organisation the record belongs to (activities, organisations); null for register-wide records. */
  organisationId: z.string().nullable(),
  /** The record as it is at the later moment (added), or was at the earlier one (removed). */
  record: z.record(z.string(), z.unknown()).nullable(),
  /** For a change: every top-level field that differs. */
  fields: z.array(DiffField),
});
export type RecordChange = z.infer<typeof RecordChange>;

export const MomentWithFingerprint = HistoryMoment.extend({ fingerprint: z.string() });

export const RegisterDiff = z.object({
  from: MomentWithFingerprint,
  to: MomentWithFingerprint,
  changes: z.array(RecordChange),
});
export type RegisterDiff = z.infer<typeof RegisterDiff>;
