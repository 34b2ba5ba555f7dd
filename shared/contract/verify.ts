/** What the history check says of the records (main/services/verify-records.ts). */
import { z } from 'zod';
import { EntityType } from '../domain/history.ts';

export const RecordDifference = z.object({
  entityType: EntityType,
  entityId: z.string(),
  label: z.string(),
  /** changed: differs from its latest history entry; added: not in the history (or deleted there); deleted: gone without a deletion entry. */
  kind: z.enum(['changed', 'added', 'deleted']),
  /** The fields that differ, as the exchange document names them. */
  fields: z.array(z.string()),
});
export type RecordDifference = z.infer<typeof RecordDifference>;

export const RecordsVerdict = z.object({
  intact: z.boolean(),
  records: z.number().int(),
  differences: z.array(RecordDifference),
});
export type RecordsVerdict = z.infer<typeof RecordsVerdict>;
