/** Deleting a breach or a request: a confirmation naming it, then the delete, then back to the list. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../state/notices.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

export function useRecordDelete(label: string, remove: () => Promise<unknown>, afterDelete: () => void): { start: () => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [confirming, setConfirming] = useState(false);
  const dialog = confirming ? (
    <ConfirmDialog
      title={t('editor:actions.delete')}
      confirmLabel={t('editor:actions.delete')}
      danger
      onCancel={() => setConfirming(false)}
      onConfirm={async () => {
        setConfirming(false);
        try {
          await remove();
          afterDelete();
        } catch (error) {
          reportError(error);
        }
      }}
    >
      <p>{label}</p>
    </ConfirmDialog>
  ) : null;
  return { start: () => setConfirming(true), dialog };
}
