/**
 * Every migration, in order. A static list (no directory globbing) so that
 * bundlers and asar archives see exactly these files. The schema version of a
 * register file is the number of migrations applied (`PRAGMA user_version`).
 */
import type { Kysely } from 'kysely';
import * as initial from './2026-11-22-001-initial.ts';
import * as builtinCatalogues from './2026-11-22-002-builtin-catalogues.ts';
import * as activityListColumns from './2026-11-22-003-activity-list-columns.ts';
import * as activityTemplates from './2026-12-04-14-activity-templates.ts';
import * as historyAuthor from './2026-12-04-16-history-author.ts';
import * as breachesAndRequests from './2026-12-04-17-breaches-and-requests.ts';
import * as privacyNotices from './2026-12-04-18-privacy-notices.ts';
import * as issue15Model from './2026-12-05-15-model.ts';
import * as inspectorFields15r from './2026-12-05-15r-inspector-fields.ts';
import * as activityLegalBasis15 from './2026-12-06-15-activity-legal-basis.ts';
import * as namedSources15 from './2026-12-06-15-named-sources.ts';
import * as historyCheckpoints16 from './2026-12-06-16-history-checkpoints.ts';
import * as fileLinkTables from './2026-12-08-file-link-tables.ts';

export interface Migration {
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '2026-11-22-001-initial', up: initial.up },
  { name: '2026-11-22-002-builtin-catalogues', up: builtinCatalogues.up },
  { name: '2026-11-22-003-activity-list-columns', up: activityListColumns.up },
  { name: '2026-12-04-14-activity-templates', up: activityTemplates.up },
  { name: '2026-12-04-16-history-author', up: historyAuthor.up },
  { name: '2026-12-04-17-breaches-and-requests', up: breachesAndRequests.up },
  { name: '2026-12-04-18-privacy-notices', up: privacyNotices.up },
  { name: '2026-12-05-15-model', up: issue15Model.up },
  { name: '2026-12-05-15r-inspector-fields', up: inspectorFields15r.up },
  { name: '2026-12-06-15-activity-legal-basis', up: activityLegalBasis15.up },
  { name: '2026-12-06-15-named-sources', up: namedSources15.up },
  { name: '2026-12-06-16-history-checkpoints', up: historyCheckpoints16.up },
  { name: '2026-12-08-file-link-tables', up: fileLinkTables.up },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = migrations.length;
