/**
 * Imported by main.tsx before React and the app's screens: a window opened
 * on the activities list asks for its first screenful (or, when filters or a
 * search decide the first rows, for the whole list) while the rest of the
 * app's code is still being run, instead of after the first render.
 */
import { storedLanguage } from '../i18n/stored-language.ts';
import { firstRowsQuery, opensOnActivityList, storedListState } from '../screens/activities/list-state.ts';
import { prefetch } from './prefetch.ts';

if (opensOnActivityList(window.location.hash)) {
  const first = firstRowsQuery(storedListState(), storedLanguage());
  if (first) prefetch('activities:firstRows', first);
  else prefetch('activities:list', {});
}
