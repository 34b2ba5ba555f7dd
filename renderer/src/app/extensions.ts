/**
 * Where other parts of the app plug into the editor, in one place.
 *
 * - Compliance findings: `findingsPanel` renders on the overview under the
 *   figures; `ActivityFindings` renders at the top of the activity editor;
 *   `ActivityBadges` renders after an activity's name in the list. Each is
 *   optional: without them nothing is rendered.
 * - Register actions (exports, imports, reports): `registerActions` is the one
 *   list the Register files screen shows as buttons. An Excel or PDF export
 *   adds an entry here; its `run` calls its contract channel (main asks
 *   where to save) and answers what to announce.
 */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { ActivitySummary } from '../../../shared/domain/activity.ts';
import { call } from '../api/transport.ts';

export interface EditorExtensions {
  FindingsPanel?: ComponentType;
  ActivityFindings?: ComponentType<{ activityId: string }>;
  ActivityBadges?: ComponentType<{ activity: ActivitySummary }>;
}

/** Filled in by the compliance checks when they land; empty until then. */
export const extensions: EditorExtensions = {};

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
