/**
 * Art. 22 read the inspector's way: an automated decision is assumed to
 * matter until the DPO records why it does not, and profiling has to be
 * explained to the people profiled. Only controller records: the decision
 * and the information to data subjects are the controller's.
 */
import { filled } from './context.ts';
import { defineRule } from './types.ts';

/**
 * Automated decisions recorded, "legal or similarly significant effect" not
 * ticked, and no word of why there is none. Error: Art. 22(1) turns on that
 * effect; an unticked box is not an assessment (credit refusals, automatic
 * rejection of applications are exactly the cases that look "harmless" in a
 * form). Tick the effect (and the Art. 22 rules follow) or record the reason.
 */
export const art22EffectUnassessedRule = defineRule(
  { id: 'art22.effect-unassessed', severity: 'error', article: 'Art. 22(1)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords
      .filter((a) => a.automatedDecision && !a.automatedDecisionLegalEffect && !filled(a.automatedDecisionNoEffectReason))
      .map((a) => context.activityFinding(rule, a, 'automatedDecisionNoEffectReason'));
  },
);

/**
 * Profiling with nothing recorded about how the data subjects are told of
 * it. Warning: Art. 13(2)(f) and 14(2)(g) ask for it where decisions follow
 * from it, Art. 21(4) asks that the right to object be brought to their
 * attention; the register should say where that is done (a notice, its
 * section).
 */
export const profilingNotInformedRule = defineRule(
  { id: 'profiling.not-informed', severity: 'warning', article: 'Art. 13(2)(f)', scope: 'activity' },
  (context, rule) => {
    return context.controllerRecords
      .filter((a) => a.profiling && !filled(a.profilingInformation))
      .map((a) => context.activityFinding(rule, a, 'profilingInformation'));
  },
);

export const inspectorDecisionRules = [art22EffectUnassessedRule, profilingNotInformedRule] as const;
