import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySummary } from '../../../shared/domain/activity.ts';
import { collator, formatDate } from '../../../shared/format.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { call } from '../api/transport.ts';

export function ActivityList({ onError }: { onError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const [activities, setActivities] = useState<ActivitySummary[] | null>(null);
  const [organisations, setOrganisations] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    void Promise.all([call('activities:list', {}), call('organisations:list', {})])
      .then(([list, orgs]) => {
        setOrganisations(new Map(orgs.map((o) => [o.id, o.name])));
        setActivities(list);
      })
      .catch(onError);
  }, [onError]);

  const sorted = useMemo(() => {
    const compare = collator(i18n.language as Language).compare;
    return [...(activities ?? [])].sort(
      (a, b) => compare(organisations.get(a.organisationId) ?? '', organisations.get(b.organisationId) ?? '') || compare(a.number, b.number),
    );
  }, [activities, organisations, i18n.language]);

  if (activities === null) return <p>{t('loading')}</p>;
  return (
    <section>
      <h2>{t('activities.title')}</h2>
      <p className="muted">{t('activities.count', { count: activities.length })}</p>
      {activities.length === 0 ? (
        <p>{t('activities.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('fields:activity.number')}</th>
              <th scope="col">{t('fields:activity.name')}</th>
              <th scope="col">{t('fields:activity.kind')}</th>
              <th scope="col">{t('fields:activity.status')}</th>
              <th scope="col">{t('fields:organisation._')}</th>
              <th scope="col">{t('fields:activity.nextReviewOn')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((activity) => (
              <tr key={activity.id}>
                <td>{activity.number}</td>
                <td>{activity.name}</td>
                <td>{t(`fields:enums.kind.${activity.kind}`)}</td>
                <td>{t(`fields:enums.status.${activity.status}`)}</td>
                <td>{organisations.get(activity.organisationId)}</td>
                <td>{formatDate(activity.nextReviewOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
