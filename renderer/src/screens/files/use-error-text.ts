import { useCallback, useState } from 'react';
import { ApiError } from '../../api/transport.ts';

/**
 * An error to show where the action was started (in its dialog or screen),
 * rather than in the app-wide alert. Cancelling main's file dialog is not an
 * error: `setError` answers false and shows nothing.
 */
export function useErrorText(): {
  error: Error | null;
  code: string | undefined;
  errorText: string;
  setError: (caught: unknown) => boolean;
} {
  const [error, setErrorState] = useState<Error | null>(null);
  const setError = useCallback((caught: unknown): boolean => {
    if (caught === null || (caught instanceof ApiError && caught.code === 'CANCELLED')) {
      setErrorState(null);
      return false;
    }
    setErrorState(caught instanceof Error ? caught : new Error(String(caught)));
    return true;
  }, []);
  return { error, code: error instanceof ApiError ? error.code : undefined, errorText: error?.message ?? '', setError };
}
