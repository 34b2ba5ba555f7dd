/**
 * The overview charts' rows, from the checks' summary figures: one list of
 * { key, label, value } per chart, drawn by recharts and written out in the
 * chart's table alike, so both always say the same. Pure, tested under Node.
 */
import type { ActivitySummary } from '../../../../../shared/domain/activity.ts';
import type { ActivityCompleteness, ChecksSummary, CountryTransfers, ReviewsDue } from '../../../../../shared/rules/summary.ts';
import type { Language } from '../../../../../shared/i18n/index.ts';

type T = (key: string, params?: Record<string, unknown>) => string;

export interface ChartRow {
  key: string;
  label: string;
  value: number;
}

/** Controller records per Art. 6(1) point, a) to f); "none given" only when some have none. */
export function legalBasisRows(byLegalBasis: ChecksSummary['byLegalBasis'], t: T): ChartRow[] {
  return byLegalBasis
    .filter((row) => row.gdprPoint !== 'none' || row.activities > 0)
    .map((row) => ({
      key: row.gdprPoint,
      label: row.gdprPoint === 'none' ? t('compliance:charts.legalBasis.none') : t(`editor:legalBasisPoint.${row.gdprPoint}`),
      value: row.activities,
    }));
}

export interface TransferRow extends ChartRow {
  activities: number;
  adequacy: CountryTransfers['adequacy'];
}

/** Transfers outside the EEA per destination, most first, named in the interface language. */
export function transferRows(rows: readonly CountryTransfers[], language: Language): TransferRow[] {
  return rows.map((row) => ({
    key: row.countryId,
    label: (language === 'en' ? row.nameEn : row.nameLv) || row.nameLv || row.countryId,
    value: row.transfers,
    activities: row.activities,
    adequacy: row.adequacy,
  }));
}

export const COMPLETENESS_BUCKETS = [
  { key: 'full', from: 100 },
  { key: 'high', from: 75 },
  { key: 'mid', from: 50 },
  { key: 'low', from: 0 },
] as const;
export type CompletenessBucket = (typeof COMPLETENESS_BUCKETS)[number]['key'];

/**
 * How many current (not ended) activities fall in each completeness band:
 * 100 %, 75–99 %, 50–74 %, 0–49 %. Ended activities are history and are
 * left out, as in the checks' average.
 */
export function completenessRows(completeness: readonly ActivityCompleteness[], activities: readonly Pick<ActivitySummary, 'id' | 'status'>[], t: T): Array<ChartRow & { key: CompletenessBucket }> {
  const ended = new Set(activities.filter((a) => a.status === 'ended').map((a) => a.id));
  const counts = new Map<CompletenessBucket, number>(COMPLETENESS_BUCKETS.map((b) => [b.key, 0]));
  for (const row of completeness) {
    if (ended.has(row.activityId)) continue;
    const bucket = COMPLETENESS_BUCKETS.find((b) => row.completeness >= b.from) ?? COMPLETENESS_BUCKETS[3];
    counts.set(bucket.key, (counts.get(bucket.key) ?? 0) + 1);
  }
  return COMPLETENESS_BUCKETS.map((b) => ({ key: b.key, label: t(`compliance:charts.completeness.buckets.${b.key}`), value: counts.get(b.key) ?? 0 }));
}

export interface ReviewRow extends ChartRow {
  /** 'overdue' for the first row, else the month 'YYYY-MM'. */
  overdue: boolean;
  /** The month's short name alone ('nov.'), for the axis; the label has the year too. */
  short: string;
  /** The year, on the axis under the first month and each January. */
  year: string;
}

/** Overdue reviews, then the reviews due in each of the next 12 months ('nov. 2026'). */
export function reviewRows(reviews: ReviewsDue, t: T): ReviewRow[] {
  const overdue = t('compliance:charts.reviews.overdue');
  const months = reviews.byMonth.map((row, index) => {
    const [year = '', month = '1'] = row.month.split('-');
    const short = t(`compliance:charts.months.${Number(month) - 1}`);
    return { key: row.month, label: `${short} ${year}`, value: row.activities, overdue: false, short, year: index === 0 || month === '01' ? year : '' };
  });
  return [{ key: 'overdue', label: overdue, value: reviews.overdue, overdue: true, short: overdue, year: '' }, ...months];
}
