/**
 * The overview's charts, where a person would rather look than read:
 * controller records by legal basis, transfers by country, completeness of
 * the records, and reviews due by month. Drawn with recharts (SVG, no
 * <style> element, so the strict CSP holds); every chart has its figures as
 * a table too (ChartPanel).
 *
 * Colours are the app's and meet WCAG's 3:1 for graphics on white; no
 * meaning rests on colour alone (every bar is named on its axis and carries
 * its number).
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../../../shared/domain/activity.ts';
import { useChecksReport } from '../../../api/checks-data.ts';
import { useNotices } from '../../../state/notices.tsx';
import { useLanguage } from '../../../i18n/use-language.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { completenessRows, legalBasisRows, reviewRows, transferRows, type ChartRow, type CompletenessBucket, type ReviewRow } from './chart-data.ts';

const INK = '#3b4452';
const GRID = '#d7dce3';
const ACCENT = '#8c1d2f';
const BLUE = '#0b4f9c';
const OVERDUE = '#c2410c';
const BAND: Record<CompletenessBucket, string> = { full: '#1e6b34', high: '#5b6b1e', mid: '#9a5b00', low: '#a4161a' };
const TICK = { fill: INK, fontSize: 13 };
const NO_ANIMATION = { isAnimationActive: false } as const;

/** Horizontal bars: one per category, named on the left, its number at its end. */
function HorizontalBars({ rows, colour, labelWidth, colourOf, rowHeight = 32 }: { rows: ChartRow[]; colour: string; labelWidth: number; colourOf?: (row: ChartRow) => string; rowHeight?: number }) {
  const height = Math.max(90, rows.length * rowHeight + 36);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis type="number" allowDecimals={false} domain={[0, 'dataMax']} tick={TICK} stroke={INK} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={TICK} stroke={INK} interval={0} />
        <Bar dataKey="value" fill={colour} barSize={18} {...NO_ANIMATION}>
          {colourOf && rows.map((row) => <Cell key={row.key} fill={colourOf(row)} />)}
          <LabelList dataKey="value" position="right" fill={INK} fontSize={13} fontWeight={600} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The months' axis: the short month, with the year under the first month and each January. */
function MonthTick({ x, y, payload, rows }: { x?: number | string; y?: number | string; payload?: { value: string }; rows: ReviewRow[] }) {
  const row = rows.find((r) => r.key === payload?.value);
  if (!row) return null;
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <text dy={14} textAnchor="middle" fill={INK} fontSize={12} fontWeight={row.overdue ? 700 : 400}>
        {row.short}
      </text>
      {row.year && (
        <text dy={30} textAnchor="middle" fill={INK} fontSize={12}>
          {row.year}
        </text>
      )}
    </g>
  );
}

export function OverviewCharts({ activities }: { activities: ActivitySummary[] }) {
  const { t } = useTranslation('compliance');
  const { language, translate } = useLanguage();
  const { reportError } = useNotices();
  const { report } = useChecksReport(reportError);
  if (!report) return null;
  const { summary } = report;
  const count = t('charts.activities');
  const legal = legalBasisRows(summary.byLegalBasis, translate);
  const transfers = transferRows(summary.transfersByCountry, language);
  const bands = completenessRows(report.activities, activities, translate);
  const reviews = reviewRows(summary.reviewsDue, translate);
  return (
    <section className="overview-charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="charts-title">
        {t('charts.title')}
      </h2>
      <div className="charts-grid">
        <ChartPanel
          id="chart-legal-basis"
          className="chart-legal-basis"
          title={t('charts.legalBasis.title')}
          note={t('charts.legalBasis.note')}
          table={{ columns: [t('charts.legalBasis.column'), count], rows: legal.map((row) => ({ key: row.key, cells: [row.label, row.value] })) }}
        >
          <HorizontalBars rows={legal} colour={ACCENT} labelWidth={190} rowHeight={54} />
        </ChartPanel>
        <ChartPanel
          id="chart-transfers"
          title={t('charts.transfers.title')}
          note={t('charts.transfers.note')}
          empty={transfers.length === 0 ? t('charts.transfers.empty') : undefined}
          table={{
            columns: [t('charts.transfers.column'), t('charts.transfers.transfers'), count, t('charts.transfers.adequacyColumn')],
            rows: transfers.map((row) => ({ key: row.key, cells: [row.label, row.value, row.activities, t(`charts.transfers.adequacy.${row.adequacy}`)] })),
          }}
        >
          <HorizontalBars rows={transfers} colour={BLUE} labelWidth={190} />
        </ChartPanel>
        <ChartPanel
          id="chart-completeness"
          title={t('charts.completeness.title')}
          note={t('charts.completeness.note', { percent: summary.averageCompleteness })}
          table={{ columns: [t('charts.completeness.column'), count], rows: bands.map((row) => ({ key: row.key, cells: [row.label, row.value] })) }}
        >
          <HorizontalBars rows={bands} colour={BAND.full} labelWidth={90} colourOf={(row) => BAND[row.key as CompletenessBucket]} />
        </ChartPanel>
        <ChartPanel
          id="chart-reviews"
          className="chart-reviews"
          title={t('charts.reviews.title')}
          note={`${t('charts.reviews.note')} ${t('charts.reviews.elsewhere', { later: summary.reviewsDue.later, unscheduled: summary.reviewsDue.unscheduled })}`}
          table={{
            columns: [t('charts.reviews.column'), count],
            rows: [
              ...reviews.map((row) => ({ key: row.key, cells: [row.label, row.value] as [string, number] })),
              { key: 'later', cells: [t('charts.reviews.later'), summary.reviewsDue.later] },
              { key: 'unscheduled', cells: [t('charts.reviews.unscheduled'), summary.reviewsDue.unscheduled] },
            ],
          }}
        >
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={reviews} margin={{ top: 20, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke={GRID} />
              <XAxis dataKey="key" interval={0} height={40} tick={(props: object) => <MonthTick {...props} rows={reviews} />} stroke={INK} />
              <YAxis allowDecimals={false} tick={TICK} stroke={INK} />
              <Bar dataKey="value" barSize={22} {...NO_ANIMATION}>
                {reviews.map((row) => (
                  <Cell key={row.key} fill={row.overdue ? OVERDUE : ACCENT} />
                ))}
                <LabelList dataKey="value" position="top" fill={INK} fontSize={12} fontWeight={600} formatter={(value: unknown) => (value ? String(value) : '')} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartPanel>
      </div>
    </section>
  );
}
