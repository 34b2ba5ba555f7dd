/**
 * The register actions the Register files screen offers as buttons, exports
 * and imports apart. An action either runs at once (`run` calls its contract
 * channel, main asks where to save, and answers what to announce), opens a
 * `Dialog` that asks first (options, a confirmation), or opens a screen of
 * its own (`route`). Imports are `changesRegister`: disabled while the
 * register is read-only. A new export or import is one entry here.
 */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import { call } from '../../api/transport.ts';
import type { Route } from '../../state/routes.ts';
import { ExcelExportDialog } from './ExcelExportDialog.tsx';
import { JsonImportDialog } from './JsonImportDialog.tsx';

export interface RegisterAction {
  id: string;
  /** 'export' actions write a file from the register; 'import' ones read one into it. */
  group: 'export' | 'import';
  /** An i18n key, `namespace:path`. */
  labelKey: string;
  /** Writes to the register (an import): not offered while it is read-only. */
  changesRegister?: boolean;
  /** Runs the action; answers the message to announce (nothing when cancelled). */
  run?: (t: TFunction) => Promise<string | undefined>;
  /** Asks first in a dialog, which runs the action and closes itself. */
  Dialog?: ComponentType<{ onClose: () => void }>;
  /** Opens a screen of its own. */
  route?: Route;
}

export const registerActions: RegisterAction[] = [
  {
    id: 'export-json',
    group: 'export',
    labelKey: 'screens:files.exportJson',
    run: async (t) => t('screens:files.exported', { file: (await call('export:json', {})).fileName }),
  },
  { id: 'export-xlsx', group: 'export', labelKey: 'filesUi:actions.exportXlsx', Dialog: ExcelExportDialog },
  { id: 'report-pdf', group: 'export', labelKey: 'filesUi:actions.report', route: { screen: 'report' } },
  { id: 'import-xlsx', group: 'import', labelKey: 'filesUi:actions.importXlsx', changesRegister: true, route: { screen: 'excelImport' } },
  { id: 'import-json', group: 'import', labelKey: 'filesUi:actions.importJson', changesRegister: true, Dialog: JsonImportDialog },
];
