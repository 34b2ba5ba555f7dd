/**
 * How a retention rule's period is known (issue 15, docs/model.md): text
 * that could not be read into a number and unit, and the honest "not
 * stated". Both leave Art. 30(1)(f)'s "envisaged time limits for erasure"
 * open, so both are listed; neither is an error, because the register says
 * truthfully what it knows.
 */
import { defineRule } from './types.ts';

/** A period kept as text because it could not be read ("3-5 gadi"): the migration and the importers leave these for the DPO. */
export const periodNotParsedRule = defineRule(
  { id: 'retention-period.not-parsed', severity: 'warning', article: 'Art. 30(1)(f)', scope: 'retentionRule' },
  (context, rule) =>
    context.document.retentionRules
      .filter((r) => r.periodState === 'not_parsed')
      .map((r) => context.retentionRuleFinding(rule, r, 'periodValue', { text: r.periodText || r.criterion })),
);

/** A rule whose period the source does not state. */
export const periodNotStatedRule = defineRule(
  { id: 'retention-period.not-stated', severity: 'warning', article: 'Art. 30(1)(f)', scope: 'retentionRule' },
  (context, rule) =>
    context.document.retentionRules
      .filter((r) => r.periodState === 'not_stated' && r.periodValue === null && r.criterion.trim() === '')
      .map((r) => context.retentionRuleFinding(rule, r, 'periodState')),
);

export const retentionPeriodRules = [periodNotParsedRule, periodNotStatedRule] as const;
