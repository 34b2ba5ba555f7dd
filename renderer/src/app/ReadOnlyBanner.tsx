/**
 * On every screen while the register is read-only: why (main's reason names
 * who holds it: "anna datorā KOKS-PC (kopš 21.11.2026 10:00)", and how to
 * get it for editing), and a way to try again once the other instance has
 * let go. Saves are refused by main; the notice says they were not saved.
 */
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contract/register.ts';
import { call } from '../api/transport.ts';
import { useNavigation } from '../state/navigation.tsx';
import { useNotices } from '../state/notices.tsx';
import { useRegisterStatus } from '../state/register-status.tsx';
import { AsOfBanner } from '../screens/versions/AsOf.tsx';

export function ReadOnlyBanner({ register }: { register: RegisterStatus }) {
  // The register as of a past moment is read-only for another reason, with another way back.
  if (register.asOf) return <AsOfBanner register={register} />;
  return <LockedBanner register={register} />;
}

function LockedBanner({ register }: { register: RegisterStatus }) {
  const { t } = useTranslation('filesUi');
  const { reloadAll } = useRegisterStatus();
  const { confirmDiscard } = useNavigation();
  const { reportError, announce } = useNotices();

  const retry = async () => {
    if (!(await confirmDiscard())) return;
    try {
      // Opening the same file again lets go of this read-only session first.
      const entry = (await call('files:recent', {})).find((file) => file.path === register.path);
      const status = entry ? await call('files:openRecent', { id: entry.id }) : register;
      await reloadAll(status);
      announce(status.readOnly ? t('readOnly.stillReadOnly') : t('readOnly.writable'));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <p>
        <strong>{t('readOnly.title')}.</strong> {register.readOnlyReason}
      </p>
      <button type="button" className="button-small" onClick={() => void retry()}>
        {t('readOnly.retry')}
      </button>
    </div>
  );
}
