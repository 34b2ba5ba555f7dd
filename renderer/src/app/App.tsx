/**
 * The renderer's root: language, the open register, and the shell around
 * the current screen.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contract/register.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { RegisterChangesProvider } from '../api/register-changes.tsx';
import { RegisterDataProvider } from '../api/register-data.tsx';
import { forgetPrefetched } from '../api/prefetch.ts';
import { call } from '../api/transport.ts';
import { NavigationProvider, useNavigation } from '../state/navigation.tsx';
import { NoticesProvider, useNotices } from '../state/notices.tsx';
import { RegisterStatusProvider, type Outcome } from '../state/register-status.tsx';
import { Screen } from './Screen.tsx';
import { Shell } from './Shell.tsx';
import { whenShown } from './when-shown.ts';
import { WorkspaceFileChooser } from './WorkspaceFileChooser.tsx';

export function App() {
  return (
    <NoticesProvider>
      <NavigationProvider>
        <Root />
        {/* Browser mode only: there main asks the page to choose files (Electron has native dialogs). */}
        {!window.ropa && <WorkspaceFileChooser />}
      </NavigationProvider>
    </NoticesProvider>
  );
}

function Root() {
  const { t, i18n } = useTranslation('editor');
  const { reportError } = useNotices();
  const { navigate, route } = useNavigation();
  const [register, setRegister] = useState<RegisterStatus | null | undefined>(undefined);
  // Bumped when the register's content was replaced (restore, whole-register import): remounts every screen.
  const [generation, setGeneration] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const initialRoute = useRef(route);

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
    // An action's outcome belongs to the screen that ran it.
    setOutcome((current) => (current && current.screen === route.screen ? current : null));
  }, [route]);

  useEffect(() => {
    // A new screen: move focus to its heading, as a page load would (once it is
    // there: a screen shown for the first time loads its code first). Not on
    // the first screen: a page that just loaded starts at its top (skip link first).
    if (route === initialRoute.current) return;
    return whenShown('screen-title', (title) => title.focus({ preventScroll: true }));
  }, [route]);

  const opened = useCallback(
    (status: RegisterStatus) => {
      forgetPrefetched();
      setRegister(status);
      navigate({ screen: 'overview' }, { force: true });
    },
    [navigate],
  );
  const closed = useCallback(() => {
    forgetPrefetched();
    setRegister(null);
    navigate({ screen: 'files' }, { force: true });
  }, [navigate]);

  const status = useMemo(
    () => ({
      register: register ?? null,
      refresh: () => call('register:current', {}).then(setRegister, reportError),
      reloadAll: async (next?: RegisterStatus) => {
        forgetPrefetched();
        try {
          setRegister(next ?? (await call('register:current', {})));
          setGeneration((value) => value + 1);
        } catch (error) {
          reportError(error);
        }
      },
      outcome,
      setOutcome,
    }),
    [register, reportError, outcome],
  );

  if (register === undefined) return <p className="loading">{t('loading')}</p>;
  if (register === null) {
    return (
      <RegisterStatusProvider value={status}>
        <Shell register={null}>
          <Screen route={{ screen: 'files' }} register={null} onOpened={opened} onClosed={closed} onRegisterChanged={setRegister} />
        </Shell>
      </RegisterStatusProvider>
    );
  }
  return (
    <RegisterStatusProvider value={status}>
      <RegisterDataProvider key={`${register.path}:${register.info.registerId}:${generation}`} onError={reportError}>
        <RegisterChangesProvider>
          <Shell register={register}>
            <Screen route={route} register={register} onOpened={opened} onClosed={closed} onRegisterChanged={setRegister} />
          </Shell>
        </RegisterChangesProvider>
      </RegisterDataProvider>
    </RegisterStatusProvider>
  );
}
