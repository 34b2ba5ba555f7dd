/**
 * The pre-publication check of a privacy notice: every element that Art.
 * 13/14 and DVI's checklist ask of a notice and that the register cannot
 * fill for this audience. Each finding names the record and the field to fix
 * (the app links it to the editor), in the shape of the compliance checks,
 * so the same message, link and list code serves both.
 *
 * One missing element gives exactly one finding: the rules below do not
 * overlap (a purpose with no legal basis is not also reported as lacking a
 * legitimate interest, a data category with no retention rule is not also a
 * rule without a period).
 */
import type { Activity } from '../domain/activity.ts';
import type { RegisterDocument } from '../domain/register.ts';
import type { Finding, RuleMeta } from '../rules/types.ts';
import type { NoticeScope } from './scope.ts';
import { namedElsewhere } from './named-sources.ts';

export const NOTICE_RULES = {
  controllerContact: { id: 'notice.controller-contact', severity: 'error', article: 'Art. 13(1)(a)' },
  dpoContact: { id: 'notice.dpo-contact', severity: 'warning', article: 'Art. 13(1)(b)' },
  noActivities: { id: 'notice.no-activities', severity: 'error', article: 'Art. 13(1)(c)' },
  noPurpose: { id: 'notice.no-purpose', severity: 'error', article: 'Art. 13(1)(c)' },
  noLegalBasis: { id: 'notice.no-legal-basis', severity: 'error', article: 'Art. 13(1)(c)' },
  noLegitimateInterest: { id: 'notice.no-legitimate-interest', severity: 'error', article: 'Art. 13(1)(d)' },
  noArt9Condition: { id: 'notice.no-art9-condition', severity: 'error', article: 'Art. 9(2)' },
  noDataCategories: { id: 'notice.no-data-categories', severity: 'error', article: 'Art. 14(1)(d)' },
  noSource: { id: 'notice.no-source', severity: 'error', article: 'Art. 14(2)(f)' },
  transferNoSafeguard: { id: 'notice.transfer-no-safeguard', severity: 'error', article: 'Art. 13(1)(f)' },
  transferNoCopy: { id: 'notice.transfer-no-copy', severity: 'warning', article: 'Art. 13(1)(f)' },
  noRetention: { id: 'notice.no-retention', severity: 'error', article: 'Art. 13(2)(a)' },
  retentionNoPeriod: { id: 'notice.retention-no-period', severity: 'warning', article: 'Art. 13(2)(a)' },
  automatedNoLogic: { id: 'notice.automated-no-logic', severity: 'error', article: 'Art. 13(2)(f)' },
} as const satisfies Record<string, RuleMeta>;

type Params = Finding['params'];

function finding(rule: RuleMeta, entity: Finding['entity'], field: string, params: Params): Finding {
  return { ruleId: rule.id, severity: rule.severity, article: rule.article, entity, field, messageKey: `notice:finding.${rule.id}`, params };
}

function activityEntity(activity: Activity): Finding['entity'] {
  return { type: 'activity', id: activity.id, label: `${activity.number} ${activity.name}`.trim() };
}

/** Whether the notice must also say where the data came from (Art. 14): not all of it is given by the person. */
export function collectedElsewhere(activity: Activity): boolean {
  return activity.sourceTypes.some((type) => type !== 'data_subject') || namedElsewhere(activity).length > 0;
}

