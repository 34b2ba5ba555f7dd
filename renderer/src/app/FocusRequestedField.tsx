/**
 * An editor opened at a field (a finding's link: `#/activities/ID?field=…`):
 * once the form has loaded, its section is scrolled to and the field is
 * focused and highlighted.
 */
import { useEffect } from 'react';
import { focusFieldWhenShown } from '../components/form/focus-field.ts';
import { sectionOfPath } from '../screens/activities/activity-form.ts';
import { routeToHash, type Route } from '../state/routes.ts';

export function FocusRequestedField({ route }: { route: Route }) {
  const field = 'field' in route ? route.field : undefined;
  const screen = route.screen;
  // The whole address, so that opening another record at the same field focuses again.
  const hash = routeToHash(route);
  useEffect(() => {
    if (!field) return;
    // A field the activity editor does not show on its own falls back to its section's heading.
    const fallback = screen === 'activity' ? `sec-${sectionOfPath(field)}-title` : undefined;
    return focusFieldWhenShown(field, fallback);
  }, [hash, field, screen]);
  return null;
}
