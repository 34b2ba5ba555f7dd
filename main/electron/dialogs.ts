/** Native open and save dialogs: the only way a file path enters the app. */
import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort, FileKind } from '../services/app-context.ts';
import { REGISTER_EXTENSION } from '../services/register-name.ts';

const FILTERS: Record<FileKind, Electron.FileFilter[]> = {
  ropa: [{ name: `ROPA reģistrs / register (*${REGISTER_EXTENSION})`, extensions: [REGISTER_EXTENSION.slice(1)] }],
  json: [{ name: 'JSON (*.json)', extensions: ['json'] }],
  xlsx: [{ name: 'Excel (*.xlsx)', extensions: ['xlsx'] }],
  pdf: [{ name: 'PDF (*.pdf)', extensions: ['pdf'] }],
};

export function electronDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async chooseFileToOpen(kind) {
      const owner = window();
      const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: FILTERS[kind] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(kind, suggestedName) {
      const owner = window();
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: FILTERS[kind] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
