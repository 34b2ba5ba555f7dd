/**
 * After "add purpose" (and every "add" of a list in the editors) focus moves
 * to the new item's first field, so a keyboard or screen reader user is
 * where they will type, not left on the button below a list that grew.
 */
import { useContext, useEffect, useState } from 'react';
import { FieldIdPrefix } from './field-id-prefix.ts';
import { fieldId } from './form-errors.ts';

/** Call the answer with the new item's first field path (`purposes.3.description`) in the same handler that adds it. */
export function useFocusAdded(): (path: string) => void {
  const prefix = useContext(FieldIdPrefix);
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === null) return;
    const element = document.getElementById(fieldId(pending, prefix));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
    }
    setPending(null);
  }, [pending, prefix]);
  return setPending;
}
