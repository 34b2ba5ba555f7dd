/**
 * After an activity's name in the list: how many findings of each severity
 * it has, as small marks with an icon and the number (the words are there
 * for screen readers and as a tooltip). Nothing when it has none.
 */
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import type { ActivityRow } from '../activities/activity-filters.ts';
import { SeverityIcon } from './FindingList.tsx';

export function ActivityBadges({ activity }: { activity: ActivityRow }) {
  const { t } = useTranslation('compliance');
  const counts = activity.checks?.findings;
  if (!counts) return null;
  const present = SEVERITIES.filter((severity) => counts[severity] > 0);
  if (present.length === 0) return null;
  const words = present.map((severity) => t(`count.${severity}`, { count: counts[severity] })).join(', ');
  return (
    <span className="finding-badges" title={t('list.findingsLabel', { counts: words })} data-testid="finding-badges">
      {present.map((severity) => (
        <span key={severity} className={`finding-badge finding-badge-${severity}`}>
          <SeverityIcon severity={severity} />
          <span aria-hidden="true">{counts[severity]}</span>
        </span>
      ))}
      <span className="visually-hidden">{t('list.findingsLabel', { counts: words })}</span>
    </span>
  );
}
