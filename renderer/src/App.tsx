import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../shared/contract/register.ts';
import { LANGUAGES, type Language } from '../../shared/i18n/index.ts';
import { ApiError, call } from './api/transport.ts';
import { rememberLanguage } from './i18n/index.ts';
import { ActivityList } from './screens/ActivityList.tsx';
import { Home } from './screens/Home.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const [register, setRegister] = useState<RegisterStatus | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const report = useCallback((caught: unknown) => {
    if (caught instanceof ApiError && caught.code === 'CANCELLED') return;
    setError(caught instanceof Error ? caught.message : String(caught));
  }, []);

  useEffect(() => {
    void call('app:setLanguage', { language: i18n.language as Language })
      .then(() => call('register:current', {}))
      .then(setRegister)
      .catch(report);
  }, [i18n.language, report]);

  const switchLanguage = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">ROPA</h1>
        {register && (
          <span className="register-name" title={register.path}>
            {register.info.title || register.fileName}
            {register.readOnly && <span className="badge badge-warning">{t('shell.readOnly')}</span>}
          </span>
        )}
        <div className="header-actions">
          <label>
            {t('shell.language')}{' '}
            <select value={i18n.language} onChange={(event) => switchLanguage(event.target.value as Language)}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`common:languages.${language}`)}
                </option>
              ))}
            </select>
          </label>
          {register && (
            <button type="button" onClick={() => void call('files:close', {}).then(() => setRegister(null)).catch(report)}>
              {t('shell.close')}
            </button>
          )}
        </div>
      </header>
      {error && (
        <div role="alert" className="notice notice-error">
          <strong>{t('errors.title')}:</strong> {error}{' '}
          <button type="button" onClick={() => setError(null)}>
            {t('errors.dismiss')}
          </button>
        </div>
      )}
      <main className="app-main">
        {register === undefined && <p>{t('loading')}</p>}
        {register === null && <Home onOpened={setRegister} onError={report} />}
        {register && <ActivityList onError={report} />}
      </main>
    </div>
  );
}
