/**
 * Solely automated decisions with legal or similarly significant effects
 * (Art. 22). Only controller records: the decision is the controller's.
 */
import { filled, type CheckContext } from './context.ts';
import { defineRule } from './types.ts';

const decidingWithEffect = (context: CheckContext) =>
  context.controllerRecords.filter((a) => a.automatedDecision && a.automatedDecisionLegalEffect);

/**
 * Such decisions without the Art. 22(2) ground. Error: Art. 22(1) gives the
 * data subject the right not to be subject to them unless the decision is
 * necessary for a contract, authorised by law, or based on explicit consent.
 */
export const art22BasisRule = defineRule(
  { id: 'automated-decision.no-art22-basis', severity: 'error', article: 'Art. 22(2)', scope: 'activity' },
  (context, rule) => {
    return decidingWithEffect(context)
      .filter((a) => a.art22Basis === null)
      .map((a) => context.activityFinding(rule, a, 'art22Basis'));
  },
);

/**
 * Such decisions without a description of the logic and consequences.
 * Warning: data subjects must be given "meaningful information about the
 * logic involved" and the envisaged consequences (Art. 13(2)(f), 14(2)(g)),
 * which the DPO cannot write without it.
 */
export const art22LogicRule = defineRule(
  { id: 'automated-decision.logic-missing', severity: 'warning', article: 'Art. 13(2)(f)', scope: 'activity' },
  (context, rule) => {
    return decidingWithEffect(context)
      .filter((a) => !filled(a.automatedDecisionLogic))
      .map((a) => context.activityFinding(rule, a, 'automatedDecisionLogic'));
  },
);

export const automatedDecisionRules = [art22BasisRule, art22LogicRule] as const;
