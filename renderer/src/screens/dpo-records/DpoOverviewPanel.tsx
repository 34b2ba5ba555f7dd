/** The overview's panel of breaches and requests: open breaches with their 72-hour clock, overdue and due-this-week requests. */
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';

const loadOverview = () => call('dpoRecords:overview', {});

export function DpoOverviewPanel() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { value } = useLoad(loadOverview, reportError);
  if (!value) return null;
  const { breaches, requests } = value;
  const link = (label: string, open: () => void, tone: 'error' | 'warning') => (
    <li key={label}>
      <button type="button" className={tone === 'error' ? 'link text-overdue' : 'link'} onClick={open}>
        {label}
      </button>
    </li>
  );
  return (
    <section className="panel" aria-labelledby="dpo-overview-title" data-testid="dpo-overview">
      <h2 id="dpo-overview-title">{t('dpoRecords:ui.overviewTitle')}</h2>
      <p>
        <button type="button" className="link" onClick={() => navigate({ screen: 'breaches' })}>
          {t('dpoRecords:ui.overviewBreaches', { count: breaches.open })}
        </button>
        {' · '}
        <button type="button" className="link" onClick={() => navigate({ screen: 'requests' })}>
          {t('dpoRecords:ui.overviewRequests', { count: requests.open })}
        </button>
      </p>
      <ul className="review-list">
        {breaches.overdue.map((b) => link(t('dpoRecords:ui.overviewBreachOverdue', { label: b.label, hours: b.hoursOver }), () => navigate({ screen: 'breach', id: b.id }), 'error'))}
        {breaches.running.map((b) => link(t('dpoRecords:ui.overviewRunning', { label: b.label, hours: b.hoursLeft }), () => navigate({ screen: 'breach', id: b.id }), 'warning'))}
        {requests.overdue.map((r) => link(t('dpoRecords:ui.overviewRequestOverdue', { label: r.label, date: formatDate(r.deadline) }), () => navigate({ screen: 'request', id: r.id }), 'error'))}
        {requests.dueSoon.map((r) => link(t('dpoRecords:ui.overviewRequestDue', { label: r.label, date: formatDate(r.deadline) }), () => navigate({ screen: 'request', id: r.id }), 'warning'))}
      </ul>
    </section>
  );
}
