/**
 * Time limits for erasure: every data category of a controller record needs
 * a retention rule (Art. 30(1)(f)), and every rule needs a period that can
 * actually run out (storage limitation, Art. 5(1)(e)).
 */
import { filled, nameParam } from './context.ts';
import { defineRule } from './types.ts';

/**
 * A data category of a controller record with no retention rule. Error:
 * Art. 30(1)(f) asks for the envisaged time limits "where possible", and
 * where no number can be given a retention rule can state the criterion, so
 * there is always something to record. Processor records keep data as the
 * controller instructs and are not asked.
 */
export const retentionMissingRule = defineRule(
  { id: 'retention.missing', severity: 'error', article: 'Art. 30(1)(f)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords.flatMap((activity) =>
      activity.dataCategories.flatMap((row, index) =>
        row.retentionRuleId !== null && context.retentionRules.has(row.retentionRuleId)
          ? []
          : [
              context.activityFinding(rule, activity, `dataCategories.${index}.retentionRuleId`, {
                category: nameParam(context.dataCategories.get(row.dataCategoryId), row.dataCategoryId),
              }),
            ],
      ),
    );
  },
);

/**
 * A retention rule with neither a period nor a criterion: "kept
 * indefinitely". Error: Art. 5(1)(e) requires data to be kept no longer than
 * necessary. The editor refuses such a rule; this catches one that arrives by
 * another route (an older file, a spreadsheet import). A period recorded as
 * "not stated" is reported by retention-period.not-stated instead.
 */
export const openEndedRule = defineRule({ id: 'retention.open-ended', severity: 'error', article: 'Art. 5(1)(e)', scope: 'retentionRule' }, (context, rule) => {
  return context.document.retentionRules
    .filter((r) => r.periodValue === null && !filled(r.criterion) && r.periodState !== 'not_stated')
    .map((r) => context.retentionRuleFinding(rule, r, 'periodValue'));
});

/**
 * A period without the event it counts from ("10 years" from when?).
 * Warning: the period cannot be applied, so in practice nothing is erased.
 */
export const noStartEventRule = defineRule(
  { id: 'retention.no-start-event', severity: 'warning', article: 'Art. 5(1)(e)', scope: 'retentionRule' },
  (context, rule) => {
    return context.document.retentionRules
      .filter((r) => r.periodValue !== null && !filled(r.startEvent))
      .map((r) => context.retentionRuleFinding(rule, r, 'startEvent'));
  },
);

export const retentionRules = [retentionMissingRule, openEndedRule, noStartEventRule] as const;
