/**
 * The state behind the contract handlers: the open register, the language of
 * messages, and what the platform provides (dialogs, clock, settings). The
 * same object serves the Electron IPC transport and the loopback HTTP one;
 * handlers cannot tell them apart.
 */
import { resolve } from 'node:path';
import type { NewRegisterOrganisation, RegisterStatus } from '../../shared/contract/register.ts';
import type { WorkspaceFile } from '../../shared/contract/workspace.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import type { CleanCloses } from './clean-close.ts';
import { fileStamp } from './file-stamp.ts';
import { checkCancelled, reportProgress } from '../engine/tasks.ts';
import { readRegisterInfo } from './register-info.ts';
import type { RecentFiles } from './recent-files.ts';
import type { RegisterSession } from './register-session.ts';
import { backupSession, ensureDailyBackup, listBackups, restoreRegister, type BackupFile, type RestoreOutcome } from './backups.ts';
import { createRegister, lockedNotice, openRegister } from './register-files.ts';
import { openAsOfView } from './versions/as-of-view.ts';
import { isTeamAddress, registerLabel, teamReadOnlyNotice, teamRoleOf } from './team-session.ts';
import type { TeamPasswordStore } from './team-passwords.ts';

export type FileKind = 'ropa' | 'json' | 'xlsx' | 'pdf' | 'html' | 'docx';

/**
 * Browser mode's workspace beside its dialogs (main/web/workspace-dialogs.ts):
 * the files the page may choose from, the choice, uploads, and the files
 * saved for the page to download. Absent in the Electron app.
 */
export interface WorkspacePort {
  list(kind: FileKind): WorkspaceFile[];
  choose(kind: FileKind, id: string): WorkspaceFile;
  upload(kind: FileKind, fileName: string, content: Uint8Array): WorkspaceFile;
  takeSaved(): Array<{ fileName: string; path: string }>;
}

/** Native file dialogs (Electron) or their stand-in (browser mode). Null when the user cancels. */
export interface DialogPort {
  chooseFileToOpen(kind: FileKind): Promise<string | null>;
  chooseFileToSave(kind: FileKind, suggestedName: string): Promise<string | null>;
}

/** What printing a PDF came to; null when the user cancelled the print dialog. */
export type PrintOutcome = 'printed' | 'openedInViewer' | null;

/** The system's printing (Electron): prints a PDF main produced. */
export interface PrintPort {
  printPdf(pdf: Uint8Array, options: { fileName: string; title: string }): Promise<PrintOutcome>;
}

export interface Platform {
  transport: 'electron' | 'web';
  version: string;
  dialogs: DialogPort;
  /** Browser mode only. */
  workspace?: WorkspacePort;
  recentFiles: RecentFiles;
  now: () => Date;
  /** Where failures that must not stop the user are reported (a daily backup on a full disk). */
  onWarning?: (what: string, error: unknown) => void;
  /** Absent in browser mode: there the browser prints the report preview itself. */
  printer?: PrintPort;
  /**
   * Probes a register before the app opens it, in a child process under the
   * deadline (open-probe.ts); throws what the probe refuses. Absent in tests
   * that do not need it.
   */
  probeFile?: (path: string) => Promise<void>;
  /**
   * The registers this app last closed cleanly (clean-close.ts): one opened
   * again unchanged is not probed. Absent: every open is probed.
   */
  cleanCloses?: CleanCloses;
  /** Team register passwords kept encrypted (Electron's safeStorage); absent in browser mode, which keeps none. */
  teamPasswords?: TeamPasswordStore;
  /**
   * Starts the report's worker ahead, once a register has been shown
   * (pdf/report-worker.ts, prewarmReportWorker): the desktop app and browser
   * mode. Absent (the CLI, tests): each report starts its own worker.
   */
  prewarmReport?: () => void;
}

