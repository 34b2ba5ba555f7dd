/**
 * Excel export from the app: the workbook's language and which organisation
 * (or all), then main's save dialog. The register is only read, so this
 * works on a read-only register too.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { useNotices } from '../../state/notices.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { LanguageField, OrganisationField } from './OptionFields.tsx';
import { useErrorText } from './use-error-text.ts';

export function ExcelExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('filesUi');
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const { announce } = useNotices();
  const [lang, setLang] = useState(language);
  const [organisationId, setOrganisationId] = useState('');
  const [busy, setBusy] = useState(false);
  const { error, setError, errorText } = useErrorText();

  const exportWorkbook = async () => {
    setBusy(true);
    setError(null);
    try {
      const { fileName } = await call('export:xlsx', { lang, ...(organisationId ? { organisationId } : {}) });
      announce(t('xlsxExport.exported', { file: fileName }));
      onClose();
    } catch (caught) {
      // Cancelling the save dialog leaves this one open, to change the options or cancel.
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('xlsxExport.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('editor:actions.cancel')}
          </button>
          <button type="button" className="button-primary" disabled={busy} onClick={() => void exportWorkbook()}>
            {busy ? t('xlsxExport.exporting') : t('xlsxExport.export')}
          </button>
        </>
      }
    >
      <p>{t('xlsxExport.lead')}</p>
      <div className="form-grid">
        <LanguageField label={t('xlsxExport.language')} value={lang} onChange={setLang} disabled={busy} />
        <OrganisationField organisations={data?.organisations ?? []} value={organisationId} onChange={setOrganisationId} disabled={busy} />
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {errorText}
        </p>
      )}
    </Dialog>
  );
}
