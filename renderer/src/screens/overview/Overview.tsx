/**
 * Pārskats: the register at a glance — how many activities, by status and
 * by legal basis, and which reviews are due in the next 30 days. The
 * compliance findings panel plugs in through `findingsPanel`, the charts
 * through `renderCharts` (they then show the legal bases).
 */
import { DpoOverviewPanel } from '../dpo-records/DpoOverviewPanel.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../../shared/domain/activity.ts';
import { ACTIVITY_STATUSES } from '../../../../shared/domain/activity.ts';
import { GDPR_POINTS } from '../../../../shared/domain/catalogues.ts';
import { formatDate, isoToday } from '../../../../shared/format.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { NewActivityActions } from '../library/NewActivityActions.tsx';
import { presetActivityFilters } from '../activities/ActivityList.tsx';
import { NO_FILTERS, REVIEW_WINDOW_DAYS, type FilterValues } from '../activities/activity-filters.ts';
import { NoticeStatusPanel } from '../notice/NoticeStatusPanel.tsx';
import { overviewStats } from './overview-stats.ts';
import { FirstStepsPanel } from './FirstStepsPanel.tsx';
import { firstSteps } from '../../../../shared/rules/first-steps.ts';
import { AsOfPicker } from '../versions/AsOf.tsx';
import { ApprovalPanel } from '../versions/ApprovalPanel.tsx';

export interface OverviewProps {
  /** The compliance findings of the whole register (rendered below the figures when given). */
  findingsPanel?: ReactNode;
  /** The charts, given the activities (rendered below the findings when given). */
  renderCharts?: (activities: ActivitySummary[]) => ReactNode;
  registerTitle: string;
}

const listActivities = () => call('activities:list', {});

export function Overview({ findingsPanel, renderCharts, registerTitle }: OverviewProps) {
  const { t } = useTranslation('editor');
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { data } = useRegisterData();
  const { value: activities } = useLoad(listActivities, reportError);
  if (!activities || !data) return <p>{t('loading')}</p>;
  const stats = overviewStats(activities, isoToday());
  const openFiltered = (filters: Partial<FilterValues>) => {
    presetActivityFilters({ ...NO_FILTERS, ...filters });
    navigate({ screen: 'activities' });
  };
  // An empty register says what to do first, never "no findings".
  const steps = firstSteps({ organisations: data.organisations, activities });
  const max = Math.max(1, ...Object.values(stats.byStatus), ...Object.values(stats.byLegalBasis));
  return (
    <section className="screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('screens:overview.title')}
        subtitle={registerTitle}
        actions={<NewActivityActions />}
      />
      <ApprovalPanel />
      <AsOfPicker />
      <ul className="stat-cards" aria-label={t('screens:overview.figures')}>
        <StatCard value={stats.total} label={t('screens:overview.activities')} detail={t('screens:overview.kinds', { controller: stats.controllerRecords, processor: stats.processorRecords })} onOpen={() => navigate({ screen: 'activities' })} />
        <StatCard value={data.processors.length} label={t('nav.processors')} onOpen={() => navigate({ screen: 'processors' })} />
        <StatCard value={data.retentionRules.length} label={t('nav.retentionRules')} onOpen={() => navigate({ screen: 'retentionRules' })} />
        <StatCard value={data.organisations.length} label={t('nav.organisations')} onOpen={() => navigate({ screen: 'organisations' })} />
        <StatCard value={stats.withSpecialData} label={t('screens:overview.special')} onOpen={() => openFiltered({ specialData: 'special' })} />
        <StatCard value={stats.withTransfers} label={t('screens:overview.transfers')} onOpen={() => openFiltered({ transfers: 'yes' })} />
      </ul>
      {steps.length > 0 ? <FirstStepsPanel steps={steps} /> : findingsPanel}
      <NoticeStatusPanel />
      <DpoOverviewPanel />
      {steps.length === 0 && renderCharts?.(activities)}
      <div className="overview-grid">
        <BarTable
          title={t('screens:overview.byStatus')}
          rows={ACTIVITY_STATUSES.map((status) => ({ key: status, label: t(`fields:enums.status.${status}`), value: stats.byStatus[status], open: () => openFiltered({ status }) }))}
          max={max}
        />
        {!renderCharts && (
          <BarTable
            title={t('screens:overview.byLegalBasis')}
            rows={GDPR_POINTS.map((point) => ({ key: point, label: t(`legalBasisPoint.${point}`), value: stats.byLegalBasis[point], open: () => openFiltered({ legalBasis: point }) }))}
            max={max}
            footnote={stats.withoutLegalBasis > 0 ? t('screens:overview.withoutLegalBasis', { count: stats.withoutLegalBasis }) : undefined}
          />
        )}
        <ReviewList title={t('screens:overview.reviewsDue', { days: REVIEW_WINDOW_DAYS })} empty={t('screens:overview.noReviewsDue', { days: REVIEW_WINDOW_DAYS })} activities={stats.reviewsDue} />
        {stats.reviewsOverdue.length > 0 && <ReviewList title={t('screens:overview.reviewsOverdue')} empty="" activities={stats.reviewsOverdue} overdue />}
      </div>
    </section>
  );
}

function StatCard({ value, label, detail, onOpen }: { value: number; label: string; detail?: string; onOpen: () => void }) {
  return (
    <li className="stat-card">
      <button type="button" onClick={onOpen}>
        <span className="stat-value">{value}</span>
        <span className="stat-label">{label}</span>
        {detail && <span className="stat-detail">{detail}</span>}
      </button>
    </li>
  );
}

function BarTable({ title, rows, max, footnote }: { title: string; rows: Array<{ key: string; label: string; value: number; open: () => void }>; max: number; footnote?: string }) {
  return (
    <section className="panel" aria-labelledby={`bars-${title}`}>
      <h2 id={`bars-${title}`}>{title}</h2>
      <table className="bar-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <button type="button" className="link" onClick={row.open}>
                  {row.label}
                </button>
              </th>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${(row.value / max) * 100}%` }} aria-hidden="true" />
              </td>
              <td className="bar-value">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {footnote && <p className="muted">{footnote}</p>}
    </section>
  );
}

function ReviewList({ title, empty, activities, overdue = false }: { title: string; empty: string; activities: ActivitySummary[]; overdue?: boolean }) {
  const { navigate } = useNavigation();
  const slug = overdue ? 'overdue' : 'due';
  return (
    <section className="panel" aria-labelledby={`reviews-${slug}`} data-testid={`reviews-${slug}`}>
      <h2 id={`reviews-${slug}`}>{title}</h2>
      {activities.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="review-list">
          {activities.map((activity) => (
            <li key={activity.id}>
              <span className={overdue ? 'review-date text-overdue' : 'review-date'}>{formatDate(activity.nextReviewOn)}</span>
              <button type="button" className="link" onClick={() => navigate({ screen: 'activity', id: activity.id })}>
                {activity.number} {activity.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
