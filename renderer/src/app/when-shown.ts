/**
 * Calls `then` with the element of this id once it is in the document: at
 * once (after the current render) if it is, otherwise as soon as it is
 * added, for up to `timeoutMs`. Answers a function that cancels.
 */
export function whenShown(id: string, then: (element: HTMLElement) => void, timeoutMs = 5000): () => void {
  let observer: MutationObserver | undefined;
  let timeout: number | undefined;
  const found = () => {
    const element = document.getElementById(id);
    if (!element) return false;
    stop();
    then(element);
    return true;
  };
  const stop = () => {
    observer?.disconnect();
    window.clearTimeout(timer);
    window.clearTimeout(timeout);
  };
  const timer = window.setTimeout(() => {
    if (found()) return;
    observer = new MutationObserver(() => void found());
    observer.observe(document.body, { childList: true, subtree: true });
    timeout = window.setTimeout(stop, timeoutMs);
  }, 0);
  return stop;
}
