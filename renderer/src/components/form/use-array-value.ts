import { useCallback } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';

/**
 * A list-valued field (ids, link rows, purposes) read and written whole.
 * Writing marks the form dirty and, once the user has tried to save,
 * validates again so errors clear as they are fixed.
 */
export function useArrayValue<T>(name: string): [T[], (next: T[]) => void] {
  const { control, setValue, formState } = useFormContext();
  const value = (useWatch({ control, name }) as T[] | undefined) ?? [];
  const submitted = formState.isSubmitted;
  const set = useCallback(
    (next: T[]) => setValue(name, next, { shouldDirty: true, shouldTouch: true, shouldValidate: submitted }),
    [name, setValue, submitted],
  );
  return [value, set];
}
