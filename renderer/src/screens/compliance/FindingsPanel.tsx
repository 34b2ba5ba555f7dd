/**
 * The overview's findings panel: the whole register checked as of today,
 * the counts by severity, then the findings grouped as errors, warnings and
 * information, each leading to the record and field to fix.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format.ts';
import { useChecksReport } from '../../api/checks-data.ts';
import { useNotices } from '../../state/notices.tsx';
import { groupBySeverity } from './finding-links.ts';
import { FindingList, SeverityIcon } from './FindingList.tsx';

export function FindingsPanel() {
  const { t } = useTranslation('compliance');
  const { reportError } = useNotices();
  const { report } = useChecksReport(reportError);
  const groups = useMemo(() => groupBySeverity(report?.findings ?? []), [report]);
  if (!report) return null;
  const { findings } = report;
  return (
    <section className="panel findings-panel" aria-labelledby="findings-title" data-testid="findings-panel">
      <div className="findings-head">
        <div>
          <h2 id="findings-title">{t('panel.title')}</h2>
          <p className="muted findings-lead">
            {t('panel.checkedOn', { date: formatDate(report.today) })}. {t('panel.lead')}
          </p>
        </div>
        <ul className="severity-counts" aria-label={t('panel.summary')}>
          {groups.map(({ severity, findings: group }) => (
            <li key={severity} className={`severity-count severity-count-${severity}${group.length === 0 ? ' severity-count-none' : ''}`}>
              <SeverityIcon severity={severity} />
              {t(`count.${severity}`, { count: group.length })}
            </li>
          ))}
        </ul>
      </div>
      {findings.length === 0 ? (
        <p className="findings-none">{t('panel.none')}</p>
      ) : (
        <div className="finding-groups">
          {groups.map(({ severity, findings: group }) => (
            <section key={severity} className={`finding-group finding-group-${severity}`} aria-labelledby={`findings-${severity}`} data-testid={`findings-${severity}`}>
              <h3 id={`findings-${severity}`}>
                {t(`groups.${severity}`)} <span className="finding-group-count">({group.length})</span>
              </h3>
              {group.length === 0 ? <p className="muted">{t('panel.groupEmpty')}</p> : <FindingList findings={group} mode="register" />}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
