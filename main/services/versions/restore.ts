/**
 * Revert, never rewrite: "restore this record as it was" writes a new change
 * whose result is the record as a history entry shows it (before or after
 * that entry), in one transaction with its own history entry. The chain is
 * never rewritten.
 *
 * Links to records that no longer exist cannot come back: links that can be
 * left out (a processor, a category, a legal basis...) are dropped and named
 * in the result; a link the record cannot be without (an activity's
 * organisation) refuses the restore with RESTORE_MISSING_REFERENCE naming it.
 * Undoing a creation removes the record, refused with IN_USE while other
 * records link to it.
 */
import type { Kysely } from 'kysely';
import type { Activity } from '../../../shared/domain/activity.ts';
import type { CatalogueName } from '../../../shared/domain/catalogues.ts';
import type { Organisation } from '../../../shared/domain/organisation.ts';
import type { Processor } from '../../../shared/domain/processor.ts';
import type { RegisterInfo } from '../../../shared/domain/register.ts';
import type { RetentionRule } from '../../../shared/domain/retention.ts';
import { deleteActivity, findActivity, insertActivityRecords, saveActivity } from '../../db/repositories/activity-repository.ts';
import { deleteCatalogueEntry, findCatalogueEntry, putCatalogueRecords, saveCatalogueEntry } from '../../db/repositories/catalogue-repository.ts';
import { appendHistory, historyRowToEntry } from '../../db/repositories/history-repository.ts';
import { deleteOrganisation, findOrganisation, insertOrganisationRecords, saveOrganisation } from '../../db/repositories/organisation-repository.ts';
import { deleteProcessor, findProcessor, insertProcessorRecords, saveProcessor } from '../../db/repositories/processor-repository.ts';
import { deleteRetentionRule, findRetentionRule, insertRetentionRuleRecords, saveRetentionRule } from '../../db/repositories/retention-repository.ts';
import { timestamp, type WriteContext } from '../../db/repositories/write-context.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import {
  assertActivityReferences,
  assertProcessorReferences,
  assertRetentionReferences,
  relinkActivity,
  usageOf,
  type LinkTarget,
} from '../references.ts';
import { readRegisterInfo, writeRegisterInfo } from '../register-info.ts';
import { recordLabel } from './register-diff.ts';
import type { StoredRecord } from './record-kinds.ts';
import { assertNotNamedByDpoRecords } from '../dpo-records.ts';

export interface RestoreRequest {
  /** The history entry. */
  seq: number;
  /** The record as it was before that entry (undo it) or after it. */
  state: 'before' | 'after';
}

export interface DroppedLink {
  field: string;
  id: string;
  /** The linked record's last name in the history, when it had one. */
  label: string;
}

export interface RestoreResult {
  entityType: string;
  entityId: string;
  label: string;
  /** What the restore did to the record now. */
  outcome: 'recreated' | 'updated' | 'removed' | 'unchanged';
  droppedLinks: DroppedLink[];
}

type Pruned<T> = { record: T; dropped: Array<{ field: string; id: string }> };

/** The target a broken link of an activity points at, from the field that names it. */
function activityLinkTarget(field: string, id: string): LinkTarget | 'replacedBy' | null {
  const rules: Array<[RegExp, LinkTarget['type']]> = [
    [/^(purposes\.\d+\.)?legalBasisIds/, 'legalBases'],
    [/^art9ConditionIds/, 'art9Conditions'],
    [/^dataSubjectCategoryIds/, 'dataSubjectCategories'],
    [/^(dataCategories|namedSources)\.\d+\.dataCategoryId/, 'dataCategories'],
    [/^dataCategories\.\d+\.retentionRuleId/, 'retentionRule'],
    [/^recipients/, 'recipientCategories'],
    [/^(processors|transfers)\.\d+\.processorId/, 'processor'],
    [/^transfers\.\d+\.countryId/, 'countries'],
    [/^transfers\.\d+\.transferMechanismId/, 'transferMechanisms'],
    [/^securityMeasureIds/, 'securityMeasures'],
  ];
  if (field === 'replacedById') return 'replacedBy';
  const rule = rules.find(([pattern]) => pattern.test(field));
  return rule ? { type: rule[1], id } : null;
}

/** Asks `check` which link is broken, drops it with `drop`, until none is: the links that were dropped. */
async function pruneLinks<T>(record: T, check: (record: T) => Promise<void>, drop: (record: T, field: string, id: string) => T | null): Promise<Pruned<T>> {
  const dropped: Array<{ field: string; id: string }> = [];
  for (;;) {
    try {
      await check(record);
      return { record, dropped };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'UNKNOWN_REFERENCE') throw error;
      const field = String(error.params.field);
      const id = String(error.params.id);
      const next = drop(record, field, id);
      if (next === null) throw new AppError('RESTORE_MISSING_REFERENCE', { label: '', missing: `${field} ${id}` });
      dropped.push({ field, id });
      record = next;
    }
  }
}

