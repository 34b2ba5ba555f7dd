import { lazyNamed } from '../../components/lazy.tsx';

/**
 * The activity editor, a chunk of its own: the list preloads it as soon as
 * its rows are on screen (ActivityList), and the app shows it for an
 * activity's route (app/lazy-screens.ts re-exports it). Declared here, beside
 * the list, so that the list does not import the app's wiring.
 */
export const ActivityEditor = lazyNamed(() => import('./ActivityEditor.tsx'), 'ActivityEditor');
