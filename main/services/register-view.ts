/**
 * Narrowing a register document for an export: one organisation's
 * activities (`--org ID`), with only the processors and rules they use.
 * Catalogues stay whole (they are vocabulary, not content).
 *
 * The result is a register in its own right (the Excel export carries it
 * for a lossless import): sub-processors of sub-processors are included, and
 * a "replaced by" link to another organisation's activity, which is not in
 * the view, is dropped.
 */
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { AppError } from '../errors.ts';

export function documentForOrganisation(document: RegisterDocument, organisationId: string | undefined): RegisterDocument {
  if (!organisationId) return document;
  const organisation = document.organisations.find((o) => o.id === organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', { id: organisationId });
  const activities = document.activities.filter((a) => a.organisationId === organisationId);
  const activityIds = new Set(activities.map((a) => a.id));

  const byId = new Map(document.processors.map((processor) => [processor.id, processor]));
  const breaches = document.breaches?.filter((b) => b.organisationId === organisationId);
  const subjectRequests = document.subjectRequests?.filter((r) => r.organisationId === organisationId);
  const processorIds = new Set([
    ...activities.flatMap((a) => [...a.processors.map((p) => p.processorId), ...a.transfers.flatMap((t) => (t.processorId ? [t.processorId] : []))]),
    ...(breaches ?? []).flatMap((b) => b.processorIds),
  ]);
  const queue = [...processorIds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const sub of byId.get(id)?.subProcessorIds ?? []) {
      if (!processorIds.has(sub)) {
        processorIds.add(sub);
        queue.push(sub);
      }
    }
  }
  const ruleIds = new Set(activities.flatMap((a) => a.dataCategories.flatMap((c) => (c.retentionRuleId ? [c.retentionRuleId] : []))));
  const { breaches: _allBreaches, subjectRequests: _allRequests, ...rest } = document;
  return {
    ...rest,
    organisations: [organisation],
    activities: activities.map((activity) =>
      activity.replacedById === null || activityIds.has(activity.replacedById) ? activity : { ...activity, replacedById: null },
    ),
    processors: document.processors.filter((p) => processorIds.has(p.id)),
    retentionRules: document.retentionRules.filter((r) => ruleIds.has(r.id)),
    ...(breaches?.length ? { breaches } : {}),
    ...(subjectRequests?.length ? { subjectRequests } : {}),
  };
}
