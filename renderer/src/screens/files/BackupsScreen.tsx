/**
 * Rezerves kopijas: the open register's backups (date, why, size, how many
 * activities, whether it is good), a backup on request, and restoring one.
 * Restoring replaces the register, so it asks first and says that main
 * keeps the current state as a safety copy before it does; afterwards every
 * screen reloads.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract/backups.ts';
import { formatTimestamp } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { useReadOnly, useRegisterStatus } from '../../state/register-status.tsx';
import { Busy } from '../../components/Busy.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { sizeParts } from './files-format.ts';
import { OutcomePanel } from './OutcomePanel.tsx';

const loadBackups = () => call('backups:list', {});

/** Makes a backup now and says so; `then` reloads whatever lists it. */
export function useBackupNow(then: () => Promise<void>): { busy: boolean; backUp: () => Promise<void> } {
  const { t } = useTranslation('filesUi');
  const { reportError, announce } = useNotices();
  const [busy, setBusy] = useState(false);
  const backUp = useCallback(async () => {
    setBusy(true);
    try {
      const made = await call('backups:create', {});
      announce(t('backups.created', { file: made.fileName }));
      await then();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }, [announce, reportError, t, then]);
  return { busy, backUp };
}

export function BackupsScreen() {
  const { t } = useTranslation('filesUi');
  const { language } = useLanguage();
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const { reloadAll, setOutcome } = useRegisterStatus();
  const readOnly = useReadOnly();
  const id = useId();
  const { value: list, reload } = useLoad(loadBackups, reportError);
  const { busy: backingUp, backUp } = useBackupNow(reload);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [busyRestoring, setBusyRestoring] = useState(false);

  const size = (bytes: number) => {
    const parts = sizeParts(bytes, language);
    return t(`size.${parts.unit}`, { value: parts.value });
  };
  const activities = (backup: BackupInfo) => (backup.activityCount === null ? t('backups.unknown') : t('activityCount', { count: backup.activityCount }));

  const restore = async (backup: BackupInfo) => {
    setBusyRestoring(true);
    try {
      const result = await call('backups:restore', { id: backup.id });
      setRestoring(null);
      const lines = [t('backups.restored', { backup: result.restored })];
      if (result.safetyCopy) lines.push(t('backups.safetyKept', { file: result.safetyCopy.fileName }));
      await reloadAll(result.register);
      setOutcome({ screen: 'backups', title: t('backups.restoredTitle'), lines });
    } catch (error) {
      setRestoring(null);
      reportError(error);
    } finally {
      setBusyRestoring(false);
    }
  };

  return (
    <section className="screen files-screen" aria-labelledby="screen-title">
      <PageHeader
        title={t('backups.title')}
        subtitle={t('backups.lead')}
        actions={
          <>
            <button type="button" onClick={() => navigate({ screen: 'files' })}>
              {t('common.backToFiles')}
            </button>
            <button type="button" className="button-primary" disabled={backingUp || busyRestoring} onClick={() => void backUp()}>
              {backingUp ? t('backups.creating') : t('backups.create')}
            </button>
          </>
        }
      />
      <OutcomePanel screen="backups" />
      {busyRestoring && <Busy text={t('backups.restoring')} />}
      <section className="panel" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('backups.list')}</h2>
        {list && (
          <dl className="facts">
            <dt>{t('backups.folder')}</dt>
            <dd className="path" data-testid="backup-folder">
              {list.folder}
            </dd>
            <dt>{t('backups.keep')}</dt>
            <dd>{t('backups.keepDetail', { count: list.keep })}</dd>
          </dl>
        )}
        {readOnly && <p className="notice notice-warning">{t('common.readOnlyDisabled')}</p>}
        {!list && <p>{t('editor:loading')}</p>}
        {list?.backups.length === 0 && <p className="muted">{t('backups.none')}</p>}
        {list && list.backups.length > 0 && (
          <div className="table-scroller">
            <table className="files-table backups-table" data-testid="backups-table">
              <caption className="visually-hidden">{t('backups.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backups.date')}</th>
                  <th scope="col">{t('backups.reason')}</th>
                  <th scope="col" className="numeric">
                    {t('backups.size')}
                  </th>
                  <th scope="col">{t('backups.activities')}</th>
                  <th scope="col">{t('backups.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('backups.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.backups.map((backup) => (
                  <tr key={backup.id} data-testid="backup-row" data-reason={backup.reason}>
                    <th scope="row">
                      <time dateTime={backup.createdAt} title={backup.fileName}>
                        {formatTimestamp(backup.createdAt)}
                      </time>
                    </th>
                    <td>{t(`backups.reasons.${backup.reason}`)}</td>
                    <td className="numeric">{size(backup.sizeBytes)}</td>
                    <td>{activities(backup)}</td>
                    <td>
                      <span className={backup.good ? 'badge badge-good' : 'badge badge-damaged'}>{backup.good ? t('backups.good') : t('backups.damaged')}</span>
                    </td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button-small"
                        disabled={!backup.good || readOnly || busyRestoring}
                        aria-label={t('backups.restoreFor', { date: formatTimestamp(backup.createdAt) })}
                        onClick={() => setRestoring(backup)}
                      >
                        {t('backups.restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {restoring && (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          confirmLabel={busyRestoring ? t('backups.restoring') : t('backups.confirm')}
          danger
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>
            {t('backups.confirmBody', {
              date: formatTimestamp(restoring.createdAt),
              reason: t(`backups.reasons.${restoring.reason}`).toLocaleLowerCase(language),
              activities: activities(restoring),
            })}
          </p>
          <p>
            <strong>{t('backups.confirmSafety')}</strong>
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
