/**
 * The change history: every create, update and delete, with the record as it
 * was before and after, written in the same transaction as the change. Each
 * entry carries a hash over its content and the previous entry's hash, so a
 * rewritten past shows (`ropa verify`).
 */
import { z } from 'zod';
import { CATALOGUE_NAMES } from './catalogues.ts';
import { Id, Timestamp } from './primitives.ts';

export const ENTITY_TYPES = [
  'register',
  'organisation',
  'activity',
  'processor',
  'retentionRule',
  // Each catalogue's entries are named by the catalogue (catalogues.ts).
  ...CATALOGUE_NAMES,
  'notice',
  'activityTemplate',
  /** An approval of the register at a moment (main/services/versions/approvals.ts). */
  'approval',
  'breach',
  'subjectRequest',
] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const HISTORY_ACTIONS = ['create', 'update', 'delete'] as const;
export const HistoryAction = z.enum(HISTORY_ACTIONS);
export type HistoryAction = z.infer<typeof HistoryAction>;

export const HistoryEntry = z.object({
  seq: z.number().int().min(1),
  at: Timestamp,
  /** Who made the change; null in entries older than authors ("unknown"). */
  author: z.string().nullable(),
  entityType: EntityType,
  entityId: z.string(),
  action: HistoryAction,
  /** A one-line label of the record ("PD-03 Personāla atlase"), for lists. */
  label: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryQuery = z.object({
  entityType: EntityType.optional(),
  entityId: Id.optional(),
  /** Entries written at or after / at or before these instants (ISO 8601). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Entries by this author ("" for the ones without an author: "unknown"). */
  author: z.string().max(200).optional(),
  /** Newest first; page through with `beforeSeq`. */
  beforeSeq: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type HistoryQuery = z.input<typeof HistoryQuery>;
