/**
 * Figures for the overview's charts, the PDF report's summary and the Excel
 * export's checks sheet: counts a person would rather look at than read.
 * Pure, like the rules; `today` is an argument. Ended activities are history
 * and are left out of every figure.
 */
import { z } from 'zod';
import { GDPR_POINTS } from '../domain/catalogues.ts';
import type { Activity } from '../domain/activity.ts';
import { withEffectiveBases } from '../domain/legal-basis-inheritance.ts';
import type { RegisterDocument } from '../domain/register.ts';
import { addMonthsIso } from '../format.ts';
import { completenessRatio } from './mandatory-fields.ts';
import { knownTallies } from './finding-tallies.ts';
import { SEVERITIES, type Finding, type Severity } from './types.ts';

export const SeverityCounts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
export type SeverityCounts = z.infer<typeof SeverityCounts>;

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const kept = knownTallies(findings);
  if (kept) return { ...kept.bySeverity };
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export const RuleCount = z.object({ ruleId: z.string(), severity: z.enum(SEVERITIES), findings: z.number().int() });

/** How many findings each rule produced, most first (rules with none are left out). */
export function countByRule(findings: readonly Finding[]): Array<z.infer<typeof RuleCount>> {
  let counts = knownTallies(findings)?.byRule;
  if (!counts) {
    const counting = new Map<string, { severity: Severity; findings: number }>();
    for (const f of findings) {
      const entry = counting.get(f.ruleId) ?? { severity: f.severity, findings: 0 };
      entry.findings += 1;
      counting.set(f.ruleId, entry);
    }
    counts = counting;
  }
  return [...counts]
    .map(([ruleId, entry]) => ({ ruleId, ...entry }))
    .sort((a, b) => b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1));
}

export const LegalBasisCount = z.object({
  /** An Art. 6(1) point, or 'none' for controller records with no basis on any purpose. */
  gdprPoint: z.enum([...GDPR_POINTS, 'none']),
  activities: z.number().int(),
});
export type LegalBasisCount = z.infer<typeof LegalBasisCount>;

/**
 * Current controller records by the Art. 6(1) points their purposes rest on
 * (an activity with purposes on (b) and (c) counts under both), points a–f in
 * order, then 'none'. Processor records act on their controllers' bases and
 * are not counted.
 */
