/**
 * What every rule gets: the register, the day of the check, lookups by id,
 * and helpers that build findings in one consistent shape.
 *
 * Which activities the rules look at:
 * - an ended activity is history, not processing: no rule looks at it;
 * - a draft is being written: it is checked like an active one (what is still
 *   missing is exactly what the DPO wants to see), except for the rules about
 *   processing that is already happening (reviews, a DPIA not yet finished);
 * - a purpose's legal basis is its effective one: its own, or else the one
 *   stated for the whole activity (shared/domain/legal-basis-inheritance.ts);
 * - a processor record (Art. 30(2)) is checked for what Art. 30(2) and
 *   Chapter V ask of a processor; purposes, legal bases, special-category
 *   conditions, retention, Art. 22 and the DPIA are the controller's
 *   (Art. 28(3), 35), and are not asked of it.
 */
import type { RegisterDocument } from '../domain/register.ts';
import { formatDate } from '../format.ts';
import { effectiveInRun } from './dpia-inference.ts';
import type { CheckContext, Finding, ParamValue, RuleMeta, ScalarParam } from './types.ts';

type Params = Record<string, ParamValue>;

/** What every rule gets; declared with the finding shapes (types.ts) so that the two files do not import each other. */
export type { CheckContext } from './types.ts';

const byId = <T extends { id: string }>(rows: readonly T[]): Map<string, T> => new Map(rows.map((row) => [row.id, row]));

/** "PD-08 Interneta veikala pasūtījumi un piegāde". */
export function activityLabel(activity: { number: string; name: string }): string {
  return `${activity.number} ${activity.name}`.trim();
}

/** A catalogue entry's name as a message parameter in both languages. */
export function nameParam(entry: { nameLv: string; nameEn: string } | undefined, fallback: string): ScalarParam {
  if (!entry) return fallback;
  return { lv: entry.nameLv || entry.nameEn, en: entry.nameEn || entry.nameLv };
}

/** A date as a message parameter: dd.mm.gggg in both languages. */
export function dateParam(iso: string | null): ScalarParam {
  return iso ? formatDate(iso) : '—';
}

/** True for text with something in it. */
export const filled = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim().length > 0;

/** The context one run of the rules shares: lookups are built once, not per rule. */
export function buildContext(document: RegisterDocument, today: string, now = `${today}T00:00:00.000Z`): CheckContext {
  // Rules judge each purpose by its effective basis: its own, or the activity's it inherits.
  const current = document.activities.filter((a) => a.status !== 'ended').map(effectiveInRun);
  const finding = (rule: RuleMeta, entity: Finding['entity'], field: string, params: Params): Finding => ({
    ruleId: rule.id,
    severity: rule.severity,
    article: rule.article,
    entity,
    field,
    messageKey: `checks:message.${rule.id}`,
    params,
  });
  return {
    document,
    today,
    now,
    current,
    controllerRecords: current.filter((a) => a.kind === 'controller'),
    countries: byId(document.catalogues.countries),
    mechanisms: byId(document.catalogues.transferMechanisms),
    legalBases: byId(document.catalogues.legalBases),
    dataCategories: byId(document.catalogues.dataCategories),
    subjectCategories: byId(document.catalogues.dataSubjectCategories),
    processors: byId(document.processors),
    retentionRules: byId(document.retentionRules),
    organisations: byId(document.organisations),
    activityFinding: (rule, activity, field, params = {}) =>
      finding(rule, { type: 'activity', id: activity.id, label: activityLabel(activity) }, field, {
        number: activity.number,
        name: activity.name,
        ...params,
      }),
    processorFinding: (rule, processor, field, params = {}) =>
      finding(rule, { type: 'processor', id: processor.id, label: processor.name }, field, { name: processor.name, ...params }),
    retentionRuleFinding: (rule, retentionRule, field, params = {}) =>
      finding(rule, { type: 'retentionRule', id: retentionRule.id, label: retentionRule.name }, field, {
        name: retentionRule.name,
        ...params,
      }),
    organisationFinding: (rule, organisation, field, params = {}) =>
      finding(rule, { type: 'organisation', id: organisation.id, label: organisation.name }, field, {
        name: organisation.name,
        ...params,
      }),
  };
}
