/**
 * JSON import from the app: says what will happen (and, when the register
 * already holds data, that all of it will be replaced, with a backup made
 * first), then main's open dialog and the import. Afterwards every screen
 * reloads: the register may now be another one (its id and title change).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useRegisterStatus } from '../../state/register-status.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { registerCounts } from './files-format.ts';
import { useErrorText } from './use-error-text.ts';

export function JsonImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('filesUi');
  const { data } = useRegisterData();
  const { reloadAll, setOutcome } = useRegisterStatus();
  const [busy, setBusy] = useState(false);
  const { error, errorText, setError } = useErrorText();
  const counts = data ? registerCounts(data) : null;
  const replace = counts?.hasContent ?? true;

  const importFile = async () => {
    setBusy(true);
    setError(null);
    try {
      const summary = await call('import:json', { replace });
      const text = t('counts', { organisations: summary.organisations, activities: summary.activities, processors: summary.processors, rules: summary.retentionRules });
      onClose();
      await reloadAll();
      setOutcome({ screen: 'files', title: t('xlsxImport.doneTitle'), lines: [t('jsonImport.done', { counts: text }), t('xlsxImport.doneBackup')] });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('jsonImport.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" autoFocus onClick={onClose}>
            {t('editor:actions.cancel')}
          </button>
          <button type="button" className={replace ? 'button-danger' : 'button-primary'} disabled={busy || !counts} onClick={() => void importFile()}>
            {busy ? t('jsonImport.importing') : replace ? t('jsonImport.chooseAndReplace') : t('jsonImport.choose')}
          </button>
        </>
      }
    >
      <p>{t('jsonImport.lead')}</p>
      {counts?.hasContent && (
        <p className="notice notice-warning">
          {t('jsonImport.replaceWarning', {
            counts: t('counts', { organisations: counts.organisations, activities: counts.activities, processors: counts.processors, rules: counts.rules }),
          })}
        </p>
      )}
      <p>{t('jsonImport.safetyCopy')}</p>
      {error && (
        <p role="alert" className="notice notice-error">
          {errorText}
        </p>
      )}
    </Dialog>
  );
}
