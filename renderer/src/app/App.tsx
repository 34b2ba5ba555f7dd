/**
 * The renderer's root: language, the open register, and the shell around
 * the current screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contract/register.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { RegisterDataProvider } from '../api/register-data.tsx';
import { call } from '../api/transport.ts';
import { NavigationProvider, useNavigation } from './navigation.tsx';
import { NoticesProvider, useNotices } from './notices.tsx';
import { Screen } from './Screen.tsx';
import { Shell } from './Shell.tsx';

export function App() {
  return (
    <NoticesProvider>
      <NavigationProvider>
        <Root />
      </NavigationProvider>
    </NoticesProvider>
  );
}

function Root() {
  const { t, i18n } = useTranslation('editor');
  const { reportError } = useNotices();
  const { navigate, route } = useNavigation();
  const [register, setRegister] = useState<RegisterStatus | null | undefined>(undefined);

  useEffect(() => {
    void call('app:setLanguage', { language: i18n.language as Language })
      .then(() => call('register:current', {}))
      .then(setRegister)
      .catch(reportError);
  }, [i18n.language, reportError]);

  useEffect(() => {
    document.title = register ? t('shell.windowTitle', { register: register.info.title || register.fileName }) : t('shell.brand');
  }, [register, t]);

  useEffect(() => {
    // A new screen: move focus to its heading, as a page load would.
    const timer = window.setTimeout(() => document.getElementById('screen-title')?.focus({ preventScroll: true }), 0);
    return () => window.clearTimeout(timer);
  }, [route]);

  const opened = useCallback(
    (status: RegisterStatus) => {
      setRegister(status);
      navigate({ screen: 'overview' }, { force: true });
    },
    [navigate],
  );
  const closed = useCallback(() => {
    setRegister(null);
    navigate({ screen: 'files' }, { force: true });
  }, [navigate]);

  if (register === undefined) return <p className="loading">{t('loading')}</p>;
  if (register === null) {
    return (
      <Shell register={null}>
        <Screen route={{ screen: 'files' }} register={null} onOpened={opened} onClosed={closed} onRegisterChanged={setRegister} />
      </Shell>
    );
  }
  return (
    <RegisterDataProvider key={`${register.path}:${register.info.registerId}`} onError={reportError}>
      <Shell register={register}>
        <Screen route={route} register={register} onOpened={opened} onClosed={closed} onRegisterChanged={setRegister} />
      </Shell>
    </RegisterDataProvider>
  );
}
