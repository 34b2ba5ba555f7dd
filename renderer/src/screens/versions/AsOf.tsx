/**
 * The register as of a moment: the picker ("Rādīt reģistru uz…") on the
 * history screen and the overview, and the banner every screen shows while
 * a past state is open (read-only), with the way back.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../../shared/contract/register.ts';
import { formatTimestamp } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { useRegisterStatus } from '../../state/register-status.tsx';

/** A datetime-local value ("2026-06-30T12:00") as the instant it means on this computer. */
export function localMomentToIso(value: string): string {
  return new Date(value).toISOString();
}

/** An instant as a datetime-local value on this computer, to the minute ("2026-06-30T12:00"). */
export function isoToLocalMoment(iso: string): string {
  const date = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function AsOfPicker() {
  const { t } = useTranslation('versions');
  const id = useId();
  const [moment, setMoment] = useState('');
  const { reloadAll } = useRegisterStatus();
  const { confirmDiscard, navigate } = useNavigation();
  const { reportError } = useNotices();
  const show = async () => {
    if (!moment || !(await confirmDiscard())) return;
    try {
      const status = await call('versions:viewAsOf', { moment: localMomentToIso(moment) });
      await reloadAll(status);
      navigate({ screen: 'overview' });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <form
      className="filter-bar as-of-picker"
      aria-label={t('view.show')}
      onSubmit={(event) => {
        event.preventDefault();
        void show();
      }}
    >
      <div className="filter">
        <label htmlFor={id}>{t('view.show')}</label>
        <input id={id} type="datetime-local" value={moment} onChange={(event) => setMoment(event.target.value)} data-testid="as-of-moment" />
      </div>
      <button type="submit" className="button-small" disabled={!moment}>
        {t('view.open')}
      </button>
    </form>
  );
}

/** Shown on every screen while the register as of a past moment is open. */
export function AsOfBanner({ register }: { register: RegisterStatus }) {
  const { t } = useTranslation('versions');
  const { reloadAll } = useRegisterStatus();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const back = async () => {
    try {
      await reloadAll(await call('versions:leaveAsOf', {}));
      navigate({ screen: 'history' });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <div className="read-only-banner as-of-banner" role="status" data-testid="as-of-banner">
      <p>
        <strong>
          {t('view.title')}: {formatTimestamp(register.asOf?.at ?? null) || '—'}.
        </strong>{' '}
        {register.readOnlyReason}
      </p>
      <button type="button" className="button-small" onClick={() => void back()}>
        {t('view.back')}
      </button>
    </div>
  );
}

/** On the history screen in the view of a past moment: which history is listed (the real register's, up to that moment). */
export function AsOfHistoryNote() {
  const { t } = useTranslation('versions');
  const { register } = useRegisterStatus();
  if (!register?.asOf) return null;
  return (
    <p className="notice as-of-history-note" role="note" data-testid="as-of-history-note">
      {t('view.historyNote', { moment: formatTimestamp(register.asOf.at) || '—', seq: register.asOf.seq })}
    </p>
  );
}
