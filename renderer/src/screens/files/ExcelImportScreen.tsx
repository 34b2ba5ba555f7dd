/**
 * Importēt no Excel: choose a workbook (main's open dialog), see how it
 * would be imported, adjust, import. Main keeps the workbook under a
 * preview id; every change here (a column's field, the organisation) asks
 * main to plan again with the same workbook, so what is shown is what the
 * import will do. The import is all or nothing and enabled only when
 * nothing stands in its way.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { XlsxImportField, XlsxMapping, XlsxPreview } from '../../../../shared/contract/xlsx.ts';
import { useRegisterData } from '../../api/register-data.tsx';
import { ApiError, call } from '../../api/transport.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useReadOnly, useRegisterStatus } from '../../state/register-status.tsx';
import { Busy } from '../../components/Busy.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { importBlockers, remap } from './files-format.ts';
import { ImportProgressPanel } from './ImportProgressPanel.tsx';
import { ColumnsTable, CreatedList, ProblemsTable } from './ImportPreviewTables.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';
import { useErrorText } from './use-error-text.ts';

type Phase = 'idle' | 'reading' | 'updating' | 'importing';

export function ExcelImportScreen() {
  const { t } = useTranslation('filesUi');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { register, refresh, reloadAll, setOutcome } = useRegisterStatus();
  const { reload } = useRegisterData();
  const readOnly = useReadOnly();
  const id = useId();
  const [preview, setPreview] = useState<XlsxPreview | null>(null);
  const [mapping, setMapping] = useState<XlsxMapping>({});
  const [organisationId, setOrganisationId] = useState<string | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>('idle');
  const [note, setNote] = useState<string | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  /** The user stopped the last read or import (main answered CANCELLED): nothing changed. */
  const [cancelled, setCancelled] = useState(false);
  const refused = useErrorText();
  const mappingError = useErrorText();
  const request = useRef(0);

  const choose = async () => {
    const ticket = ++request.current;
    setPhase('reading');
    setCancelled(false);
    refused.setError(null);
    mappingError.setError(null);
    setNote(null);
    setOutcome(null);
    try {
      const next = await call('import:xlsxPreview', {});
      if (ticket !== request.current) return;
      setPreview(next);
      setMapping({});
      setOrganisationId(next.organisationId ?? undefined);
    } catch (caught) {
      if (ticket !== request.current) return;
      // Cancelling the open dialog keeps whatever was shown before.
      if (refused.setError(caught)) setPreview(null);
    } finally {
      if (ticket === request.current) setPhase('idle');
    }
  };

  /** Plans the same workbook again with the user's choices. */
  const replan = useCallback(
    async (previewId: string, nextMapping: XlsxMapping, nextOrganisation: string | undefined) => {
      const ticket = ++request.current;
      setPhase('updating');
      mappingError.setError(null);
      try {
        const next = await call('import:xlsxPreview', { previewId, mapping: nextMapping, ...(nextOrganisation ? { organisationId: nextOrganisation } : {}) });
        if (ticket === request.current) setPreview(next);
      } catch (caught) {
        if (ticket !== request.current) return;
        if (caught instanceof ApiError && caught.code === 'XLSX_MAPPING') mappingError.setError(caught);
        else if (refused.setError(caught)) setPreview(null);
      } finally {
        if (ticket === request.current) setPhase('idle');
      }
    },
    // The error setters are stable (useCallback in useErrorText).
    [mappingError.setError, refused.setError],
  );

  // Main writes the field labels and reasons in the app's language: switching it plans again. (This
  // screen's effect runs before the root's, which tells main the new language: say it here first.)
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    shownLanguage.current = language;
    if (!preview) return;
    void call('app:setLanguage', { language }).then(() => replan(preview.previewId, mapping, organisationId), refused.setError);
  }, [language, preview, mapping, organisationId, replan, refused.setError]);

  const changeField = (letter: string, field: XlsxImportField | null) => {
    if (!preview) return;
    const { mapping: next, movedFrom } = remap(mapping, preview.columns, letter, field);
    const label = preview.fields.find((candidate) => candidate.key === field)?.label ?? '';
    setNote(movedFrom ? t('xlsxImport.moved', { field: label, to: letter, from: movedFrom }) : null);
    setMapping(next);
    void replan(preview.previewId, next, organisationId);
  };

  const changeOrganisation = (next: string) => {
    if (!preview) return;
    setOrganisationId(next || undefined);
    void replan(preview.previewId, mapping, next || undefined);
  };

  const commit = async (replace: boolean) => {
    if (!preview) return;
    setConfirmReplace(false);
    setPhase('importing');
    setCancelled(false);
    refused.setError(null);
    try {
      const summary = await call('import:xlsxCommit', {
        previewId: preview.previewId,
        mapping,
        ...(organisationId ? { organisationId } : {}),
        replace,
      });
      const counts = t('counts', { organisations: summary.organisations, activities: summary.activities, processors: summary.processors, rules: summary.retentionRules });
      const lines =
        preview.source === 'ropa'
          ? [t('xlsxImport.doneRopa', { file: preview.fileName, counts }), t('xlsxImport.doneBackup')]
          : [t('xlsxImport.done', { file: preview.fileName, activities: summary.activities, created: summary.created }), t('xlsxImport.doneBackup')];
      setPreview(null);
      setMapping({});
      setNote(null);
      setPhase('idle');
      if (preview.source === 'ropa') await reloadAll();
      else await Promise.all([reload(), refresh()]);
      setOutcome({ screen: 'excelImport', title: t('xlsxImport.doneTitle'), lines });
    } catch (caught) {
      if (refused.setError(caught) && caught instanceof ApiError && caught.code === 'XLSX_PREVIEW_EXPIRED') setPreview(null);
      setPhase('idle');
    }
  };

  const busy = phase !== 'idle';
  const blockers = preview ? importBlockers(preview, readOnly) : [];
  const blockersId = `${id}-blockers`;
  return (
    <section className="screen files-screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('xlsxImport.title')}
        subtitle={t('xlsxImport.lead')}
        actions={
          <>
            <button type="button" onClick={() => navigate({ screen: 'files' })}>
              {t('common.backToFiles')}
            </button>
            <button type="button" className={preview ? undefined : 'button-primary'} disabled={busy} onClick={() => void choose()}>
              {preview ? t('xlsxImport.chooseOther') : t('xlsxImport.choose')}
            </button>
          </>
        }
      />
      <OutcomePanel screen="excelImport">
        <button type="button" className="button-primary" onClick={() => navigate({ screen: 'activities' })}>
          {t('xlsxImport.openActivities')}
        </button>
      </OutcomePanel>
      {(phase === 'reading' || phase === 'updating') && (
        <div className="working">
          <Busy text={phase === 'reading' ? t('xlsxImport.reading') : t('xlsxImport.updating')} />
          <ImportProgressPanel onCancelled={() => setCancelled(true)} />
        </div>
      )}
      {cancelled && (
        <p className="muted" role="status" data-testid="import-cancelled">
          {t('importProgress:cancelled')}
        </p>
      )}
      {!preview && !refused.error && !cancelled && phase === 'idle' && <p className="muted start-hint">{t('xlsxImport.startHint')}</p>}
      {refused.error && (
        <section className="panel panel-error" role="alert" aria-labelledby={`${id}-refused`} data-testid="import-refused">
          <h2 id={`${id}-refused`}>{t('xlsxImport.refusedTitle')}</h2>
          <p>{refused.errorText}</p>
        </section>
      )}
      {preview && (
        <>
          <section className="panel" aria-labelledby={`${id}-facts`}>
            <h2 id={`${id}-facts`}>{t('xlsxImport.facts')}</h2>
            <dl className="facts">
              <dt>{t('xlsxImport.file')}</dt>
              <dd data-testid="preview-file">{preview.fileName}</dd>
              <dt>{t('xlsxImport.source')}</dt>
              <dd data-testid="preview-source">{t(`xlsxImport.sources.${preview.source}`)}</dd>
              {preview.source === 'ropa' && preview.register ? (
                <>
                  <dt>{t('xlsxImport.ropaContent')}</dt>
                  <dd>
                    {t('xlsxImport.ropaDetail', {
                      title: preview.register.title,
                      counts: t('counts', {
                        organisations: preview.register.organisations,
                        activities: preview.register.activities,
                        processors: preview.register.processors,
                        rules: preview.register.retentionRules,
                      }),
                    })}
                  </dd>
                </>
              ) : (
                <>
                  <dt>{t('xlsxImport.sheet')}</dt>
                  <dd>{t('xlsxImport.sheetDetail', { sheet: preview.sheet.name, row: preview.sheet.headerRow })}</dd>
                  <dt>{t('xlsxImport.rows')}</dt>
                  <dd data-testid="preview-counts">
                    {t('xlsxImport.rowsDetail', { rows: preview.counts.rows, takeable: preview.counts.takeable, rejected: preview.counts.rejected })}
                  </dd>
                </>
              )}
            </dl>
            {preview.notice && <p className="notice notice-warning">{t(`xlsx:preview.${preview.notice}`, { sheet: preview.sheet.name })}</p>}
            {preview.source === 'spreadsheet' && preview.organisations.length > 1 && (
              <div className="field organisation-choice">
                <label htmlFor={`${id}-org`}>{t('xlsxImport.organisation')}</label>
                <select id={`${id}-org`} value={organisationId ?? ''} disabled={busy} aria-describedby={`${id}-org-hint`} onChange={(event) => changeOrganisation(event.target.value)}>
                  <option value="">{t('common.chooseOrganisation')}</option>
                  {preview.organisations.map((organisation) => (
                    <option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </option>
                  ))}
                </select>
                <p className="field-hint" id={`${id}-org-hint`}>
                  {t('xlsxImport.organisationHint')}
                </p>
              </div>
            )}
            {preview.source === 'spreadsheet' && preview.organisations.length === 1 && (
              <dl className="facts">
                <dt>{t('common.organisation')}</dt>
                <dd>{preview.organisations[0]?.name}</dd>
              </dl>
            )}
          </section>

          {preview.source === 'spreadsheet' && (
            <section className="panel" aria-labelledby={`${id}-columns`} aria-busy={phase === 'updating'}>
              <h2 id={`${id}-columns`}>{t('xlsxImport.columns')}</h2>
              <p className="muted">{t('xlsxImport.columnsLead')}</p>
              {preview.missing.length > 0 && (
                <p className="notice notice-error" data-testid="missing-fields">
                  {t('xlsxImport.missing', { fields: preview.missing.join(' / ') })}
                </p>
              )}
              {mappingError.error && (
                <p className="notice notice-error" role="alert">
                  {mappingError.errorText}
                </p>
              )}
              {note && (
                <p className="notice notice-warning" role="status">
                  {note}
                </p>
              )}
              <ColumnsTable preview={preview} disabled={phase === 'importing' || phase === 'reading'} onChange={changeField} />
            </section>
          )}

          {preview.source === 'spreadsheet' && (
            <section className="panel" aria-labelledby={`${id}-problems`} data-testid="problems">
              <h2 id={`${id}-problems`}>{t('xlsxImport.problems', { count: preview.problems.length })}</h2>
              {preview.problems.length === 0 ? (
                <p className="notice notice-success">{t('xlsxImport.noProblems')}</p>
              ) : (
                <>
                  <p className="muted">{t('xlsxImport.problemsLead')}</p>
                  <ProblemsTable problems={preview.problems} />
                </>
              )}
            </section>
          )}

          {preview.created.length > 0 && (
            <section className="panel" aria-labelledby={`${id}-created`}>
              <h2 id={`${id}-created`}>{t('xlsxImport.created')}</h2>
              <p className="muted">{t('xlsxImport.createdLead')}</p>
              <CreatedList created={preview.created} />
            </section>
          )}

          <section className="panel import-panel" aria-labelledby={`${id}-import`}>
            <h2 id={`${id}-import`}>{t('xlsxImport.import')}</h2>
            {preview.source === 'ropa' && preview.replaceNeeded && <p className="notice notice-warning">{t('xlsxImport.replaceWarning')}</p>}
            {preview.source === 'spreadsheet' && preview.counts.takeable > 0 && preview.problems.length === 0 && (
              <p data-testid="ready">{t('xlsxImport.ready', { count: preview.counts.takeable })}</p>
            )}
            {blockers.length > 0 && (
              <div id={blockersId} data-testid="blockers">
                <p className="blockers-title">{t('xlsxImport.notImportable')}</p>
                <ul className="blockers">
                  {blockers.map((blocker) => (
                    <li key={blocker}>{t(`xlsxImport.blockers.${blocker}`)}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="button-row">
              <button
                type="button"
                className={preview.replaceNeeded ? 'button-danger' : 'button-primary'}
                disabled={busy || blockers.length > 0 || mappingError.error !== null}
                aria-describedby={blockers.length > 0 ? blockersId : undefined}
                onClick={() => (preview.source === 'ropa' && preview.replaceNeeded ? setConfirmReplace(true) : void commit(false))}
              >
                {phase === 'importing' ? t('xlsxImport.importing') : t('xlsxImport.import')}
              </button>
              {phase === 'importing' && <Busy text={t('xlsxImport.importing')} />}
              {phase === 'importing' && <ImportProgressPanel onCancelled={() => setCancelled(true)} />}
            </div>
          </section>
        </>
      )}
      {confirmReplace && preview?.register && (
        <ConfirmDialog title={t('xlsxImport.replaceTitle')} confirmLabel={t('xlsxImport.replaceConfirm')} danger onConfirm={() => void commit(true)} onCancel={() => setConfirmReplace(false)}>
          <p>
            {t('xlsxImport.replaceBody', {
              register: register?.info.title || register?.fileName,
              file: preview.fileName,
              counts: t('counts', {
                organisations: preview.register.organisations,
                activities: preview.register.activities,
                processors: preview.register.processors,
                rules: preview.register.retentionRules,
              }),
            })}
          </p>
          <p>{t('jsonImport.safetyCopy')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

