/**
 * In place of the backups panel when the open register is a team register:
 * its backups are PostgreSQL's job (pg_dump of the register's schema), not
 * the app's; a portable copy is the JSON export.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** True for a team register's address (`postgres://…?register=name`): the path main reports for it. */
export function isTeamRegisterPath(path: string): boolean {
  return /^postgres(ql)?:\/\//i.test(path);
}

export function TeamBackupsNote({ path }: { path: string }) {
  const { t } = useTranslation('teamOpen');
  const id = useId();
  const register = new URL(path).searchParams.get('register') ?? '';
  return (
    <section className="panel" aria-labelledby={`${id}-backups`} data-testid="team-backups-note">
      <h2 id={`${id}-backups`}>{t('filesUi:files.backups')}</h2>
      <p>{t('backups', { register })}</p>
    </section>
  );
}
