/**
 * The state behind the contract handlers: the open register, the language of
 * messages, and what the platform provides (dialogs, clock, settings). The
 * same object serves the Electron IPC transport and the loopback HTTP one;
 * handlers cannot tell them apart.
 */
import { basename } from 'node:path';
import type { RegisterStatus } from '../../shared/contract/register.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { AppError } from '../errors.ts';
import { readRegisterInfo } from './register-info.ts';
import type { RecentFiles } from './recent-files.ts';
import type { RegisterSession } from './register-session.ts';
import { createRegister, openRegister } from './register-files.ts';

export type FileKind = 'ropa' | 'json' | 'xlsx' | 'pdf';

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
  recentFiles: RecentFiles;
  now: () => Date;
  /** Absent in browser mode: there the browser prints the report preview itself. */
  printer?: PrintPort;
}

export class AppContext {
  session: RegisterSession | null = null;
  language: Language;
  readonly platform: Platform;

  constructor(platform: Platform, language: Language = 'lv') {
    this.platform = platform;
    this.language = language;
  }

  /** The open register; NO_REGISTER when there is none. */
  requireSession(): RegisterSession {
    if (!this.session) throw new AppError('NO_REGISTER');
    return this.session;
  }

  async open(path: string): Promise<RegisterStatus> {
    const session = await openRegister(path, { now: this.platform.now });
    await this.replaceSession(session);
    return this.status();
  }

  async create(path: string, options: { title?: string; organisationName?: string }): Promise<RegisterStatus> {
    const session = await createRegister(path, { ...options, now: this.platform.now });
    await this.replaceSession(session);
    return this.status();
  }

  private async replaceSession(session: RegisterSession): Promise<void> {
    if (this.session) await this.session.close();
    this.session = session;
    this.platform.recentFiles.remember(session.path, this.platform.now().toISOString());
  }

  async close(): Promise<boolean> {
    if (!this.session) return false;
    await this.session.close();
    this.session = null;
    return true;
  }

  async status(): Promise<RegisterStatus> {
    const session = this.requireSession();
    return {
      fileName: basename(session.path),
      path: session.path,
      readOnly: session.readOnly,
      readOnlyReason: session.readOnlyReason,
      info: await readRegisterInfo(session.db),
    };
  }
}
