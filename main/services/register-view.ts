/**
 * Narrowing a register document for an export: one organisation's
 * activities (`--org ID`), with only the processors and rules they use.
 * Catalogues stay whole (they are vocabulary, not content).
 */
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { AppError } from '../errors.ts';

export function documentForOrganisation(document: RegisterDocument, organisationId: string | undefined): RegisterDocument {
  if (!organisationId) return document;
  const organisation = document.organisations.find((o) => o.id === organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', { id: organisationId });
  const activities = document.activities.filter((a) => a.organisationId === organisationId);
  const processorIds = new Set(activities.flatMap((a) => [...a.processors.map((p) => p.processorId), ...a.transfers.flatMap((t) => (t.processorId ? [t.processorId] : []))]));
  // Sub-processors of used processors are part of the picture too.
  for (const processor of document.processors) {
    if (processorIds.has(processor.id)) processor.subProcessorIds.forEach((id) => processorIds.add(id));
  }
  const ruleIds = new Set(activities.flatMap((a) => a.dataCategories.flatMap((c) => (c.retentionRuleId ? [c.retentionRuleId] : []))));
  return {
    ...document,
    organisations: [organisation],
    activities,
    processors: document.processors.filter((p) => processorIds.has(p.id)),
    retentionRules: document.retentionRules.filter((r) => ruleIds.has(r.id)),
  };
}