function activityFindings(document: RegisterDocument, activity: Activity, out: Finding[]): void {
  const entity = activityEntity(activity);
  const names = { number: activity.number, name: activity.name };
  const bases = new Map(document.catalogues.legalBases.map((b) => [b.id, b]));
  const categories = new Map(document.catalogues.dataCategories.map((c) => [c.id, c]));
  const countries = new Map(document.catalogues.countries.map((c) => [c.id, c]));
  const mechanisms = new Map(document.catalogues.transferMechanisms.map((m) => [m.id, m]));

  if (activity.purposes.length === 0) out.push(finding(NOTICE_RULES.noPurpose, entity, 'purposes', names));
  activity.purposes.forEach((purpose, index) => {
    const params = { ...names, purpose: purpose.description };
    if (purpose.legalBasisIds.length === 0) out.push(finding(NOTICE_RULES.noLegalBasis, entity, `purposes.${index}.legalBasisIds`, params));
    const onInterests = purpose.legalBasisIds.some((id) => bases.get(id)?.gdprPoint === 'f');
    if (onInterests && purpose.legitimateInterest === '') out.push(finding(NOTICE_RULES.noLegitimateInterest, entity, `purposes.${index}.legitimateInterest`, params));
  });
  const special = activity.dataCategories.some((c) => categories.get(c.dataCategoryId)?.kind === 'special');
  if (special && activity.art9ConditionIds.length === 0) out.push(finding(NOTICE_RULES.noArt9Condition, entity, 'art9ConditionIds', names));
  if (activity.dataCategories.length === 0) out.push(finding(NOTICE_RULES.noDataCategories, entity, 'dataCategories', names));
  if (activity.sourceTypes.length === 0 && activity.namedSources.length === 0) out.push(finding(NOTICE_RULES.noSource, entity, 'sourceTypes', names));
  else if (collectedElsewhere(activity) && activity.sourceNotes === '' && namedElsewhere(activity).length === 0) out.push(finding(NOTICE_RULES.noSource, entity, 'sourceNotes', names));

  activity.transfers.forEach((transfer, index) => {
    const country = countries.get(transfer.countryId);
    if (!country || country.eea) return;
    const params = { ...names, country: { lv: country.nameLv, en: country.nameEn } };
    const mechanism = transfer.transferMechanismId ? mechanisms.get(transfer.transferMechanismId) : undefined;
    if (!mechanism && country.adequacy !== 'adequate') {
      out.push(finding(NOTICE_RULES.transferNoSafeguard, entity, `transfers.${index}.transferMechanismId`, params));
    } else if (mechanism && mechanism.article === '46' && transfer.safeguardDocuments === '') {
      out.push(finding(NOTICE_RULES.transferNoCopy, entity, `transfers.${index}.safeguardDocuments`, params));
    }
  });
  activity.dataCategories.forEach((category, index) => {
    const entry = categories.get(category.dataCategoryId);
    if (category.retentionRuleId === null) {
      out.push(finding(NOTICE_RULES.noRetention, entity, `dataCategories.${index}.retentionRuleId`, { ...names, data: entry ? { lv: entry.nameLv, en: entry.nameEn } : category.dataCategoryId }));
    }
  });
  if ((activity.automatedDecision || activity.profiling) && activity.automatedDecisionLogic === '') {
    out.push(finding(NOTICE_RULES.automatedNoLogic, entity, 'automatedDecisionLogic', names));
  }
}

/** The findings for one notice's scope, in register order: organisation, activities, retention rules. */
export function checkNotice(document: RegisterDocument, scope: NoticeScope): Finding[] {
  const out: Finding[] = [];
  const { organisation } = scope;
  const orgEntity: Finding['entity'] = { type: 'organisation', id: organisation.id, label: organisation.name };
  if (organisation.address === '' && organisation.email === '' && organisation.phone === '') {
    out.push(finding(NOTICE_RULES.controllerContact, orgEntity, 'email', { name: organisation.name }));
  }
  if (organisation.dpoEmail === '' && organisation.dpoPhone === '') out.push(finding(NOTICE_RULES.dpoContact, orgEntity, 'dpoEmail', { name: organisation.name }));
  if (scope.activities.length === 0) {
    out.push(finding(NOTICE_RULES.noActivities, orgEntity, 'name', { name: organisation.name, audience: scope.audience.map((c) => ({ lv: c.nameLv, en: c.nameEn })) }));
  }
  for (const activity of scope.activities) activityFindings(document, activity, out);

  const ruleIds = new Set(scope.activities.flatMap((a) => a.dataCategories.flatMap((c) => (c.retentionRuleId ? [c.retentionRuleId] : []))));
  for (const rule of document.retentionRules) {
    if (ruleIds.has(rule.id) && rule.periodValue === null) {
      out.push(finding(NOTICE_RULES.retentionNoPeriod, { type: 'retentionRule', id: rule.id, label: rule.name }, 'periodValue', { name: rule.name, criterion: rule.criterion.replace(/\.$/, '') }));
    }
  }
  return out;
}
