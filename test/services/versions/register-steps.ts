/**
 * Random changes to a register through the real write paths, one
 * transaction each, for the property tests of the as-of rebuild and the
 * diff: creates, updates and deletes of every kind of record, catalogue
 * changes, the register's title, and restores of random history entries.
 */
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { deleteActivity, loadActivities, saveActivity } from '../../../main/db/repositories/activity-repository.ts';
import { deleteCatalogueEntry, listCatalogue, saveCatalogueEntry } from '../../../main/db/repositories/catalogue-repository.ts';
import { appendHistory, attributeTransaction, historySeq } from '../../../main/db/repositories/history-repository.ts';
import { deleteOrganisation, listOrganisations, saveOrganisation } from '../../../main/db/repositories/organisation-repository.ts';
import { deleteProcessor, loadProcessors, saveProcessor } from '../../../main/db/repositories/processor-repository.ts';
import { deleteRetentionRule, listRetentionRules, saveRetentionRule } from '../../../main/db/repositories/retention-repository.ts';
import type { WriteContext } from '../../../main/db/repositories/write-context.ts';
import type { DB } from '../../../main/db/schema.ts';
import { relinkAll } from '../../../main/services/references.ts';
import { emptyOrganisation } from '../../../shared/domain/organisation.ts';
import { readRegisterInfo, writeRegisterInfo } from '../../../main/services/register-info.ts';
import { restoreRecord } from '../../../main/services/versions/restore.ts';
import { emptyActivity } from '../../../shared/domain/activity.ts';
import { processorInput, ruleInput } from '../../helpers/registers.ts';

export type Step =
  | { op: 'organisation'; action: 'create' | 'update' | 'delete'; pick: number; text: string }
  | { op: 'processor'; action: 'create' | 'update' | 'delete'; pick: number; text: string; sub: number }
  | { op: 'rule'; action: 'create' | 'update' | 'delete'; pick: number; text: string }
  | { op: 'activity'; action: 'create' | 'update' | 'delete'; pick: number; text: string; link: number }
  | { op: 'catalogue'; action: 'create' | 'update' | 'delete'; pick: number; text: string }
  | { op: 'title'; text: string }
  | { op: 'restore'; pick: number; state: 'before' | 'after' };

const action = fc.constantFrom('create', 'create', 'update', 'delete') as fc.Arbitrary<'create' | 'update' | 'delete'>;
const text = fc.oneof(fc.constantFrom('Algas', 'Ārsti', 'Ēdnīca', 'Zvani', 'ābols'), fc.string({ minLength: 1, maxLength: 8 }));
const pick = fc.nat(50);

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('organisation' as const), action, pick, text }),
  fc.record({ op: fc.constant('processor' as const), action, pick, text, sub: pick }),
  fc.record({ op: fc.constant('rule' as const), action, pick, text }),
  fc.record({ op: fc.constant('activity' as const), action, pick, text, link: pick }),
  fc.record({ op: fc.constant('activity' as const), action, pick, text, link: pick }),
  fc.record({ op: fc.constant('catalogue' as const), action, pick, text }),
  fc.record({ op: fc.constant('title' as const), text }),
  fc.record({ op: fc.constant('restore' as const), pick: fc.nat(400), state: fc.constantFrom('before', 'after') as fc.Arbitrary<'before' | 'after'> }),
);

const at = <T>(items: readonly T[], index: number): T | undefined => (items.length ? items[index % items.length] : undefined);

