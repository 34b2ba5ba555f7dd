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