interface KindOps {
  find(db: Kysely<DB>, id: string): Promise<StoredRecord | undefined>;
  prune(db: Kysely<DB>, record: StoredRecord): Promise<Pruned<StoredRecord>>;
  update(trx: Kysely<DB>, record: StoredRecord, revision: number, ctx: WriteContext): Promise<unknown>;
  insert(trx: Kysely<DB>, record: StoredRecord, at: string, ctx: WriteContext): Promise<unknown>;
  remove(trx: Kysely<DB>, id: string, ctx: WriteContext): Promise<unknown>;
  /** What links to the record (refuses undoing its creation while anything does). */
  target?: (id: string) => LinkTarget;
}

const keep = async (_db: Kysely<DB>, record: StoredRecord): Promise<Pruned<StoredRecord>> => ({ record, dropped: [] });

/** A kind's pruning: its reference check, and how it drops the link a field names. */
function pruneWith<T>(check: (db: Kysely<DB>, record: T) => Promise<void>, drop: (record: T, field: string, id: string) => T | null): KindOps['prune'] {
  return (db, record) => pruneLinks(record as unknown as T, (typed) => check(db, typed), drop) as unknown as Promise<Pruned<StoredRecord>>;
}

function catalogueOps(name: CatalogueName): KindOps {
  return {
    find: async (db, id) => findCatalogueEntry(db, name, id),
    prune: keep,
    update: (trx, record, revision, ctx) => saveCatalogueEntry(trx, name, { ...record, revision } as never, ctx),
    insert: (trx, record, at) => putCatalogueRecords(trx, name, [record as never], at),
    remove: (trx, id, ctx) => deleteCatalogueEntry(trx, name, id, ctx),
    target: (id) => ({ type: name, id }),
  };
}

const KIND_OPS: Record<string, KindOps> = {
  organisation: {
    find: async (db, id) => findOrganisation(db, id) as Promise<StoredRecord | undefined>,
    prune: keep,
    update: (trx, record, revision, ctx) => saveOrganisation(trx, { ...(record as unknown as Organisation), revision }, ctx),
    insert: (trx, record, at) => insertOrganisationRecords(trx, [record as unknown as Organisation], at),
    remove: (trx, id, ctx) => deleteOrganisation(trx, id, ctx),
  },
  activity: {
    find: async (db, id) => findActivity(db, id) as Promise<StoredRecord | undefined>,
    prune: pruneWith<Activity>(assertActivityReferences, (activity, field, id) => {
      const target = activityLinkTarget(field, id);
      if (target === null) return null;
      return target === 'replacedBy' ? { ...activity, replacedById: null } : relinkActivity(activity, target, null);
    }),
    update: (trx, record, revision, ctx) => saveActivity(trx, { ...(record as unknown as Activity), revision }, ctx),
    insert: (trx, record, at, ctx) => insertActivityRecords(trx, [record as unknown as Activity], at, ctx),
    remove: (trx, id, ctx) => deleteActivity(trx, id, ctx),
  },
  processor: {
    find: async (db, id) => findProcessor(db, id) as Promise<StoredRecord | undefined>,
    prune: pruneWith<Processor>(
      (db, processor) => assertProcessorReferences(db, processor, processor.id),
      (processor, field, id) => {
        if (field === 'countryId') return { ...processor, countryId: null };
        if (field === 'transferMechanismId') return { ...processor, transferMechanismId: null };
        return { ...processor, subProcessorIds: processor.subProcessorIds.filter((sub) => sub !== id) };
      },
    ),
    update: (trx, record, revision, ctx) => saveProcessor(trx, { ...(record as unknown as Processor), revision }, ctx),
    insert: (trx, record, at) => insertProcessorRecords(trx, [record as unknown as Processor], at),
    remove: (trx, id, ctx) => deleteProcessor(trx, id, ctx),
    target: (id) => ({ type: 'processor', id }),
  },
  retentionRule: {
    find: async (db, id) => findRetentionRule(db, id) as Promise<StoredRecord | undefined>,
    prune: pruneWith<RetentionRule>(assertRetentionReferences, (rule) => ({ ...rule, dataCategoryId: null })),
    update: (trx, record, revision, ctx) => saveRetentionRule(trx, { ...(record as unknown as RetentionRule), revision }, ctx),
    insert: (trx, record, at) => insertRetentionRuleRecords(trx, [record as unknown as RetentionRule], at),
    remove: (trx, id, ctx) => deleteRetentionRule(trx, id, ctx),
    target: (id) => ({ type: 'retentionRule', id }),
  },
  ...Object.fromEntries(
    (['dataCategories', 'dataSubjectCategories', 'recipientCategories', 'legalBases', 'art9Conditions', 'countries', 'transferMechanisms', 'securityMeasures'] as const).map(
      (name) => [name, catalogueOps(name)],
    ),
  ),
};

async function lastLabel(db: Kysely<DB>, id: string): Promise<string> {
  const row = await db.selectFrom('history').select('label').where('entity_id', '=', id).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row?.label ?? '';
}