export class AppContext {
  session: RegisterSession | null = null;
  language: Language;
  /** The name changes are recorded under (settings); null until the DPO gives one. */
  author: string | null = null;
  /** Set while the open session is the register as of a past moment (versions/as-of-view.ts). */
  asOfView: { originalPath: string; asOf: { at: string | null; seq: number; fingerprint: string }; history: RegisterSession } | null = null;
  readonly platform: Platform;
  /** Passwords of team registers given in this run (the form), by address; never written anywhere. */
  private readonly teamPasswords = new Map<string, string>();

  constructor(platform: Platform, language: Language = 'lv') {
    this.platform = platform;
    this.language = language;
  }

  /** The open register; NO_REGISTER when there is none. */
  requireSession(): RegisterSession {
    if (!this.session) throw new AppError('NO_REGISTER');
    return this.session;
  }

  /**
   * Opens a register file, or a team register by its address (`password`,
   * when given, is kept in memory for this run only, to open it again: as-of
   * views, the recent list).
   */
  async open(path: string, options: { password?: string } = {}): Promise<RegisterStatus> {
    const team = isTeamAddress(path);
    if (team && options.password !== undefined) this.teamPasswords.set(path, options.password);
    // Opening the register that is open already: let go of it first, or this instance's own lock would make it read-only.
    if (this.session && (team ? this.session.path === path : resolve(this.session.path) === resolve(path))) await this.close();
    // The probe guards against hostile files; a team register is not a file, and the file this app last closed, unchanged since, was checked when it was opened then.
    const closedClean = !team && this.platform.cleanCloses?.isUnchanged(path) === true;
    const stamp = !team && !closedClean && this.platform.probeFile ? fileStamp(path) : null;
    if (!team && !closedClean) await this.platform.probeFile?.(path);
    // What the probe checked need not be checked again, if the file is still the one it checked (issue 19's cold start).
    const probed = closedClean || (stamp !== null && fileStamp(path) === stamp);
    // The form's password, else the one kept encrypted (desktop app), else the one given earlier in this run.
    const password = team ? (options.password ?? (await this.platform.teamPasswords?.load(path)) ?? this.teamPasswords.get(path)) : undefined;
    const session = await openRegister(path, {
      ...(password !== undefined ? { password } : {}),
      now: this.platform.now,
      probed,
      ...(this.author ? { author: this.author } : {}),
      language: this.language,
      whenLocked: 'readOnly',
      onBackupError: (error) => this.platform.onWarning?.('daily backup', error),
    });
    // From now on the file is not as it was closed: a crash while it is open must leave no stamp to trust.
    if (!team && !session.readOnly) this.platform.cleanCloses?.forget(path);
    await this.replaceSession(session);
    // After the first list, like the day's backup: the first report then begins at once.
    const prewarm = this.platform.prewarmReport;
    if (prewarm) session.holdUntilShown(async () => prewarm());
    return this.status();
  }

  /**
   * Creates a register and makes its first backup (the day's, so opening it
   * again today makes none): a DPO's first afternoon is not lost to a
   * damaged file. A failed backup is a warning; the register stays open.
   */
  async create(path: string, options: { title?: string; organisationName?: string; organisation?: NewRegisterOrganisation }): Promise<RegisterStatus> {
    const session = await createRegister(path, { ...options, now: this.platform.now, ...(this.author ? { author: this.author } : {}) });
    await this.replaceSession(session);
    try {
      await ensureDailyBackup(session);
    } catch (error) {
      this.platform.onWarning?.('first backup', error);
    }
    return this.status();
  }

  private async replaceSession(session: RegisterSession): Promise<void> {
    if (this.session) await this.closeSession(this.session);
    await this.dropAsOfView();
    this.session = session;
    this.platform.recentFiles.remember(session.path, this.platform.now().toISOString());
  }

  async close(): Promise<boolean> {
    if (!this.session) return false;
    await this.closeSession(this.session);
    this.session = null;
    await this.dropAsOfView();
    return true;
  }

  /**
   * Closes `session`; a register file this app had open for writing (not a
   * past state's temporary file) is remembered as closed cleanly, once closed.
   */
  private async closeSession(session: RegisterSession): Promise<void> {
    await session.close();
    if (!session.readOnly && !session.team && !this.asOfView) this.platform.cleanCloses?.remember(session.path);
  }

