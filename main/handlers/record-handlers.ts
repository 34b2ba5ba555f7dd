/**
 * Organisations, processors, retention rules and catalogues. Deleting a
 * record that activities link to follows the caller's decision: refuse
 * (IN_USE, listing them), unlink, or move the links to a replacement.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DeleteRequest as DeleteRequestSchema, recordsContract } from '../../shared/contract/records.ts';
import { CATALOGUE_NAMES } from '../../shared/domain/catalogues.ts';
import type { DB } from '../db/schema.ts';
import { refreshCatalogueListColumns } from '../db/repositories/activity-repository.ts';
import {
  deleteCatalogueEntry,
  findCatalogueEntry,
  getCatalogueEntry,
  listCatalogues,
  saveCatalogueEntry,
} from '../db/repositories/catalogue-repository.ts';
import {
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  saveOrganisation,
} from '../db/repositories/organisation-repository.ts';
import { deleteProcessor, getProcessor, loadProcessors, saveProcessor } from '../db/repositories/processor-repository.ts';
import { deleteRetentionRule, getRetentionRule, listRetentionRules, saveRetentionRule } from '../db/repositories/retention-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { assertRevisionRead } from '../db/repositories/revision.ts';
import { AppError } from '../errors.ts';
import {
  activitiesPerOrganisation,
  assertProcessorReferences,
  assertRetentionReferences,
  moveActivitiesToOrganisation,
  relinkAll,
  usageCounts,
  usageOf,
  type LinkTarget,
} from '../services/references.ts';
import { assertNotNamedByDpoRecords } from '../services/dpo-records.ts';
import type { HandlerMap } from './types.ts';

type ParsedDelete = z.output<typeof DeleteRequestSchema>;

/**
 * The common path of every delete: refuse while linked unless told to unlink
 * or replace; then delete. Runs inside the caller's transaction.
 */
async function deleteLinked(
  trx: Kysely<DB>,
  target: LinkTarget,
  current: { label: string; revision: number },
  request: ParsedDelete,
  ctx: WriteContext,
  checkReplacement: (id: string) => Promise<unknown>,
  remove: () => Promise<void>,
): Promise<{ deleted: true; relinked: number }> {
  const { label } = current;
  await assertRevisionRead(trx, { entityType: target.type, entityId: target.id }, request.revision, current.revision);
  await assertNotNamedByDpoRecords(trx, target, label);
  const usage = await usageOf(trx, target);
  const linked = usage.activities.length + usage.processors.length + usage.retentionRules.length;
  let relinked = 0;
  if (linked > 0) {
    if (request.onLinked === 'refuse') {
      const usedBy = [...usage.activities, ...usage.processors, ...usage.retentionRules];
      throw new AppError(
        'IN_USE',
        {
          label,
          count: usage.activities.length,
          activities: usedBy.slice(0, 5).map((a) => `${a.number} ${a.name}`.trim()).join('; '),
        },
        { usedBy },
      );
    }
    const replacement = request.onLinked === 'replace' ? (request.replacementId ?? null) : null;
    if (replacement) await checkReplacement(replacement);
    relinked = await relinkAll(trx, target, replacement, ctx);
  }
  await remove();
  return { deleted: true, relinked };
}

