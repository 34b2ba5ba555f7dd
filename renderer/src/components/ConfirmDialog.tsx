import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Styles the confirming button as destructive (delete, discard). */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
}

/** A yes/no question. Focus starts on the safe answer. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onCancel, cancelLabel }: ConfirmDialogProps) {
  const { t } = useTranslation('editor');
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            {cancelLabel ?? t('actions.cancel')}
          </button>
          <button type="button" className={danger ? 'button-danger' : 'button-primary'} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