async function restoreRegisterInfo(trx: Kysely<DB>, target: RegisterInfo, ctx: WriteContext): Promise<RestoreResult['outcome']> {
  const before = await readRegisterInfo(trx);
  if (JSON.stringify(before) === JSON.stringify(target)) return 'unchanged';
  await writeRegisterInfo(trx, target);
  await appendHistory(trx, { entityType: 'register', entityId: target.registerId, action: 'update', label: target.title, before, after: target }, timestamp(ctx));
  return 'updated';
}

async function refuseWhileUsed(trx: Kysely<DB>, ops: KindOps, id: string, label: string): Promise<void> {
  if (!ops.target) return;
  const usage = await usageOf(trx, ops.target(id));
  const users = [...usage.activities, ...usage.processors, ...usage.retentionRules];
  if (users.length === 0) return;
  throw new AppError(
    'IN_USE',
    { label, count: users.length, activities: users.map((u) => [u.number, u.name].filter(Boolean).join(' ')).join(', ') },
    { usedBy: usage.activities },
  );
}

/**
 * Brings a record back to how history entry `seq` shows it, in the caller's
 * transaction. Throws NOT_FOUND (no such entry, or not a record's entry),
 * RESTORE_MISSING_REFERENCE, IN_USE; nothing is written then.
 */
export async function restoreRecord(trx: Kysely<DB>, request: RestoreRequest, ctx: WriteContext): Promise<RestoreResult> {
  const row = await trx.selectFrom('history').selectAll().where('seq', '=', request.seq).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { id: `#${request.seq}` });
  const entry = historyRowToEntry(row);
  const wanted = (request.state === 'before' ? entry.before : entry.after) as StoredRecord | null;
  const base = { entityType: entry.entityType, entityId: entry.entityId, label: wanted ? recordLabel(wanted) : entry.label };
  if (entry.entityType === 'register') {
    if (!wanted) throw new AppError('NOT_FOUND', { id: `#${request.seq}` });
    return { ...base, outcome: await restoreRegisterInfo(trx, wanted as unknown as RegisterInfo, ctx), droppedLinks: [] };
  }
  const ops = KIND_OPS[entry.entityType];
  if (!ops) throw new AppError('NOT_FOUND', { id: `#${request.seq}` });
  const current = await ops.find(trx, entry.entityId);
  if (!wanted) {
    if (!current) return { ...base, outcome: 'unchanged', droppedLinks: [] };
    await refuseWhileUsed(trx, ops, entry.entityId, base.label);
    // A breach or a request naming it is evidence of what happened: refused with IN_USE_BY_RECORDS, as a delete is.
    await assertNotNamedByDpoRecords(trx, { type: entry.entityType, id: entry.entityId }, base.label);
    await ops.remove(trx, entry.entityId, ctx);
    return { ...base, outcome: 'removed', droppedLinks: [] };
  }
  let pruned: Pruned<StoredRecord>;
  try {
    pruned = await ops.prune(trx, wanted);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RESTORE_MISSING_REFERENCE') {
      const [field, id] = String(error.params.missing).split(' ');
      const name = await lastLabel(trx, id ?? '');
      throw new AppError('RESTORE_MISSING_REFERENCE', { label: base.label, missing: `${name || id} (${field})` });
    }
    throw error;
  }
  const droppedLinks = await Promise.all(pruned.dropped.map(async (link) => ({ ...link, label: await lastLabel(trx, link.id) })));
  const at = timestamp(ctx);
  if (current) {
    const comparable = { ...pruned.record, revision: current.revision, createdAt: current.createdAt, updatedAt: current.updatedAt };
    if (JSON.stringify(Object.entries(comparable).sort()) === JSON.stringify(Object.entries(current).sort())) {
      return { ...base, outcome: 'unchanged', droppedLinks };
    }
    await ops.update(trx, pruned.record, current.revision as number, ctx);
    return { ...base, outcome: 'updated', droppedLinks };
  }
  await ops.insert(trx, { ...pruned.record, revision: ((pruned.record.revision as number) ?? 0) + 1, updatedAt: at }, at, ctx);
  return { ...base, outcome: 'recreated', droppedLinks };
}

/**
 * Brings a record back to how it was at a moment (a diff's earlier side):
 * the state after its last entry at or before the moment, or, when the
 * history first touched it later, the state before that. Throws NOT_FOUND
 * for a record the history never touched, then as `restoreRecord`.
 */
export async function restoreRecordAsOf(trx: Kysely<DB>, target: { entityType: string; entityId: string; seq: number }, ctx: WriteContext): Promise<RestoreResult> {
  const entity = trx.selectFrom('history').select('seq').where('entity_type', '=', target.entityType).where('entity_id', '=', target.entityId);
  const last = await entity.where('seq', '<=', target.seq).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (last) return restoreRecord(trx, { seq: last.seq, state: 'after' }, ctx);
  const next = await entity.where('seq', '>', target.seq).orderBy('seq', 'asc').limit(1).executeTakeFirst();
  if (!next) throw new AppError('NOT_FOUND', { id: target.entityId });
  return restoreRecord(trx, { seq: next.seq, state: 'before' }, ctx);
}
