import { useController, useFormContext } from 'react-hook-form';

/**
 * A list-valued field (ids, link rows, purposes, transfers) read and
 * written whole, as one controlled field of react-hook-form: every change
 * replaces the list, marks the form dirty and validates as the form's mode
 * says; `touch` marks it touched (call it when a control inside loses focus).
 *
 * Why whole lists, not useFieldArray with inputs registered per item: a
 * change to a nested list (a purpose's legal bases) made right after typing
 * in a registered input of the same item was lost in react-hook-form 7.92;
 * one controlled value per list has no such seams.
 */
export function useArrayValue<T>(name: string): [T[], (next: T[]) => void, () => void] {
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const value = (field.value as T[] | undefined) ?? [];
  return [value, (next: T[]) => field.onChange(next), field.onBlur];
}

/** Replaces item `index` of `items` with `patch` applied. */
export function patchItem<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}
