/** The open register's backups: list, make one now, restore one. */
import type { BackupInfo, backupsContract } from '../../shared/contract/backups.ts';
import { backupFolderOf, DEFAULT_KEEP, listBackups, type BackupDetails, type BackupFile } from '../services/backups.ts';
import { noTeamBackups } from '../services/team-session.ts';
import type { AppContext } from '../services/app-context.ts';
import type { HandlerMap } from './types.ts';

/** The open register, when it is a file: a team register's backups are its server's (TEAM_NO_BACKUPS). */
function fileSession(app: AppContext) {
  const session = app.requireSession();
  if (session.team) throw noTeamBackups(session.team);
  return session;
}

/** A backup as the contract shows it; `facts` from listBackups (unknown facts read as not good). */
function info(file: BackupFile, facts: Pick<BackupDetails, 'good' | 'activityCount'> | undefined): BackupInfo {
  return {
    id: file.id,
    fileName: file.fileName,
    createdAt: file.createdAt.toISOString(),
    reason: file.reason,
    sizeBytes: file.sizeBytes,
    activityCount: facts?.activityCount ?? null,
    good: facts?.good ?? false,
  };
}

export const backupHandlers: HandlerMap<keyof typeof backupsContract> = {
  'backups:list': async (_input, app) => {
    const session = fileSession(app);
    // The day's backup, if still held until the list is shown, is taken first: the list is never missing it.
    await session.settleHeld();
    return {
      folder: backupFolderOf(session.path),
      keep: DEFAULT_KEEP,
      backups: listBackups(session.path).map((backup) => info(backup, backup)),
    };
  },
  'backups:create': async (_input, app) => {
    await fileSession(app).settleHeld();
    const made = await app.backupNow();
    const details = listBackups(app.requireSession().path).find((backup) => backup.id === made.id);
    return info(made, details);
  },
  'backups:restore': async ({ id }, app) => {
    fileSession(app);
    const outcome = await app.restoreBackup(id);
    const safety = outcome.safetyCopy;
    const details = safety ? listBackups(outcome.status.path).find((backup) => backup.id === safety.id) : undefined;
    return {
      restored: outcome.restored.fileName,
      safetyCopy: safety ? info(safety, details) : null,
      register: outcome.status,
    };
  },
};