async function applyStep(trx: Kysely<DB>, step: Step, ctx: WriteContext): Promise<void> {
  switch (step.op) {
    case 'organisation': {
      const organisation = at(await listOrganisations(trx), step.pick);
      if (step.action === 'create' || !organisation) await saveOrganisation(trx, emptyOrganisation(step.text), ctx);
      else if (step.action === 'update') await saveOrganisation(trx, { ...organisation, name: step.text, notes: `${organisation.notes}+` }, ctx);
      else await deleteOrganisation(trx, organisation.id, ctx);
      return;
    }
    case 'processor': {
      const processors = await loadProcessors(trx);
      const processor = at(processors, step.pick);
      if (step.action === 'create' || !processor) await saveProcessor(trx, processorInput({ name: step.text, countryId: step.pick % 2 ? 'US' : 'LV' }), ctx);
      else if (step.action === 'update') {
        const sub = at(processors.filter((p) => p.id !== processor.id), step.sub);
        await saveProcessor(trx, { ...processor, name: step.text, subProcessorIds: sub ? [sub.id] : [] }, ctx);
      } else {
        await relinkAll(trx, { type: 'processor', id: processor.id }, null, ctx);
        await deleteProcessor(trx, processor.id, ctx);
      }
      return;
    }
    case 'rule': {
      const rule = at(await listRetentionRules(trx), step.pick);
      if (step.action === 'create' || !rule) await saveRetentionRule(trx, ruleInput({ name: step.text }), ctx);
      else if (step.action === 'update') await saveRetentionRule(trx, { ...rule, name: step.text, periodValue: rule.periodValue === null ? 1 : rule.periodValue + 1 }, ctx);
      else {
        await relinkAll(trx, { type: 'retentionRule', id: rule.id }, null, ctx);
        await deleteRetentionRule(trx, rule.id, ctx);
      }
      return;
    }
    case 'activity': {
      const activities = await loadActivities(trx);
      const activity = at(activities, step.pick);
      const organisation = at(await listOrganisations(trx), step.pick);
      const processor = at(await loadProcessors(trx), step.link);
      const rule = at(await listRetentionRules(trx), step.link);
      const measure = at(await listCatalogue(trx, 'securityMeasures'), step.link);
      if (step.action === 'create' || !activity) {
        if (!organisation) return;
        await saveActivity(
          trx,
          {
            ...emptyActivity(organisation.id, '2026-01-01'),
            number: `PD-${step.pick}-${step.text.length}-${activities.length}`,
            name: step.text,
            processors: processor ? [{ processorId: processor.id, notes: '' }] : [],
            dataCategories: [{ dataCategoryId: 'dc-payroll', retentionRuleId: rule?.id ?? null, notes: '' }],
            securityMeasureIds: measure ? [measure.id as string] : [],
            replacedById: at(activities, step.link)?.id ?? null,
          },
          ctx,
        );
      } else if (step.action === 'update') {
        await saveActivity(trx, { ...activity, name: step.text, processors: processor ? [{ processorId: processor.id, notes: step.text }] : [] }, ctx);
      } else await deleteActivity(trx, activity.id, ctx);
      return;
    }
    case 'catalogue': {
      const entries = await listCatalogue(trx, 'securityMeasures');
      const entry = at(entries, step.pick);
      if (step.action === 'create' || !entry) {
        await saveCatalogueEntry(trx, 'securityMeasures', { nameLv: step.text, nameEn: '', description: '', type: 'technical' }, ctx);
      } else if (step.action === 'update') {
        await saveCatalogueEntry(trx, 'securityMeasures', { ...entry, nameLv: step.text }, ctx);
      } else if (!entry.builtin) {
        await relinkAll(trx, { type: 'securityMeasures', id: entry.id as string }, null, ctx);
        await deleteCatalogueEntry(trx, 'securityMeasures', entry.id as string, ctx);
      }
      return;
    }
    case 'title': {
      const before = await readRegisterInfo(trx);
      const after = { ...before, title: step.text };
      await writeRegisterInfo(trx, after);
      await appendHistory(trx, { entityType: 'register', entityId: before.registerId, action: 'update', label: after.title, before, after }, ctx.now().toISOString());
      return;
    }
    case 'restore': {
      const head = await historySeq(trx);
      if (head === 0) return;
      await restoreRecord(trx, { seq: 1 + (step.pick % head), state: step.state }, ctx);
      return;
    }
  }
}

/**
 * Runs a step in its own transaction, attributed to `author`. A step the
 * register refuses (a record in use, a clashing number) changes nothing;
 * it reports whether the step was written.
 */
export async function runStep(db: Kysely<DB>, step: Step, ctx: WriteContext, author?: string): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      attributeTransaction(trx, author);
      await applyStep(trx, step, ctx);
    });
    return true;
  } catch {
    return false;
  }
}
