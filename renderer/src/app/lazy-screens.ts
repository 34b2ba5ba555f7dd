import { lazyNamed } from '../components/lazy.tsx';

// The activities list and the register files load with the app; every other
// screen is a chunk of its own, loaded when first shown (the editor's as soon
// as the list is on screen: see lazy-editor.ts), so that the first list of a
// large register is not kept waiting for code it does not run.
export { ActivityEditor } from '../screens/activities/lazy-editor.ts';
export const CataloguesScreen = lazyNamed(() => import('../screens/catalogues/CataloguesScreen.tsx'), 'CataloguesScreen');
export const CatalogueEntryScreen = lazyNamed(() => import('../screens/catalogues/CataloguesScreen.tsx'), 'CatalogueEntryScreen');
export const BackupsScreen = lazyNamed(() => import('../screens/files/BackupsScreen.tsx'), 'BackupsScreen');
export const ExcelImportScreen = lazyNamed(() => import('../screens/files/ExcelImportScreen.tsx'), 'ExcelImportScreen');
export const HistoryScreen = lazyNamed(() => import('../screens/history/HistoryScreen.tsx'), 'HistoryScreen');
export const OrganisationsScreen = lazyNamed(() => import('../screens/organisations/OrganisationsScreen.tsx'), 'OrganisationsScreen');
export const OrganisationEditorScreen = lazyNamed(() => import('../screens/organisations/OrganisationsScreen.tsx'), 'OrganisationEditorScreen');
// The charts (recharts and its d3 parts) load with the overview, not with the app.
export const OverviewCharts = lazyNamed(() => import('../screens/compliance/charts/OverviewCharts.tsx'), 'OverviewCharts');
export const Overview = lazyNamed(() => import('../screens/overview/Overview.tsx'), 'Overview');
export const ProcessorsScreen = lazyNamed(() => import('../screens/processors/ProcessorsScreen.tsx'), 'ProcessorsScreen');
export const ProcessorEditorScreen = lazyNamed(() => import('../screens/processors/ProcessorsScreen.tsx'), 'ProcessorEditorScreen');
export const LibraryScreen = lazyNamed(() => import('../screens/library/LibraryScreen.tsx'), 'LibraryScreen');
export const NoticeScreen = lazyNamed(() => import('../screens/notice/NoticeScreen.tsx'), 'NoticeScreen');
export const ReportScreen = lazyNamed(() => import('../screens/report/ReportScreen.tsx'), 'ReportScreen');
export const RetentionRulesScreen = lazyNamed(() => import('../screens/retention/RetentionRulesScreen.tsx'), 'RetentionRulesScreen');
export const RetentionRuleEditorScreen = lazyNamed(() => import('../screens/retention/RetentionRulesScreen.tsx'), 'RetentionRuleEditorScreen');
export const BreachesScreen = lazyNamed(() => import('../screens/dpo-records/BreachesScreen.tsx'), 'BreachesScreen');
export const BreachEditorScreen = lazyNamed(() => import('../screens/dpo-records/BreachesScreen.tsx'), 'BreachEditorScreen');
export const RequestsScreen = lazyNamed(() => import('../screens/dpo-records/RequestsScreen.tsx'), 'RequestsScreen');
export const RequestEditorScreen = lazyNamed(() => import('../screens/dpo-records/RequestsScreen.tsx'), 'RequestEditorScreen');
