/**
 * Processing activities: one import for the callers, four files with one job
 * each (house style §4):
 *
 * - activity-reading.ts      loading activities whole (one query per table)
 * - activity-writing.ts      save, insert as given (import), delete, with history
 * - activity-list-columns.ts the list's derived columns and their refresh
 * - activity-list-rows.ts    the list's rows and its first rows
 *
 * with activity-rows.ts (the activity's own row) and activity-child-rows.ts
 * (its link rows) beneath them.
 */
export { findActivity, getActivity, loadActivities } from './activity-reading.ts';
export { deleteActivity, insertActivityRecords, saveActivity } from './activity-writing.ts';
export { listColumns, listFacts, refreshCatalogueListColumns, refreshListColumns, type ListFacts } from './activity-list-columns.ts';
export { firstActivitySummaries, listActivitySummaries } from './activity-list-rows.ts';
export { activityLabel } from './activity-rows.ts';
