/**
 * Which part of the register a notice speaks about: the organisation's own
 * processing (controller records, not ended) that concerns at least one of
 * the audience's data subject categories. A processor record (Art. 30(2)) is
 * someone else's processing and has its own controller's notice.
 *
 * `noticeFacts` flattens that part into keyed, language-neutral lines. Two
 * notices whose facts are equal say the same thing; the keys whose lines
 * differ are the changes the overview counts ("2 changes").
 */
import type { Activity } from '../domain/activity.ts';
import type { DataSubjectCategory } from '../domain/catalogues.ts';
import { withEffectiveBases } from '../domain/legal-basis-inheritance.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { RegisterDocument } from '../domain/register.ts';
import type { NoticeSettings } from './settings.ts';

export interface NoticeScope {
  organisation: Organisation;
  audience: DataSubjectCategory[];
  activities: Activity[];
}

/** The organisation, the audience's categories and the activities that concern them; null when the organisation is not in the register. */
export function noticeScope(document: RegisterDocument, settings: Pick<NoticeSettings, 'organisationId' | 'audienceIds'>): NoticeScope | null {
  const organisation = document.organisations.find((o) => o.id === settings.organisationId);
  if (!organisation) return null;
  const wanted = new Set(settings.audienceIds);
  const audience = document.catalogues.dataSubjectCategories.filter((c) => wanted.has(c.id));
  // Each purpose with its effective basis (its own or the activity's): the notice states what the processing rests on.
  const activities = document.activities
    .filter((a) => a.organisationId === organisation.id && a.kind === 'controller' && a.status !== 'ended' && a.dataSubjectCategoryIds.some((id) => wanted.has(id)))
    .map(withEffectiveBases);
  return { organisation, audience, activities };
}

const line = (value: unknown): string => JSON.stringify(value);

/** Keyed lines of everything the register puts into this notice. */
export function noticeFacts(document: RegisterDocument, scope: NoticeScope, settings: NoticeSettings): Record<string, string> {
  const { organisation } = scope;
  const facts: Record<string, string> = {
    controller: line([organisation.name, organisation.regNo, organisation.address, organisation.email, organisation.phone, organisation.website]),
    representative: line([organisation.representativeName, organisation.representativeContact]),
    dpo: line([organisation.dpoName, organisation.dpoEmail, organisation.dpoPhone]),
    settings: line([settings.sectionOrder, settings.customParagraphs, settings.nameProcessors, settings.showArticles]),
  };
  const rules = new Map(document.retentionRules.map((r) => [r.id, r]));
  const processors = new Map(document.processors.map((p) => [p.id, p]));
  for (const activity of scope.activities) {
    const key = `activity:${activity.id}`;
    activity.purposes.forEach((purpose, index) => {
      facts[`${key}:purpose:${index}`] = line([purpose.description, purpose.legalBasisIds, purpose.legitimateInterest]);
    });
    facts[`${key}:special`] = line([activity.art9ConditionIds, activity.art10Basis]);
    // Named sources join the line only when there are any, so a notice published before they existed is not marked as changed.
    facts[`${key}:sources`] = line(activity.namedSources.length > 0 ? [activity.sourceTypes, activity.sourceNotes, activity.namedSources] : [activity.sourceTypes, activity.sourceNotes]);
    facts[`${key}:recipients`] = line(activity.recipients.map((r) => r.recipientCategoryId));
    if (settings.nameProcessors) {
      facts[`${key}:processors`] = line(
        activity.processors.map((link) => {
          const processor = processors.get(link.processorId);
          return [link.processorId, processor?.name, processor?.service, processor?.countryId];
        }),
      );
    }
    activity.transfers.forEach((transfer, index) => {
      facts[`${key}:transfer:${index}`] = line([transfer.countryId, transfer.transferMechanismId, transfer.processorId]);
    });
    for (const category of activity.dataCategories) {
      const rule = category.retentionRuleId ? rules.get(category.retentionRuleId) : undefined;
      facts[`${key}:data:${category.dataCategoryId}`] = line([
        category.retentionRuleId,
        rule ? [rule.name, rule.periodValue, rule.periodUnit, rule.criterion, rule.startEvent] : null,
      ]);
    }
    facts[`${key}:automated`] = line([activity.automatedDecision, activity.profiling, activity.automatedDecisionLogic]);
  }
  return facts;
}

/** How many facts differ between two notices: added, removed or changed lines. */
export function countChanges(before: Record<string, string>, after: Record<string, string>): number {
  let changes = 0;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) if (before[key] !== after[key]) changes += 1;
  return changes;
}
