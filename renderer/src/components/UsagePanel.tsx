import { useTranslation } from 'react-i18next';
import type { Usage } from '../../../shared/contract/records.ts';
import { useNavigation } from '../state/navigation.tsx';

/** Which activities (and other records) use an entry; each one a link to it. */
export function UsagePanel({ usage }: { usage: Usage | undefined }) {
  const { t } = useTranslation('editor');
  const { navigate } = useNavigation();
  if (!usage) return null;
  const none = usage.activities.length + usage.processors.length + usage.retentionRules.length === 0;
  return (
    <aside className="usage-panel" aria-labelledby="usage-title">
      <h2 id="usage-title">{t('usage.title')}</h2>
      {none && <p className="muted">{t('usage.none')}</p>}
      {usage.activities.length > 0 && (
        <>
          <h3>{t('usage.activities', { count: usage.activities.length })}</h3>
          <ul className="link-list">
            {usage.activities.map((activity) => (
              <li key={activity.id}>
                <button type="button" className="link" onClick={() => navigate({ screen: 'activity', id: activity.id })}>
                  {`${activity.number} ${activity.name}`.trim()}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {usage.processors.length > 0 && (
        <>
          <h3>{t('usage.processors', { count: usage.processors.length })}</h3>
          <ul className="link-list">
            {usage.processors.map((processor) => (
              <li key={processor.id}>
                <button type="button" className="link" onClick={() => navigate({ screen: 'processor', id: processor.id })}>
                  {processor.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {usage.retentionRules.length > 0 && (
        <>
          <h3>{t('usage.retentionRules', { count: usage.retentionRules.length })}</h3>
          <ul className="link-list">
            {usage.retentionRules.map((rule) => (
              <li key={rule.id}>
                <button type="button" className="link" onClick={() => navigate({ screen: 'retentionRule', id: rule.id })}>
                  {rule.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
