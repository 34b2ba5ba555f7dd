/**
 * Taking the user to a field of a form by its path, as a compliance finding
 * names it ('purposes.2.legitimateInterestAssessment'): the control is
 * scrolled into view, focused, and its frame highlighted until focus leaves
 * it. A path with no control of its own (a whole list, a row) falls back to
 * the nearest enclosing one: the list's group, then the given fallback (a
 * section heading).
 */
import { fieldId } from './form-errors.ts';

const TARGET_CLASS = 'field-target';

/** The element ids to try for `path`, most precise first: the control, its group, then the enclosing paths'. */
export function candidateIds(path: string, prefix = 'f'): string[] {
  const ids: string[] = [];
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const id = fieldId(parts.slice(0, length).join('.'), prefix);
    ids.push(id, `${id}-group`);
  }
  return ids;
}

/** The element that stands for `path` in the page now, or null. */
export function findFieldElement(path: string, fallbackId?: string): HTMLElement | null {
  for (const id of [...candidateIds(path), ...(fallbackId ? [fallbackId] : [])]) {
    const element = document.getElementById(id);
    if (element) return element;
  }
  return null;
}

/** Scrolls to, focuses and highlights `element`; the highlight goes when focus leaves its frame. */
export function focusElement(element: HTMLElement): void {
  document.querySelectorAll(`.${TARGET_CLASS}`).forEach((previous) => previous.classList.remove(TARGET_CLASS));
  const frame = element.closest<HTMLElement>('.field, .fieldset, tr, .form-section') ?? element;
  frame.classList.add(TARGET_CLASS);
  const release = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && frame.contains(event.relatedTarget)) return;
    frame.classList.remove(TARGET_CLASS);
    frame.removeEventListener('focusout', release);
  };
  frame.addEventListener('focusout', release);
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/** Focuses the field for `path` if it is in the page; true when it was. */
export function focusField(path: string, fallbackId?: string): boolean {
  const element = findFieldElement(path, fallbackId);
  if (element) focusElement(element);
  return element !== null;
}

/**
 * Focuses the field for `path` as soon as it appears (an editor that is
 * still loading), giving up after `timeoutMs`. Returns a function that
 * cancels the wait.
 */
export function focusFieldWhenShown(path: string, fallbackId?: string, timeoutMs = 10_000): () => void {
  let done = false;
  const started = Date.now();
  // Polling, not a MutationObserver: the wait is short, and it also lets the
  // screen's own "focus the heading" step run first.
  const timer = window.setInterval(() => {
    if (done) return;
    // The form renders whole: once the fallback is there, so is the control if it ever will be.
    const element = findFieldElement(path, fallbackId);
    if (element) {
      done = true;
      window.clearInterval(timer);
      focusElement(element);
    } else if (Date.now() - started > timeoutMs) {
      done = true;
      window.clearInterval(timer);
    }
  }, 50);
  return () => {
    done = true;
    window.clearInterval(timer);
  };
}