export const recordHandlers: HandlerMap<keyof typeof recordsContract> = {
  'organisations:list': async (_input, app) => {
    const db = app.requireSession().db;
    const counts = await activitiesPerOrganisation(db);
    return (await listOrganisations(db)).map((o) => ({ ...o, usedBy: counts.get(o.id) ?? 0 }));
  },
  'organisations:save': async (input, app) => {
    const session = app.requireSession();
    return session.write((trx) => saveOrganisation(trx, input, session.ctx));
  },
  'organisations:delete': async (request, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      const organisation = await getOrganisation(trx, request.id);
      await assertRevisionRead(trx, { entityType: 'organisation', entityId: organisation.id }, request.revision, organisation.revision);
      await assertNotNamedByDpoRecords(trx, { type: 'organisation', id: organisation.id }, organisation.name);
      let relinked = 0;
      if (request.onLinked === 'replace' && request.replacementId) {
        await getOrganisation(trx, request.replacementId);
        relinked = await moveActivitiesToOrganisation(trx, organisation.id, request.replacementId, session.ctx);
      }
      await deleteOrganisation(trx, organisation.id, session.ctx);
      return { deleted: true as const, relinked };
    });
  },

  'processors:list': async (_input, app) => {
    const db = app.requireSession().db;
    const counts = await usageCounts(db, 'processor');
    return (await loadProcessors(db)).map((p) => ({ ...p, usedBy: counts.get(p.id) ?? 0 }));
  },
  'processors:get': async ({ id }, app) => getProcessor(app.requireSession().db, id),
  'processors:save': async (input, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      await assertProcessorReferences(trx, input, input.id);
      return saveProcessor(trx, input, session.ctx);
    });
  },
  'processors:usage': async ({ id }, app) => usageOf(app.requireSession().db, { type: 'processor', id }),
  'processors:delete': async (request, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      const processor = await getProcessor(trx, request.id);
      return deleteLinked(
        trx,
        { type: 'processor', id: processor.id },
        { label: processor.name, revision: processor.revision },
        request,
        session.ctx,
        (id) => getProcessor(trx, id),
        () => deleteProcessor(trx, processor.id, session.ctx),
      );
    });
  },

  'retentionRules:list': async (_input, app) => {
    const db = app.requireSession().db;
    const counts = await usageCounts(db, 'retentionRule');
    return (await listRetentionRules(db)).map((r) => ({ ...r, usedBy: counts.get(r.id) ?? 0 }));
  },
  'retentionRules:save': async (input, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      await assertRetentionReferences(trx, input);
      return saveRetentionRule(trx, input, session.ctx);
    });
  },
  'retentionRules:usage': async ({ id }, app) => usageOf(app.requireSession().db, { type: 'retentionRule', id }),
  'retentionRules:delete': async (request, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      const rule = await getRetentionRule(trx, request.id);
      return deleteLinked(
        trx,
        { type: 'retentionRule', id: rule.id },
        { label: rule.name, revision: rule.revision },
        request,
        session.ctx,
        (id) => getRetentionRule(trx, id),
        () => deleteRetentionRule(trx, rule.id, session.ctx),
      );
    });
  },

  'catalogues:list': async (_input, app) => {
    const db = app.requireSession().db;
    const usage: Record<string, Record<string, number>> = {};
    for (const name of CATALOGUE_NAMES) usage[name] = Object.fromEntries(await usageCounts(db, name));
    return { catalogues: await listCatalogues(db), usage };
  },
  'catalogues:save': async ({ catalogue, entry }, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      const input = entry as Record<string, unknown> & { id?: string };
      const before = input.id ? await findCatalogueEntry(trx, catalogue, input.id) : undefined;
      const saved = await saveCatalogueEntry(trx, catalogue, input, session.ctx);
      await refreshCatalogueListColumns(trx, catalogue, before, saved);
      return saved;
    });
  },
  'catalogues:usage': async ({ catalogue, id }, app) => usageOf(app.requireSession().db, { type: catalogue, id }),
  'catalogues:delete': async ({ catalogue, request }, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      const entry = await getCatalogueEntry(trx, catalogue, request.id);
      if (entry.builtin) throw new AppError('IN_USE_BUILTIN');
      return deleteLinked(
        trx,
        { type: catalogue, id: request.id },
        { label: String(entry.nameLv || entry.nameEn), revision: entry.revision as number },
        request,
        session.ctx,
        (id) => getCatalogueEntry(trx, catalogue, id),
        () => deleteCatalogueEntry(trx, catalogue, request.id, session.ctx),
      );
    });
  },
};

