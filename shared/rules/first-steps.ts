/**
 * An empty register is never "compliant": with no organisation or no
 * processing activity there is nothing for the checks to find fault with,
 * and "no findings, 100 %" would mislead a DPO who has only just started.
 * These are the first steps still to take, in order; while any is left the
 * overview shows them instead of the findings, and `ropa check` lists them
 * and exits 1. Pure, like the rules.
 */
export const FIRST_STEPS = ['organisation', 'activity'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

/** What the register still lacks before its compliance can be assessed; none once it has both. */
export function firstSteps(register: { organisations: readonly unknown[]; activities: readonly unknown[] }): FirstStep[] {
  const steps: FirstStep[] = [];
  if (register.organisations.length === 0) steps.push('organisation');
  if (register.activities.length === 0) steps.push('activity');
  return steps;
}
