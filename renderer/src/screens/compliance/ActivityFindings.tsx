/**
 * At the top of the activity editor: this activity's findings and how
 * complete its record is, checked again after every save (the editor hands
 * in the saved revision). Each finding moves focus to its field.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityChecks } from '../../../../shared/rules/report.ts';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { focusField } from '../../components/form/focus-field.ts';
import { groupBySeverity, findingSection } from './finding-links.ts';
import { FindingList, SeverityIcon } from './FindingList.tsx';

export function ActivityFindings({ activityId, revision, actions }: { activityId: string; revision: number; actions?: ReactNode }) {
  const { t } = useTranslation('compliance');
  const { reportError } = useNotices();
  const [checks, setChecks] = useState<ActivityChecks | undefined>(undefined);
  useEffect(() => {
    let current = true;
    call('checks:activity', { id: activityId })
      .then((result) => current && setChecks(result))
      .catch(reportError);
    return () => {
      current = false;
    };
    // The revision changes with every save: check again.
  }, [activityId, revision, reportError]);
  const findings = checks?.findings ?? [];
  const goTo = useCallback((finding: { field: string }) => {
    focusField(finding.field, `sec-${findingSection(finding)}-title`);
  }, []);
  if (!checks) return null;
  const counts = groupBySeverity(findings).filter((group) => group.findings.length > 0);
  return (
    <section className={`activity-findings${findings.length === 0 ? ' activity-findings-clear' : ''}`} aria-labelledby="activity-findings-title" data-testid="activity-findings">
      <div className="activity-findings-head">
        <h2 id="activity-findings-title">{t('editor.title')}</h2>
        <span className="completeness" title={t('editor.completenessHint')}>
          <span className="completeness-bar" aria-hidden="true">
            <span className="completeness-fill" style={{ width: `${checks.completeness}%` }} />
          </span>
          {t('editor.completeness', { percent: checks.completeness })}
          <span className="visually-hidden"> ({t('editor.completenessHint')})</span>
        </span>
        {counts.length === 0 ? (
          <span className="muted">{t('editor.none')}</span>
        ) : (
          <ul className="severity-counts severity-counts-inline">
            {counts.map(({ severity, findings: group }) => (
              <li key={severity} className={`severity-count severity-count-${severity}`}>
                <SeverityIcon severity={severity} />
                {t(`count.${severity}`, { count: group.length })}
              </li>
            ))}
          </ul>
        )}
        {actions && <div className="activity-findings-actions">{actions}</div>}
      </div>
      {findings.length > 0 && <FindingList findings={findings} mode="record" onGoTo={goTo} testId="activity-finding-list" />}
    </section>
  );
}
