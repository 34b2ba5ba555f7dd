/**
 * The Electron entry point: wiring only. Everything it wires runs and is
 * tested under plain Node (main/handlers, main/services, main/db).
 */
import { app, Menu, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../app-version.ts';
import { translator } from '../../shared/i18n/index.ts';
import { recentFilesAt } from '../services/recent-files.ts';
import { AppContext } from '../services/app-context.ts';
import { electronDialogs } from './dialogs.ts';
import { electronFileProbe } from './file-probe.ts';
import { registerIpc } from './ipc.ts';
import { electronPrinter } from './print.ts';
import { electronTeamPasswords } from './team-passwords.ts';
import { createMainWindow, guardContents, lockDownSession, registerAppScheme, serveRenderer } from './window.ts';
import { isRegisterFileName } from '../services/register-name.ts';

registerAppScheme();

let mainWindow: BrowserWindow | null = null;

const context: AppContext = new AppContext(
  {
    transport: 'electron',
    version: APP_VERSION,
    dialogs: electronDialogs(() => mainWindow, () => translator(context.language)),
    recentFiles: recentFilesAt(join(app.getPath('userData'), 'recent-files.json')),
    teamPasswords: electronTeamPasswords(join(app.getPath('userData'), 'team-passwords.json')),
    now: () => new Date(),
    onWarning: (what, error) => console.error(`[ropa] ${what}:`, error),
    printer: electronPrinter(() => mainWindow),
    // Each open is probed first in a utility process that a deadline can kill (services/open-probe.ts).
    probeFile: electronFileProbe(fileURLToPath(new URL('.', import.meta.url))),
  },
  'lv',
);

/** A .ropa file given on the command line (double-click with the file association). */
function registerFromArgs(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => isRegisterFileName(arg) && existsSync(arg));
}

async function openFromArgs(argv: readonly string[]): Promise<void> {
  const file = registerFromArgs(argv);
  if (!file) return;
  try {
    await context.open(file);
    mainWindow?.webContents.reload();
  } catch (error) {
    console.error('[ropa] could not open', file, error);
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openFromArgs(argv);
  });

  // Every WebContents, not only the main window's: no navigation away, no new windows, no <webview>.
  app.on('web-contents-created', (_event, contents) => guardContents(contents, () => translator(context.language)));

  void app.whenReady().then(async () => {
    Menu.setApplicationMenu(null);
    lockDownSession();
    serveRenderer(join(app.getAppPath(), 'dist', 'renderer'));
    registerIpc(context, () => mainWindow?.webContents ?? null);
    await openFromArgs(process.argv);
    mainWindow = createMainWindow(join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'));
  });

  app.on('window-all-closed', () => {
    void context.close().finally(() => app.quit());
  });
}
