/**
 * Optimistic concurrency for every repository that saves with a revision:
 * an update names the revision it read, and is refused (CONFLICT) when the
 * stored record has moved on or when it names none. The contract refuses a
 * missing revision first with a field message (validation.revisionRequired);
 * this is the repositories' own guard for every other caller (imports,
 * relinking, the CLI), so no update can silently win.
 *
 * The refusal names who changed the record and when, when the history knows
 * (the record's latest entry): "changed by Ilze Kalniņa on 21.11.2026 09:00".
 */
import type { Kysely } from 'kysely';
import { formatTimestamp } from '../../../shared/format.ts';
import type { EntityType } from '../../../shared/domain/history.ts';
import { AppError } from '../../errors.ts';
import type { DB } from '../schema.ts';

/** The record a revision belongs to, as its history entries name it. */
export interface RevisionedEntity {
  entityType: EntityType;
  entityId: string;
}

/**
 * The CONFLICT for `entity`, with the author and time of its latest change
 * when the history has them (message context `changedBy` or `changed`).
 */
export async function conflictError(trx: Kysely<DB>, entity: RevisionedEntity): Promise<AppError> {
  const last = await trx
    .selectFrom('history')
    .select(['at', 'author'])
    .where('entity_type', '=', entity.entityType)
    .where('entity_id', '=', entity.entityId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return new AppError('CONFLICT');
  const at = formatTimestamp(last.at);
  return last.author ? new AppError('CONFLICT', { context: 'changedBy', author: last.author, at }) : new AppError('CONFLICT', { context: 'changed', at });
}

/**
 * Refuses (CONFLICT) an update of `entity` whose `read` revision is not the
 * `stored` one, or that names none. Call inside the write's transaction,
 * before anything is changed.
 */
export async function assertRevisionRead(trx: Kysely<DB>, entity: RevisionedEntity, read: number | undefined, stored: number): Promise<void> {
  if (read !== stored) throw await conflictError(trx, entity);
}
