/** Native open and save dialogs: the only way a file path enters the app. */
import { dialog, type BrowserWindow } from 'electron';
import type { Translate } from '../../shared/i18n/index.ts';
import type { DialogPort, FileKind } from '../services/app-context.ts';
import { REGISTER_EXTENSION } from '../services/register-name.ts';

/** The filter of each kind of file, the register's named in the app's language. */
const filters = (kind: FileKind, t: Translate): Electron.FileFilter[] => (kind === 'ropa' ? [{ name: t('shell:registerFilter', { extension: REGISTER_EXTENSION }), extensions: [REGISTER_EXTENSION.slice(1)] }] : FILTERS[kind]);

const FILTERS: Record<Exclude<FileKind, 'ropa'>, Electron.FileFilter[]> = {
  json: [{ name: 'JSON (*.json)', extensions: ['json'] }],
  xlsx: [{ name: 'Excel (*.xlsx)', extensions: ['xlsx'] }],
  pdf: [{ name: 'PDF (*.pdf)', extensions: ['pdf'] }],
  html: [{ name: 'HTML (*.html)', extensions: ['html'] }],
  docx: [{ name: 'Word (*.docx)', extensions: ['docx'] }],
};

export function electronDialogs(window: () => BrowserWindow | null, translate: () => Translate): DialogPort {
  return {
    async chooseFileToOpen(kind) {
      const owner = window();
      const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: filters(kind, translate()) };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(kind, suggestedName) {
      const owner = window();
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: filters(kind, translate()) };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
