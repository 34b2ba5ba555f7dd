/**
 * Moving between screens, and never losing unsaved changes on the way.
 *
 * Forms report whether they hold unsaved changes (`useUnsavedChanges`).
 * While any does, leaving the screen (a link, the back button, closing the
 * register) first asks the user, and closing or reloading the window makes
 * the browser (or Electron) ask too.
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { hashToRoute, routeToHash, type Route } from './routes.ts';

interface NavigationValue {
  route: Route;
  /**
   * Goes to `route`, asking first when a form holds unsaved changes
   * (`force` after the screen itself saved or deliberately dropped them).
   */
  navigate(route: Route, options?: { replace?: boolean; force?: boolean }): void;
  /** Asks the user before an action that would drop unsaved changes; true to go ahead. */
  confirmDiscard(): Promise<boolean>;
  setDirty(key: string, dirty: boolean): void;
}

const NavigationContext = createContext<NavigationValue | null>(null);

export function useNavigation(): NavigationValue {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}

/** Declares that the calling screen holds unsaved changes while `dirty` is true. */
export function useUnsavedChanges(dirty: boolean): void {
  const { setDirty } = useNavigation();
  const key = useId();
  useEffect(() => {
    setDirty(key, dirty);
  }, [key, dirty, setDirty]);
  useEffect(() => () => setDirty(key, false), [key, setDirty]);
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('editor');
  const [route, setRoute] = useState<Route>(() => hashToRoute(window.location.hash));
  const currentHash = useRef(routeToHash(route));
  const dirty = useRef(new Set<string>());
  const [question, setQuestion] = useState<((leave: boolean) => void) | null>(null);

  const setDirty = useCallback((key: string, isDirty: boolean) => {
    if (isDirty) dirty.current.add(key);
    else dirty.current.delete(key);
  }, []);

  const confirmDiscard = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        if (dirty.current.size === 0) {
          resolve(true);
          return;
        }
        setQuestion(() => (leave: boolean) => {
          setQuestion(null);
          if (leave) dirty.current.clear();
          resolve(leave);
        });
      }),
    [],
  );

  const go = useCallback((next: Route, replace: boolean) => {
    const hash = routeToHash(next);
    currentHash.current = hash;
    if (replace) window.history.replaceState(null, '', hash);
    else if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  const navigate = useCallback(
    (next: Route, options: { replace?: boolean; force?: boolean } = {}) => {
      if (options.force) dirty.current.clear();
      void confirmDiscard().then((leave) => {
        if (leave) go(next, options.replace ?? false);
      });
    },
    [confirmDiscard, go],
  );

  useEffect(() => {
    const onHashChange = () => {
      const hash = window.location.hash;
      if (hash === currentHash.current) return;
      if (dirty.current.size === 0) {
        go(hashToRoute(hash), false);
        return;
      }
      // Back button or a typed address while a form is dirty: stay, then ask.
      window.history.replaceState(null, '', currentHash.current);
      navigate(hashToRoute(hash), { replace: false });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) event.preventDefault();
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [go, navigate]);

  const value = useMemo(() => ({ route, navigate, confirmDiscard, setDirty }), [route, navigate, confirmDiscard, setDirty]);
  return (
    <NavigationContext.Provider value={value}>
      {children}
      {question && (
        <ConfirmDialog
          title={t('unsaved.title')}
          confirmLabel={t('unsaved.leave')}
          cancelLabel={t('unsaved.stay')}
          danger
          onConfirm={() => question(true)}
          onCancel={() => question(false)}
        >
          <p>{t('unsaved.body')}</p>
        </ConfirmDialog>
      )}
    </NavigationContext.Provider>
  );
}
