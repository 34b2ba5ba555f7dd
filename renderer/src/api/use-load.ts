import { useCallback, useEffect, useState } from 'react';

/**
 * Loads something when a screen shows (and again on `reload`), reporting
 * failures through `onError`. `value` is undefined while loading.
 */
export function useLoad<T>(load: () => Promise<T>, onError: (error: unknown) => void): { value: T | undefined; reload: () => Promise<void> } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const reload = useCallback(async () => {
    try {
      setValue(await load());
    } catch (error) {
      onError(error);
    }
  }, [load, onError]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value, reload };
}

/**
 * Loads something once the screen is painted, not in the same frame: for
 * what a screen can show without at first (the list's compliance counts, a
 * long list of choices). Nothing is asked while `load` is null; a new `load`
 * asks again, and an answer to an older one is dropped.
 */
export function useLoadAfterPaint<T>(load: (() => Promise<T>) | null, onError: (error: unknown) => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!load) return;
    let current = true;
    const timer = window.setTimeout(() => {
      load()
        .then((result) => current && setValue(result))
        .catch(onError);
    }, 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [load, onError]);
  return value;
}
