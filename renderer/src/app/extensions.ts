/**
 * Where other parts of the app plug into the editor, in one place.
 *
 * - Compliance findings: `FindingsPanel` renders on the overview under the
 *   figures and `OverviewCharts` below it; `ActivityFindings` renders at the
 *   top of the activity editor (again after each save: it gets the saved
 *   revision), with the editor's "mark as reviewed" button; `ActivityBadges`
 *   renders after an activity's name in the list. Each is optional: without
 *   them nothing is rendered.
 * - Register actions (exports, imports, reports): `registerActions` is the one
 *   list the Register files screen shows as buttons, exports and imports
 *   apart. An action either runs at once (`run` calls its contract channel,
 *   main asks where to save, and answers what to announce), opens a `Dialog`
 *   that asks first (options, a confirmation), or opens a screen of its own
 *   (`route`). Imports are `changesRegister`: disabled while the register is
 *   read-only.
 */
import type { ComponentType, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ActivitySummary } from '../../../shared/domain/activity.ts';
import { call } from '../api/transport.ts';
import type { ActivityRow } from '../screens/activities/activity-filters.ts';
import { ActivityBadges } from '../screens/compliance/ActivityBadges.tsx';
import { ActivityFindings } from '../screens/compliance/ActivityFindings.tsx';
import { FindingsPanel } from '../screens/compliance/FindingsPanel.tsx';
import { ExcelExportDialog } from '../screens/files/ExcelExportDialog.tsx';
import { JsonImportDialog } from '../screens/files/JsonImportDialog.tsx';
import { lazyNamed } from './lazy.tsx';
import type { Route } from './routes.ts';

// The charts (recharts and its d3 parts) load with the overview, not with the app.
const OverviewCharts = lazyNamed(() => import('../screens/compliance/charts/OverviewCharts.tsx'), 'OverviewCharts');

export interface EditorExtensions {
  FindingsPanel?: ComponentType;
  OverviewCharts?: ComponentType<{ activities: ActivitySummary[] }>;
  ActivityFindings?: ComponentType<{ activityId: string; revision: number; actions?: ReactNode }>;
  ActivityBadges?: ComponentType<{ activity: ActivityRow }>;
}

/** The compliance checks (shared/rules) in the app: renderer/src/screens/compliance. */
export const extensions: EditorExtensions = { FindingsPanel, OverviewCharts, ActivityFindings, ActivityBadges };

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
