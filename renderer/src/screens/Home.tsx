import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile, RegisterStatus } from '../../../shared/contract/register.ts';
import { formatTimestamp } from '../../../shared/format.ts';
import { call } from '../api/transport.ts';

export function Home({ onOpened, onError }: { onOpened: (status: RegisterStatus) => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [organisationName, setOrganisationName] = useState('');

  useEffect(() => {
    void call('files:recent', {}).then(setRecent).catch(onError);
  }, [onError]);

  return (
    <section className="home">
      <h2>{t('home.title')}</h2>
      <p>{t('home.lead')}</p>
      <form
        className="home-new"
        onSubmit={(event) => {
          event.preventDefault();
          void call('files:new', { organisationName }).then(onOpened).catch(onError);
        }}
      >
        <label htmlFor="new-organisation">{t('home.organisationName')}</label>
        <input id="new-organisation" value={organisationName} onChange={(event) => setOrganisationName(event.target.value)} />
        <button type="submit">{t('home.newRegister')}</button>
      </form>
      <p>
        <button type="button" onClick={() => void call('files:open', {}).then(onOpened).catch(onError)}>
          {t('home.openRegister')}
        </button>
      </p>
      <h3>{t('home.recent')}</h3>
      {recent.length === 0 ? (
        <p>{t('home.noRecent')}</p>
      ) : (
        <ul className="recent-files">
          {recent.map((file) => (
            <li key={file.id}>
              <button type="button" className="link" title={file.path} onClick={() => void call('files:openRecent', { id: file.id }).then(onOpened).catch(onError)}>
                {file.fileName}
              </button>{' '}
              <span className="muted">{formatTimestamp(file.openedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
