/**
 * The findings counted: by severity, by rule and, for the activity list's
 * badges, by activity. The overview's figures and the list read them on
 * every `checks:run`; counted over 8,000 findings each time they are most of
 * the checks after a save (docs/checks-speed.md). A list of findings once
 * worked out never changes, so its counts are kept with it, and the checks
 * after a save (shared/rules/incremental.ts) work the new list's counts out
 * from the previous ones: minus the findings that went, plus the new ones
 * (an activity's from its own findings, kept by record).
 */
import type { Finding, Severity } from './types.ts';

export type SeverityTally = Record<Severity, number>;

export interface FindingTallies {
  bySeverity: SeverityTally;
  /** In the order rules were first met (countByRule sorts). */
  byRule: ReadonlyMap<string, { severity: Severity; findings: number }>;
  /** An activity's counts (a fresh object; zeros when it has none). */
  activity: (activityId: string) => SeverityTally;
}

const known = new WeakMap<readonly Finding[], FindingTallies>();

const zero = (): SeverityTally => ({ error: 0, warning: 0, info: 0 });

type RuleCounts = Map<string, { severity: Severity; findings: number }>;

/** Adds (`sign` 1) or takes away (-1) `findings` from the counts by severity and rule (never changing an entry in place). */
function count(bySeverity: SeverityTally, byRule: RuleCounts, findings: Iterable<Finding>, sign: 1 | -1): void {
  for (const f of findings) {
    bySeverity[f.severity] += sign;
    const rest = (byRule.get(f.ruleId)?.findings ?? 0) + sign;
    if (rest === 0) byRule.delete(f.ruleId);
    else byRule.set(f.ruleId, { severity: f.severity, findings: rest });
  }
}

/** The counts kept for `findings` by `countTallies` or `keepTallies`, if any (a list of someone else's may change: it is counted afresh). */
export function knownTallies(findings: readonly Finding[]): FindingTallies | undefined {
  return known.get(findings);
}

/** Counts `findings`, a list that will never change, and keeps the counts with it. */
export function countTallies(findings: readonly Finding[]): FindingTallies {
  let tallies = known.get(findings);
  if (!tallies) {
    const bySeverity = zero();
    const byRule: RuleCounts = new Map();
    count(bySeverity, byRule, findings, 1);
    const byActivity = new Map<string, SeverityTally>();
    for (const f of findings) {
      if (f.entity.type !== 'activity') continue;
      let activity = byActivity.get(f.entity.id);
      if (!activity) byActivity.set(f.entity.id, (activity = zero()));
      activity[f.severity] += 1;
    }
    const activity = (id: string): SeverityTally => {
      const found = byActivity.get(id);
      return found ? { ...found } : zero();
    };
    known.set(findings, (tallies = { bySeverity, byRule, activity }));
  }
  return tallies;
}

/**
 * Keeps, for `findings`, the counts of the list `previous` was counted for
 * without `removed` and with `added` (each finding of `previous`'s list is
 * either kept in `findings` or in `removed`), and `activity` for each
 * activity's counts.
 */
export function keepTallies(
  findings: readonly Finding[],
  previous: FindingTallies,
  change: { removed: Iterable<Finding>; added: Iterable<Finding> },
  activity: (activityId: string) => SeverityTally,
): void {
  const bySeverity = { ...previous.bySeverity };
  const byRule = new Map(previous.byRule);
  count(bySeverity, byRule, change.removed, -1);
  count(bySeverity, byRule, change.added, 1);
  known.set(findings, { bySeverity, byRule, activity });
}

const listTallies = new WeakMap<readonly Finding[], SeverityTally>();

/** The counts of one record's findings (a fresh object), counted once per list. */
export function tallyOf(findings: readonly Finding[]): SeverityTally {
  let tally = listTallies.get(findings);
  if (!tally) {
    tally = zero();
    for (const f of findings) tally[f.severity] += 1;
    listTallies.set(findings, tally);
  }
  return { ...tally };
}
