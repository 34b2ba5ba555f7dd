/**
 * Errors of a form: react-hook-form keeps them as a tree shaped like the
 * values; the messages are i18n keys from the shared zod schemas
 * (validation.*) or, for errors main reported, text already in the user's
 * language.
 */
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/transport.ts';

export interface FlatError {
  path: string;
  message: string;
}

/** Every error in the tree, in form order, as (path, message). */
export function flattenErrors(errors: FieldErrors, prefix = ''): FlatError[] {
  const result: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) result.push({ path, message });
    if (key !== 'ref') {
      const nested = Object.fromEntries(Object.entries(value).filter(([k]) => !['message', 'type', 'ref', 'types'].includes(k)));
      result.push(...flattenErrors(nested as FieldErrors, path));
    }
  }
  return result;
}

/** The element id of the control of a field path: 'purposes.0.description' -> 'f-purposes-0-description'. */
export function fieldId(path: string, prefix = 'f'): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Puts the field errors main answered (VALIDATION issues, a duplicate
 * number) next to their fields. Returns false when the error belongs to no
 * field and must be shown on its own.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fieldPaths: { duplicateNumber?: Path<T> } = {}): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'VALIDATION' && error.issues.length > 0) {
    for (const issue of error.issues) setError((issue.path || 'root') as Path<T>, { type: 'server', message: issue.message });
    return true;
  }
  if (error.code === 'DUPLICATE_NUMBER' && fieldPaths.duplicateNumber) {
    setError(fieldPaths.duplicateNumber, { type: 'server', message: error.message });
    return true;
  }
  return false;
}
