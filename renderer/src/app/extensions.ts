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
 *   list the Register files screen shows as buttons. An Excel or PDF export
 *   adds an entry here; its `run` calls its contract channel (main asks
 *   where to save) and answers what to announce.
 */
import type { ComponentType, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ActivitySummary } from '../../../shared/domain/activity.ts';
import { call } from '../api/transport.ts';
import type { ActivityRow } from '../screens/activities/activity-filters.ts';
import { ActivityBadges } from '../screens/compliance/ActivityBadges.tsx';
import { ActivityFindings } from '../screens/compliance/ActivityFindings.tsx';
import { OverviewCharts } from '../screens/compliance/charts/OverviewCharts.tsx';
import { FindingsPanel } from '../screens/compliance/FindingsPanel.tsx';

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
  /** Runs the action; answers the message to announce (nothing when cancelled). */
  run: (t: TFunction) => Promise<string | undefined>;
}

export const registerActions: RegisterAction[] = [
  {
    id: 'export-json',
    group: 'export',
    labelKey: 'screens:files.exportJson',
    run: async (t) => t('screens:files.exported', { file: (await call('export:json', {})).fileName }),
  },
];
