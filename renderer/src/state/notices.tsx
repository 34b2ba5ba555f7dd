/**
 * Telling the user what happened: errors from main (in their language, from
 * the contract's message) in an alert they dismiss, and short confirmations
 * ("Saglabāts.") in a polite live region that screen readers announce.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/transport.ts';
import { i18next } from '../i18n/index.ts';

interface NoticesValue {
  reportError(error: unknown): void;
  announce(message: string): void;
  clearError(): void;
}

const NoticesContext = createContext<NoticesValue | null>(null);

export function useNotices(): NoticesValue {
  const value = useContext(NoticesContext);
  if (!value) throw new Error('useNotices outside NoticesProvider');
  return value;
}

export function NoticesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('editor');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);

  const reportError = useCallback(
    (caught: unknown) => {
      if (caught instanceof ApiError && caught.code === 'CANCELLED') return;
      // A write refused because the register is read-only: say first that nothing was saved.
      const refused = caught instanceof ApiError && (caught.code === 'LOCKED' || caught.code === 'READ_ONLY');
      setError(refused ? `${i18next.t('filesUi:readOnly.notSaved')} ${caught.message}` : caught instanceof Error ? caught.message : String(caught));
    },
    [],
  );
  const announce = useCallback((message: string) => {
    setStatus(message);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 5000);
  }, []);
  const clearError = useCallback(() => setError(null), []);
  const value = useMemo(() => ({ reportError, announce, clearError }), [reportError, announce, clearError]);

  return (
    <NoticesContext.Provider value={value}>
      {children}
      <div className="notices">
        {error && (
          <div role="alert" className="notice notice-error">
            <span>
              <strong>{t('notices.errorTitle')}:</strong> {error}
            </span>
            <button type="button" onClick={clearError}>
              {t('actions.dismiss')}
            </button>
          </div>
        )}
        <div role="status" className={status ? 'notice notice-success' : 'visually-hidden'}>
          {status}
        </div>
      </div>
    </NoticesContext.Provider>
  );
}
