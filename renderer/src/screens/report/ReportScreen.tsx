/**
 * Audita atskaite: the PDF report, previewed in the app, saved and printed.
 *
 * Main builds the PDF (the same code as `ropa export pdf`); the preview
 * shows those very bytes in an iframe (a blob: URL, which the CSP allows as
 * `frame-src blob:`; <object> and <embed> stay refused by `object-src
 * 'none'`), in Chromium's PDF viewer. Save and Print ask main for the report
 * with the options of the preview shown, so what is saved or printed is
 * that document. In browser mode main cannot print: the browser prints the
 * preview itself, and the user is told so.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPdf, ReportRequest } from '../../../../shared/contract/report.ts';
import type { Language } from '../../../../shared/i18n/index.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { ApiError, call } from '../../api/transport.ts';
import { useNotices } from '../../state/notices.tsx';
import { Busy } from '../../components/Busy.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { base64ToBytes, sizeParts } from '../files/files-format.ts';
import { LanguageField, OrganisationField } from '../files/OptionFields.tsx';
import { useErrorText } from '../files/use-error-text.ts';

interface Preview {
  url: string;
  pdf: Omit<ReportPdf, 'pdfBase64'>;
  request: { lang: Language; organisationId: string; dpoRecords: boolean };
}

type Phase = 'idle' | 'generating' | 'saving' | 'printing';

function requestOf(options: Preview['request']): ReportRequest {
  return { lang: options.lang, ...(options.organisationId ? { organisationId: options.organisationId } : {}), ...(options.dpoRecords ? { dpoRecords: true } : {}) };
}

export function ReportScreen() {
  const { t } = useTranslation('filesUi');
  const { language } = useLanguage();
  const { data } = useRegisterData();
  const { announce } = useNotices();
  const id = useId();
  const [lang, setLang] = useState<Language>(language);
  const [organisationId, setOrganisationId] = useState('');
  const [dpoRecords, setDpoRecords] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [printNote, setPrintNote] = useState<string | null>(null);
  const { error, errorText, setError } = useErrorText();
  const frame = useRef<HTMLIFrameElement>(null);

  // The blob URL holds the whole PDF in memory: let it go with the preview.
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview.url);
  }, [preview]);

  const generate = async () => {
    const request = { lang, organisationId, dpoRecords };
    setPhase('generating');
    setError(null);
    setPrintNote(null);
    try {
      const { pdfBase64, ...pdf } = await call('report:pdf', requestOf(request));
      const url = URL.createObjectURL(new Blob([base64ToBytes(pdfBase64)], { type: 'application/pdf' }));
      setPreview({ url, pdf, request });
    } catch (caught) {
      setError(caught);
    } finally {
      setPhase('idle');
    }
  };

  const save = async () => {
    if (!preview) return;
    setPhase('saving');
    setError(null);
    try {
      const { fileName, missingGlyphs } = await call('report:savePdf', requestOf(preview.request));
      announce(t('report.saved', { file: fileName }));
      // Never a silent loss: characters no font can draw are shown as “�” in the report, and said here.
      if (missingGlyphs?.length) setPrintNote(t('fonts:missingGlyphs', { count: missingGlyphs.length, characters: missingGlyphs.join(' ') }));
    } catch (caught) {
      setError(caught);
    } finally {
      setPhase('idle');
    }
  };

  const print = async () => {
    if (!preview) return;
    setPhase('printing');
    setError(null);
    setPrintNote(null);
    try {
      const { outcome } = await call('report:print', requestOf(preview.request));
      if (outcome === 'openedInViewer') setPrintNote(t('report.openedInViewer'));
      else announce(t('report.printed'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'PRINT_UNAVAILABLE') {
        setPrintNote(t('report.browserPrint'));
        const viewer = frame.current?.contentWindow;
        if (viewer) viewer.print();
        else window.print();
      } else setError(caught);
    } finally {
      setPhase('idle');
    }
  };

  const stale = preview !== null && (preview.request.lang !== lang || preview.request.organisationId !== organisationId || preview.request.dpoRecords !== dpoRecords);
  const size = preview ? sizeParts(preview.pdf.byteLength, language) : null;
  const busy = phase !== 'idle';
  return (
    <section className="screen report-screen" aria-labelledby="screen-title">
      <PageHeader title={t('report.title')} subtitle={t('report.lead')} />
      <section className="panel" aria-labelledby={`${id}-options`}>
        <h2 id={`${id}-options`}>{t('report.options')}</h2>
        <div className="report-options">
          <LanguageField label={t('report.language')} value={lang} onChange={setLang} disabled={busy} />
          <OrganisationField organisations={data?.organisations ?? []} value={organisationId} onChange={setOrganisationId} disabled={busy} />
          <div className="field field-checkbox">
            <input id={`${id}-dpo-records`} type="checkbox" checked={dpoRecords} onChange={(event) => setDpoRecords(event.target.checked)} disabled={busy} />
            <label htmlFor={`${id}-dpo-records`}>{t('dpoRecords:ui.reportSections')}</label>
          </div>
          <div className="button-row">
            <button type="button" className="button-primary" disabled={busy} onClick={() => void generate()}>
              {preview ? t('report.regenerate') : t('report.generate')}
            </button>
          </div>
        </div>
        {phase === 'generating' && (
          <p className="generating">
            <Busy text={t('report.generating')} /> <span className="muted">{t('report.generatingHint')}</span>
          </p>
        )}
        {stale && <p className="notice notice-warning">{t('report.stale')}</p>}
        {error && (
          <p role="alert" className="notice notice-error">
            {errorText}
          </p>
        )}
      </section>
      <section className="panel report-preview" aria-labelledby={`${id}-preview`} aria-busy={phase === 'generating'}>
        <div className="report-toolbar">
          <h2 id={`${id}-preview`}>
            {preview && size ? (
              <span data-testid="report-summary">
                {[preview.pdf.fileName, preview.pdf.pageCount === null ? null : t('report.pages', { count: preview.pdf.pageCount }), t(`size.${size.unit}`, { value: size.value })]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            ) : (
              t('report.title')
            )}
          </h2>
          {preview && (
            <div className="page-actions">
              <button type="button" disabled={busy} onClick={() => void save()}>
                {phase === 'saving' && <span className="spinner" aria-hidden="true" />}
                {t('report.save')}
              </button>
              <button type="button" disabled={busy} onClick={() => void print()}>
                {phase === 'printing' && <span className="spinner" aria-hidden="true" />}
                {t('report.print')}
              </button>
            </div>
          )}
        </div>
        {printNote && (
          <p className="notice notice-info" role="status" data-testid="print-note">
            {printNote}
          </p>
        )}
        {preview ? (
          <iframe ref={frame} className="report-frame" src={preview.url} title={t('report.preview', { file: preview.pdf.fileName })} />
        ) : (
          <p className="muted report-empty">{t('report.empty')}</p>
        )}
      </section>
    </section>
  );
}
