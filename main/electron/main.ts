/**
 * The Electron entry point: wiring only. Everything it wires runs and is
 * tested under plain Node (main/handlers, main/services, main/db).
 *
 * The register and the dispatcher run in the register engine's worker thread
 * (main/engine/): this process keeps the window, the menu, the dialogs, the
 * printing and the utility-process probe, and relays each contract call, so
 * the first checks of a big register never freeze the window.
 */
import { app, Menu, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../app-version.ts';
import { translator } from '../../shared/i18n/index.ts';
import { startEngine } from '../engine/engine-client.ts';
import { electronDialogs } from './dialogs.ts';
import { electronFileProbe } from './file-probe.ts';
import { registerIpc } from './ipc.ts';
import { electronPrinter } from './print.ts';
import { electronTeamPasswords } from './team-passwords.ts';
import { createMainWindow, guardContents, lockDownSession, registerAppScheme, serveRenderer } from './window.ts';
import { isRegisterFileName } from '../services/register-name.ts';

registerAppScheme();

let mainWindow: BrowserWindow | null = null;

const engine = startEngine({
  config: { transport: 'electron', version: APP_VERSION, language: 'lv', recentFilesPath: join(app.getPath('userData'), 'recent-files.json'), cleanClosesPath: join(app.getPath('userData'), 'clean-closes.json'), prewarmReport: true },
  host: {
    dialogs: electronDialogs(() => mainWindow, () => translator(engine.language)),
    printer: electronPrinter(() => mainWindow),
    // Each open is probed first in a utility process that a deadline can kill (services/open-probe.ts).
    probeFile: electronFileProbe(fileURLToPath(new URL('.', import.meta.url))),
    // Team register passwords the DPO asked to keep: encrypted with safeStorage, which only this process can reach.
    teamPasswords: electronTeamPasswords(join(app.getPath('userData'), 'team-passwords.json')),
  },
  onUnexpected: (name, error) => console.error(`[ropa] ${name}:`, error),
  onCrash: (error) => console.error('[ropa] the register engine stopped and was started again:', error),
});

/** A .ropa file given on the command line (double-click with the file association). */
function registerFromArgs(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => isRegisterFileName(arg) && existsSync(arg));
}

async function openFromArgs(argv: readonly string[]): Promise<void> {
  const file = registerFromArgs(argv);
  if (!file) return;
  const opened = await engine.open(file);
  if (opened.ok) mainWindow?.webContents.reload();
  else console.error('[ropa] could not open', file, opened.error.message);
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
  app.on('web-contents-created', (_event, contents) => guardContents(contents, () => translator(engine.language)));

  void app.whenReady().then(async () => {
    Menu.setApplicationMenu(null);
    lockDownSession();
    serveRenderer(join(app.getAppPath(), 'dist', 'renderer'));
    registerIpc(engine, () => mainWindow?.webContents ?? null);
    await openFromArgs(process.argv);
    mainWindow = createMainWindow(join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'));
  });

  app.on('window-all-closed', () => {
    void engine.close().finally(() => app.quit());
  });
}
