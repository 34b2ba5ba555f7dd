/** The register files screen's word on backups: the newest, how many, back up now, and the way to the list. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../../shared/format.ts';
import { call } from '../../api/transport.ts';
import { useLoad } from '../../api/use-load.ts';
import { useNavigation } from '../../state/navigation.tsx';
import { useNotices } from '../../state/notices.tsx';
import { useBackupNow } from './BackupsScreen.tsx';

const loadBackups = () => call('backups:list', {});

export function BackupsPanel() {
  const { t, i18n } = useTranslation('filesUi');
  const { navigate } = useNavigation();
  const { reportError } = useNotices();
  const id = useId();
  const { value: list, reload } = useLoad(loadBackups, reportError);
  const { busy, backUp } = useBackupNow(reload);
  const newest = list?.backups[0];
  return (
    <section className="panel" aria-labelledby={`${id}-backups`} data-testid="backups-panel">
      <h2 id={`${id}-backups`}>{t('files.backups')}</h2>
      <p className="muted">{t('files.backupsLead')}</p>
      {list && (
        <p>
          {newest
            ? `${t('files.latestBackup', {
                date: formatTimestamp(newest.createdAt),
                reason: t(`backups.reasons.${newest.reason}`).toLocaleLowerCase(i18n.language),
                activities: newest.activityCount === null ? t('backups.unknown') : t('activityCount', { count: newest.activityCount }),
              })} ${t('files.backupCount', { count: list.backups.length })}`
            : t('files.noBackups')}
        </p>
      )}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void backUp()}>
          {busy ? t('backups.creating') : t('backups.create')}
        </button>
        <button type="button" onClick={() => navigate({ screen: 'backups' })}>
          {t('files.openBackups')}
        </button>
      </div>
    </section>
  );
}