export function activitiesByLegalBasis(document: RegisterDocument): LegalBasisCount[] {
  let point: Map<string, string> | undefined;
  const pointsOf = (activity: Activity): ReadonlySet<string> => {
    point ??= new Map(document.catalogues.legalBases.map((b) => [b.id, b.gdprPoint]));
    const known = point;
    return new Set(withEffectiveBases(activity).purposes.flatMap((p) => p.legalBasisIds.map((id) => known.get(id)).filter((x) => x !== undefined)));
  };
  const counts = new Map<string, number>();
  let none = 0;
  for (const activity of document.activities) {
    if (activity.status === 'ended' || activity.kind !== 'controller') continue;
    const points = perActivity(legalBasisPoints, document.catalogues.legalBases, activity, pointsOf);
    if (points.size === 0) none += 1;
    for (const p of points) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const byPoint = GDPR_POINTS.map((gdprPoint) => ({ gdprPoint, activities: counts.get(gdprPoint) ?? 0 }));
  return [...byPoint, { gdprPoint: 'none' as const, activities: none }];
}

export const CountryTransfers = z.object({
  countryId: z.string(),
  nameLv: z.string(),
  nameEn: z.string(),
  adequacy: z.enum(['none', 'adequate', 'partial']),
  /** Transfer rows to this destination. */
  transfers: z.number().int(),
  /** Activities with at least one of them. */
  activities: z.number().int(),
});
export type CountryTransfers = z.infer<typeof CountryTransfers>;

/**
 * What one figure reads of an activity, worked out once per activity and
 * catalogue (the figures are asked for after every save; a document caught up
 * after a save keeps its unchanged activities and catalogues as they were,
 * and a document once built never changes: see `ratioOf` below).
 */
function perActivity<C extends object, V>(store: WeakMap<C, WeakMap<Activity, V>>, catalogue: C, activity: Activity, derive: (activity: Activity) => V): V {
  let known = store.get(catalogue);
  if (!known) store.set(catalogue, (known = new WeakMap()));
  let value = known.get(activity);
  if (value === undefined) known.set(activity, (value = derive(activity)));
  return value;
}
const legalBasisPoints = new WeakMap<object, WeakMap<Activity, ReadonlySet<string>>>();
const transferCountries = new WeakMap<object, WeakMap<Activity, ReadonlyArray<RegisterDocument['catalogues']['countries'][number] | undefined>>>();

/** Transfers outside the EEA by destination, most first (then by country code). */
export function transfersByCountry(document: RegisterDocument): CountryTransfers[] {
  let countries: Map<string, RegisterDocument['catalogues']['countries'][number]> | undefined;
  const outsideEea = (activity: Activity) => {
    countries ??= new Map(document.catalogues.countries.map((c) => [c.id, c]));
    const known = countries;
    return activity.transfers.map((transfer) => known.get(transfer.countryId)).filter((country) => country !== undefined && !country.eea);
  };
  const rows = new Map<string, CountryTransfers & { seen: Set<string> }>();
  for (const activity of document.activities) {
    if (activity.status === 'ended' || activity.transfers.length === 0) continue;
    for (const country of perActivity(transferCountries, document.catalogues.countries, activity, outsideEea)) {
      if (!country) continue;
      const row = rows.get(country.id) ?? {
        countryId: country.id,
        nameLv: country.nameLv,
        nameEn: country.nameEn,
        adequacy: country.adequacy,
        transfers: 0,
        activities: 0,
        seen: new Set<string>(),
      };
      row.transfers += 1;
      row.seen.add(activity.id);
      row.activities = row.seen.size;
      rows.set(country.id, row);
    }
  }
  return [...rows.values()]
    .map(({ seen: _seen, ...row }) => row)
    .sort((a, b) => b.transfers - a.transfers || (a.countryId < b.countryId ? -1 : 1));
}

export const ReviewsDue = z.object({
  /** Active activities whose next review date has passed. */
  overdue: z.number().int(),
  /** Reviews due in each month from this one on: 'YYYY-MM'. */
  byMonth: z.array(z.object({ month: z.string(), activities: z.number().int() })),
  /** Due after the last month shown. */
  later: z.number().int(),
  /** Active activities with no next review date. */
  unscheduled: z.number().int(),
});
export type ReviewsDue = z.infer<typeof ReviewsDue>;

/** Active activities' next reviews: overdue, then per month for `months` months from today's, later, unscheduled. */
export function reviewsDueByMonth(document: RegisterDocument, today: string, months = 12): ReviewsDue {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const byMonth = Array.from({ length: months }, (_, index) => ({ month: addMonthsIso(firstOfMonth, index).slice(0, 7), activities: 0 }));
  const slot = new Map(byMonth.map((row) => [row.month, row]));
  const result: ReviewsDue = { overdue: 0, byMonth, later: 0, unscheduled: 0 };
  for (const activity of document.activities) {
    if (activity.status !== 'active') continue;
    const due = activity.nextReviewOn;
    if (due === null) result.unscheduled += 1;
    else if (due < today) result.overdue += 1;
    else {
      const row = slot.get(due.slice(0, 7));
      if (row) row.activities += 1;
      else result.later += 1;
    }
  }
  return result;
}

/**
 * Each activity's completeness (the unrounded ratio), worked out once per
 * activity and set of retention rules (all it reads: mandatory-fields.ts):
 * the list's figures and the overview's average both read it, a document
 * once built never changes, and a document caught up after a save keeps the
 * unchanged activities and retention rules as they were, so only the saved
 * activity is worked out again.
 */
const ratios = new WeakMap<RegisterDocument['retentionRules'], WeakMap<Activity, number>>();
const ratioOf = (document: RegisterDocument, activity: Activity): number =>
  perActivity(ratios, document.retentionRules, activity, (a) => completenessRatio(a, document));

export const ActivityCompleteness = z.object({
  activityId: z.string(),
  /** 0–100: share of the mandatory Art. 30 fields filled. */
  completeness: z.number().int().min(0).max(100),
  /** Its findings by severity, for the badge in the list. */
  findings: SeverityCounts,
});
export type ActivityCompleteness = z.infer<typeof ActivityCompleteness>;

/** Completeness and finding counts of every activity (ended ones too: the list shows them). */
export function activityCompleteness(document: RegisterDocument, findings: readonly Finding[]): ActivityCompleteness[] {
  const kept = knownTallies(findings);
  if (kept) {
    return document.activities.map((activity) => ({
      activityId: activity.id,
      completeness: Math.round(100 * ratioOf(document, activity)),
      findings: kept.activity(activity.id),
    }));
  }
  const byActivity = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.entity.type !== 'activity') continue;
    const list = byActivity.get(f.entity.id) ?? [];
    list.push(f);
    byActivity.set(f.entity.id, list);
  }
  return document.activities.map((activity) => ({
    activityId: activity.id,
    completeness: Math.round(100 * ratioOf(document, activity)),
    findings: countBySeverity(byActivity.get(activity.id) ?? []),
  }));
}

/** The mean completeness of current activities (0–100, whole percent); 100 for a register with none. */
export function averageCompleteness(document: RegisterDocument): number {
  const current = document.activities.filter((a) => a.status !== 'ended');
  if (current.length === 0) return 100;
  return Math.round((100 * current.reduce((sum, a) => sum + ratioOf(document, a), 0)) / current.length);
}

export const ChecksSummary = z.object({
  bySeverity: SeverityCounts,
  byRule: z.array(RuleCount),
  byLegalBasis: z.array(LegalBasisCount),
  transfersByCountry: z.array(CountryTransfers),
  reviewsDue: ReviewsDue,
  averageCompleteness: z.number().int().min(0).max(100),
});
export type ChecksSummary = z.infer<typeof ChecksSummary>;

/** Every figure at once. */
export function summarise(document: RegisterDocument, findings: readonly Finding[], today: string): ChecksSummary {
  return {
    bySeverity: countBySeverity(findings),
    byRule: countByRule(findings),
    byLegalBasis: activitiesByLegalBasis(document),
    transfersByCountry: transfersByCountry(document),
    reviewsDue: reviewsDueByMonth(document, today),
    averageCompleteness: averageCompleteness(document),
  };
}
