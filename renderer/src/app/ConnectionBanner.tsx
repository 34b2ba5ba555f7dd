/**
 * On every screen while a team register's server cannot be reached: says
 * so, says that unsaved changes stay in the form (a refused save leaves the
 * editor as it was), and tries the server again with growing pauses (2, 4,
 * 8, 16, then every 30 seconds) or at once on request. When the server
 * answers again it says the changes can be saved now.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/transport.ts';
import { watchConnection } from '../api/connection-watch.ts';

const BACKOFF_SECONDS = [2, 4, 8, 16, 30];
const RESTORED_SHOWN_MS = 10_000;

export function ConnectionBanner() {
  const { t } = useTranslation('teamOpen');
  const [state, setState] = useState<'ok' | 'lost' | 'restored'>('ok');
  const [nextTry, setNextTry] = useState(BACKOFF_SECONDS[0]!);
  const attempt = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const probe = useCallback(() => {
    // Any answer goes through noteConnection: a success flips the state, a failure schedules the next try.
    call('register:current', {}).catch(() => undefined);
  }, []);

  useEffect(
    () =>
      watchConnection((lost) => {
        window.clearTimeout(timer.current);
        if (lost) {
          const seconds = BACKOFF_SECONDS[Math.min(attempt.current, BACKOFF_SECONDS.length - 1)]!;
          attempt.current += 1;
          setNextTry(seconds);
          setState('lost');
          timer.current = window.setTimeout(probe, seconds * 1000);
        } else {
          setState((previous) => (previous === 'ok' ? 'ok' : 'restored'));
          attempt.current = 0;
          timer.current = window.setTimeout(() => setState('ok'), RESTORED_SHOWN_MS);
        }
      }),
    [probe],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (state === 'ok') return null;
  return (
    <div className={`connection-banner ${state === 'lost' ? 'notice notice-warning' : 'notice notice-success'}`} role="status" data-testid="connection-banner">
      {state === 'lost' ? (
        <>
          <p>
            <strong>{t('offline.title')}</strong> {t('offline.body', { seconds: nextTry })}
          </p>
          <button type="button" className="button-small" onClick={probe}>
            {t('offline.retry')}
          </button>
        </>
      ) : (
        <p>{t('offline.restored')}</p>
      )}
    </div>
  );
}
