/**
 * The compliance checks: every rule, run over a whole register for a given
 * day. Pure: no clock, no files; the same document and day always give the
 * same findings in the same order, whatever order the register lists its
 * records in.
 */
import type { RegisterDocument } from '../domain/register.ts';
import { isIsoDate } from '../domain/primitives.ts';
import { collator } from '../format.ts';
import { adequacyListRules } from './adequacy-list.ts';
import { automatedDecisionRules } from './automated-decisions.ts';
import { buildContext } from './context.ts';
import { dpiaRules } from './dpia.ts';
import { withRecordTexts } from './dpia-inference.ts';
import { dpoRecordRules } from './dpo-records.ts';
import { inspectorDecisionRules } from './inspector-decisions.ts';
import { inspectorOnlineRules } from './inspector-online.ts';
import { inspectorRegisterRules } from './inspector-register.ts';
import { legalBasisRules } from './legal-basis.ts';
import { mandatoryFieldRules } from './mandatory-fields.ts';
import { namedSourceRules } from './named-sources.ts';
import { organisationRules } from './organisation.ts';
import { processorRules } from './processors.ts';
import { recipientRules } from './recipients.ts';
import { retentionRules } from './retention.ts';
import { retentionPeriodRules } from './retention-period.ts';
import { reviewRules } from './reviews.ts';
import { specialDataRules } from './special-data.ts';
import { transferRules } from './transfers.ts';
import { FINDING_ENTITY_TYPES, SEVERITIES, type Finding, type Rule } from './types.ts';

export { completeness, mandatoryItems } from './mandatory-fields.ts';
export type { Finding, FindingEntity, FindingEntityType, ParamValue, Rule, Severity } from './types.ts';

/** Every rule, in the order findings of one record are listed. */
export const RULES: readonly Rule[] = [
  ...mandatoryFieldRules,
  ...legalBasisRules,
  ...specialDataRules,
  ...transferRules,
  ...adequacyListRules,
  ...processorRules,
  ...inspectorOnlineRules,
  ...recipientRules,
  ...namedSourceRules,
  ...retentionRules,
  ...retentionPeriodRules,
  ...automatedDecisionRules,
  ...inspectorDecisionRules,
  ...dpiaRules,
  ...reviewRules,
  ...organisationRules,
  ...inspectorRegisterRules,
  ...dpoRecordRules,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

const ruleOrder = new Map(RULES.map((rule, index) => [rule.id, index]));
const entityOrder = new Map(FINDING_ENTITY_TYPES.map((type, index) => [type, index]));

/** Errors first, then warnings, then information (a DPO fixes what blocks first). */
const severityOrder = new Map(SEVERITIES.map((severity, index) => [severity, index]));

/**
 * Sorts findings: activities (by organisation, then number), processors,
 * retention rules, organisations; within a record by severity (error,
 * warning, info), then by rule. One rule's
 * findings on one record keep the order the rule gave them, which is the
 * record's own (the form's fields, its purposes in turn); the sort is
 * stable, so the result depends only on the register's content.
 */
export function sortFindings(findings: readonly Finding[], document: RegisterDocument): Finding[] {
  return [...findings].sort(findingOrder(document));
}

/** The order `sortFindings` puts findings in, as a comparison (for merging sorted lists: shared/rules/incremental.ts). */
export function findingOrder(document: RegisterDocument): (a: Finding, b: Finding) => number {
  const collate = collator('lv').compare;
  // Equal texts collate equal: most comparisons are of findings on one record (its organisation, number and label the same), answered without the collator.
  const compare = (x: string, y: string): number => (x === y ? 0 : collate(x, y));
  const organisationName = new Map(document.organisations.map((o) => [o.id, o.name]));
  const activityKey = new Map(
    document.activities.map((a) => [a.id, { organisation: organisationName.get(a.organisationId) ?? '', number: a.number }]),
  );
  return (a, b) => {
    const byType = (entityOrder.get(a.entity.type) ?? 0) - (entityOrder.get(b.entity.type) ?? 0);
    if (byType !== 0) return byType;
    const ka = activityKey.get(a.entity.id);
    const kb = activityKey.get(b.entity.id);
    if (a.entity.type === 'activity' && ka && kb) {
      const byActivity = compare(ka.organisation, kb.organisation) || compare(ka.number, kb.number);
      if (byActivity !== 0) return byActivity;
    }
    return (
      compare(a.entity.label, b.entity.label) ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0) ||
      (severityOrder.get(a.severity) ?? 0) - (severityOrder.get(b.severity) ?? 0) ||
      (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0)
    );
  };
}

/**
 * Runs every rule over the register as it stands on `today` (ISO date; the
 * caller's clock, so that the checks stay pure). `now` (an ISO instant) is
 * the moment for the rules that count hours (a breach's 72 hours); without
 * it, the start of `today` (UTC). Throws on a malformed date: that is a
 * programming error, not a finding.
 */
export function runChecks(document: RegisterDocument, today: string, now?: string): Finding[] {
  if (!isIsoDate(today)) throw new Error(`runChecks: today must be an ISO date, got ${JSON.stringify(today)}`);
  const context = buildContext(document, today, now);
  return sortFindings(
    withRecordTexts(() => RULES.flatMap((rule) => rule.check(context))),
    document,
  );
}

/**
 * The findings about one activity (for the editor). An activity's findings
 * depend on it, the catalogues, processors and rules, never on the other
 * activities, so only it is checked.
 */
export function checkActivity(document: RegisterDocument, activityId: string, today: string): Finding[] {
  const activities = document.activities.filter((a) => a.id === activityId);
  return runChecks({ ...document, activities }, today).filter((f) => f.entity.type === 'activity' && f.entity.id === activityId);
}

/**
 * A flat list of findings (a sheet, a table) with errors first, then
 * warnings, then information; the order within a severity is kept.
 */
export function errorsFirst<F extends Pick<Finding, 'severity'>>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => (severityOrder.get(a.severity) ?? 0) - (severityOrder.get(b.severity) ?? 0));
}

/** True when any finding is of error severity (`ropa check` exits 1). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
