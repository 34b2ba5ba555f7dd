/**
 * Privātuma paziņojums: the notice for one organisation and audience,
 * written from the register. The DPO picks the audience, previews the
 * notice with the pre-publication check (each missing element links to the
 * field to fill in), edits their own paragraphs and the section order, and
 * saves the notice as HTML, DOCX or PDF: main asks where, writes it and
 * records the issue with the register's fingerprint.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract/index.ts';
import { NOTICE_FORMATS } from '../../../../shared/contract/notice.ts';
import { localName } from '../../../../shared/domain/catalogues.ts';
import type { Language } from '../../../../shared/i18n/index.ts';
import type { NoticeSettings } from '../../../../shared/notice/settings.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { useReadOnly } from '../../state/register-status.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { FindingList } from '../compliance/FindingList.tsx';
import { LanguageField } from '../files/OptionFields.tsx';
import { useErrorText } from '../files/use-error-text.ts';
import { NoticePreview } from './NoticePreview.tsx';
import { NoticeSettingsPanel } from './NoticeSettingsPanel.tsx';

type Preview = ChannelOutput<'notice:preview'>;

/** The audience a screen opened from the overview asks for, kept for the next mount. */
let requested: { organisationId: string; audienceIds: string[] } | null = null;
export function presetNoticeAudience(organisationId: string, audienceIds: string[]): void {
  requested = { organisationId, audienceIds };
}

export function NoticeScreen() {
  const { t } = useTranslation('notice');
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const { announce } = useNotices();
  const id = useId();
  const [lang, setLang] = useState<Language>(language);
  const [organisationId, setOrganisationId] = useState(requested?.organisationId ?? '');
  const [audienceIds, setAudienceIds] = useState<string[]>(requested?.audienceIds ?? ['ds-customers']);
  const [settings, setSettings] = useState<{ value: NoticeSettings; revision: number | null } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  // Saving records the notice (and the settings) in the register: not while it is read-only.
  const readOnly = useReadOnly();
  const { errorText, setError } = useErrorText();
  // By default the organisation with the most activities: the one whose notice the DPO most likely writes.
  const organisation = organisationId || [...(data?.organisations ?? [])].sort((a, b) => b.usedBy - a.usedBy)[0]?.id || '';

  useEffect(() => {
    requested = null;
  }, []);

  useEffect(() => {
    setPreview(null);
    if (!organisation || audienceIds.length === 0) return setSettings(null);
    let current = true;
    call('notice:settings', { organisationId: organisation, audienceIds })
      .then((answer) => current && setSettings({ value: answer.settings, revision: answer.revision }))
      .catch(setError);
    return () => {
      current = false;
    };
  }, [organisation, audienceIds, setError]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const showPreview = () => run(async () => setPreview(await call('notice:preview', { organisationId: organisation, audienceIds, lang })));
  const saveSettings = () =>
    run(async () => {
      if (!settings) return;
      const { revision } = await call('notice:saveSettings', { settings: settings.value, ...(settings.revision ? { revision: settings.revision } : {}) });
      setSettings({ value: settings.value, revision });
      announce(t('ui.settingsSaved'));
      setPreview(await call('notice:preview', { organisationId: organisation, audienceIds, lang }));
    });
  const save = (format: (typeof NOTICE_FORMATS)[number]) =>
    run(async () => {
      const saved = await call('notice:save', { organisationId: organisation, audienceIds, lang, format, final });
      announce(t('ui.saved', { file: saved.fileName, version: saved.version }));
    });

  const subjects = data?.catalogues.dataSubjectCategories ?? [];
  const toggle = (subjectId: string, on: boolean) => setAudienceIds((ids) => (on ? [...ids, subjectId].sort() : ids.filter((x) => x !== subjectId)));
  return (
    <section className="screen notice-screen" aria-labelledby="screen-title">
      <PageHeader title={t('ui.title')} subtitle={t('ui.lead')} />
      <section className="panel" aria-labelledby={`${id}-options`}>
        <h2 id={`${id}-options`}>{t('ui.options')}</h2>
        <div className="report-options">
          <div className="field">
            <label htmlFor={`${id}-org`}>{t('ui.organisation')}</label>
            <select id={`${id}-org`} value={organisation} disabled={busy} onChange={(event) => setOrganisationId(event.target.value)}>
              {(data?.organisations ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <LanguageField label={t('ui.language')} value={lang} onChange={setLang} disabled={busy} />
        </div>
        <fieldset className="notice-audience">
          <legend>{t('ui.audience')}</legend>
          {subjects.map((subject) => (
            <div className="field-checkbox" key={subject.id}>
              <input id={`${id}-${subject.id}`} type="checkbox" checked={audienceIds.includes(subject.id)} disabled={busy} onChange={(event) => toggle(subject.id, event.target.checked)} />
              <label htmlFor={`${id}-${subject.id}`}>{localName(subject, language)}</label>
            </div>
          ))}
        </fieldset>
        {audienceIds.length === 0 && <p role="status">{t('ui.chooseAudience')}</p>}
        <div className="button-row">
          <button type="button" className="button-primary" disabled={busy || audienceIds.length === 0} onClick={() => void showPreview()}>
            {t('ui.preview')}
          </button>
        </div>
        {errorText && (
          <p className="form-error" role="alert">
            {errorText}
          </p>
        )}
      </section>
      {preview && (
        <section className="panel" aria-labelledby={`${id}-missing`} data-testid="notice-missing">
          <h2 id={`${id}-missing`}>{t('ui.missingTitle', { count: preview.findings.length })}</h2>
          {preview.findings.length > 0 ? (
            <>
              <p>{t('ui.missingLead')}</p>
              <FindingList findings={preview.findings} mode="register" testId="notice-findings" />
            </>
          ) : (
            <p>{t('ui.nothingMissing')}</p>
          )}
          <p>{t('ui.version', { version: preview.version })}</p>
          <div className="field-checkbox">
            <input id={`${id}-final`} type="checkbox" checked={final} disabled={busy} onChange={(event) => setFinal(event.target.checked)} />
            <label htmlFor={`${id}-final`}>{t('ui.final')}</label>
          </div>
          <div className="button-row">
            {NOTICE_FORMATS.map((format) => (
              <button key={format} type="button" disabled={busy || readOnly} onClick={() => void save(format)}>
                {t('ui.save', { format: format.toUpperCase() })}
              </button>
            ))}
          </div>
        </section>
      )}
      {settings && <NoticeSettingsPanel settings={settings.value} disabled={busy || readOnly} onChange={(value) => setSettings({ ...settings, value })} onSave={() => void saveSettings()} />}
      {preview && (
        <section className="panel" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>{t('ui.previewTitle')}</h2>
          <NoticePreview text={preview.text} />
        </section>
      )}
    </section>
  );
}