  private async dropAsOfView(): Promise<void> {
    const view = this.asOfView;
    this.asOfView = null;
    if (view) await view.history.close();
  }

  /**
   * Where the history screens read: the open register, or, in the view of a
   * past moment, the real register (read-only) up to that moment's entry
   * (`uptoSeq`). The view's own file holds only the import that made it.
   */
  historySource(): { db: RegisterSession['db']; uptoSeq: number | null } {
    if (this.asOfView) return { db: this.asOfView.history.db, uptoSeq: this.asOfView.asOf.seq };
    return { db: this.requireSession().db, uptoSeq: null };
  }

  /** Records later changes under `author` (the open session's too). */
  setAuthor(author: string): void {
    this.author = author;
    if (this.session) this.session.ctx.author = author;
  }

  /**
   * Shows the register as it stood at `moment`, read-only, in place of the
   * register itself (which is closed, and opened again by `leaveAsOf`).
   */
  async viewAsOf(moment: string): Promise<RegisterStatus> {
    if (this.asOfView) await this.leaveAsOf();
    const original = this.requireSession();
    const view = await openAsOfView(original, moment, { now: this.platform.now, language: this.language });
    let history: RegisterSession;
    try {
      // The real register stays readable (read-only, so no lock) for the history up to the moment shown.
      const password = this.teamPasswords.get(original.path);
      history = await openRegister(original.path, { now: this.platform.now, readOnly: true, ...(password !== undefined ? { password } : {}) });
    } catch (error) {
      await view.session.close();
      throw error;
    }
    const originalPath = original.path;
    await original.close();
    this.session = view.session;
    this.asOfView = { originalPath, asOf: { at: view.state.moment.at, seq: view.state.moment.seq, fingerprint: view.state.fingerprint }, history };
    return this.status();
  }

  /** Back from the register as of a moment to the register itself. */
  async leaveAsOf(): Promise<RegisterStatus> {
    if (!this.asOfView) return this.status();
    const { originalPath } = this.asOfView;
    await this.close();
    return this.open(originalPath);
  }

  /** A backup of the open register on request. */
  async backupNow(): Promise<BackupFile> {
    return backupSession(this.requireSession(), 'manual');
  }

  /**
   * Restores the open register from one of its backups (by list id): the
   * register is closed, the current file backed up and replaced, and the
   * register opened again, also when the restore fails.
   */
  async restoreBackup(id: string): Promise<RestoreOutcome & { status: RegisterStatus }> {
    const session = this.requireSession();
    session.assertWritable();
    const backup = listBackups(session.path).find((candidate) => candidate.id === id);
    if (!backup) throw new AppError('NOT_FOUND', { id });
    const path = session.path;
    // A backup is a file too (anyone can put one in the folder): probed before the register is closed, so a refusal changes nothing.
    reportProgress('checking', 0, 2);
    await this.platform.probeFile?.(backup.path);
    // The last moment a cancel changes nothing: from here the register is closed, replaced and opened again.
    checkCancelled();
    reportProgress('restoring', 1, 2);
    await this.close();
    let outcome: RestoreOutcome;
    try {
      outcome = await restoreRegister(path, backup.path, { now: this.platform.now });
    } finally {
      await this.open(path);
    }
    return { ...outcome, status: await this.status() };
  }

  async status(): Promise<RegisterStatus> {
    const session = this.requireSession();
    return {
      // A past state is shown from a temporary file; the user knows the register's own.
      fileName: registerLabel(this.asOfView?.originalPath ?? session.path),
      path: this.asOfView?.originalPath ?? session.path,
      readOnly: session.readOnly,
      readOnlyReason: session.lockedBy ? lockedNotice(session.lockedBy, this.language) : teamReadOnlyNotice(session, this.language),
      teamRole: teamRoleOf(this.asOfView?.history ?? session),
      info: await readRegisterInfo(session.db),
      asOf: this.asOfView?.asOf ?? null,
    };
  }
}
