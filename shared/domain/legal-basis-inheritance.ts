/**
 * A legal basis recorded once for an activity and inherited by its purposes
 * (issue 15): a policy that names one Art. 6(1) basis for a whole activity
 * ("the processing is necessary for the contract") is entered once, not
 * copied to every purpose, which would overstate what the policy says.
 *
 * A purpose that names bases of its own keeps them; a purpose that names
 * none rests on the activity's. Everything that judges or prints a purpose's
 * basis (checks, notice, PDF, workbook, list columns) reads the *effective*
 * basis through this file, never the stored list alone.
 */

interface WithBases {
  readonly legalBasisIds: readonly string[];
}

/** A purpose's effective Art. 6(1) bases, and whether they come from the activity. */
export interface EffectiveBases {
  ids: string[];
  inherited: boolean;
}

/** The bases a purpose rests on: its own, or else the activity's. */
export function effectiveBases(activity: Partial<WithBases>, purpose: WithBases): EffectiveBases {
  if (purpose.legalBasisIds.length > 0) return { ids: [...purpose.legalBasisIds], inherited: false };
  const inheritedIds = activity.legalBasisIds ?? [];
  return { ids: [...inheritedIds], inherited: inheritedIds.length > 0 };
}

/**
 * The activity with each purpose's `legalBasisIds` replaced by its effective
 * bases: what rules and readers that know only purposes should be handed.
 * The same object comes back when nothing is inherited.
 */
export function withEffectiveBases<A extends Partial<WithBases> & { readonly purposes: readonly WithBases[] }>(activity: A): A {
  if ((activity.legalBasisIds ?? []).length === 0 || activity.purposes.every((p) => p.legalBasisIds.length > 0)) return activity;
  return { ...activity, purposes: activity.purposes.map((purpose) => ({ ...purpose, legalBasisIds: effectiveBases(activity, purpose).ids })) };
}
