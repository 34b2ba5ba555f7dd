/**
 * The one error type main-process code throws on purpose. It carries a code
 * and the parameters of its message; the message itself is written in the
 * user's language at the boundary (`toErrorShape`), where the language is known.
 */
import type { z } from 'zod';
import type { AppErrorShape, ErrorCode } from '../shared/contract/result.ts';
import { translator, type Language } from '../shared/i18n/index.ts';
import { translateIssues, type TranslatedIssue } from '../shared/validation.ts';

export interface UsedBy {
  id: string;
  number: string;
  name: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  readonly zodError: z.ZodError | undefined;
  readonly usedBy: UsedBy[] | undefined;

  constructor(
    code: ErrorCode,
    params: Record<string, string | number> = {},
    extra: { zodError?: z.ZodError; usedBy?: UsedBy[]; cause?: unknown } = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`, { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.zodError = extra.zodError;
    this.usedBy = extra.usedBy;
  }
}

const FILE_SYSTEM_CODES = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EROFS', 'EBUSY', 'EEXIST', 'EMFILE', 'ENAMETOOLONG', 'EIO']);

/**
 * A file system failure (a file removed after it was chosen, a full disk, a
 * read-only USB stick, no permission) as the AppError the user should see:
 * FILE_NOT_FOUND, or FILE_ACCESS naming the file (`file`, when the failing
 * path is not the one the user knows, such as a temporary name) and the
 * reason. Anything else is returned as it was (and reaches the user as
 * INTERNAL: a bug).
 */
export function asAppError(error: unknown, file?: string): unknown {
  if (error instanceof AppError || typeof error !== 'object' || error === null) return error;
  const code = 'code' in error ? String(error.code) : '';
  if (!FILE_SYSTEM_CODES.has(code)) return error;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : '';
  file ??= path.split(/[\\/]/).pop() || path;
  if (code === 'ENOENT') return new AppError('FILE_NOT_FOUND', { file }, { cause: error });
  return new AppError('FILE_ACCESS', { file, detail: code }, { cause: error });
}

/** A validation failure from a zod parse. */
export function validationError(error: z.ZodError): AppError {
  return new AppError('VALIDATION', { count: error.issues.length }, { zodError: error });
}

/** The error as the contract answers it, in `lang`. Unknown errors become INTERNAL. */
export function toErrorShape(raw: unknown, lang: Language): AppErrorShape {
  const t = translator(lang);
  const error = asAppError(raw);
  if (!(error instanceof AppError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 'INTERNAL', message: t('errors:INTERNAL', { detail }) };
  }
  const shape: AppErrorShape = { code: error.code, message: t(`errors:${error.code}`, error.params) };
  if (error.zodError) {
    const issues: TranslatedIssue[] = translateIssues(error.zodError, t);
    shape.issues = issues;
    const first = issues[0];
    if (issues.length === 1 && first) {
      shape.message = t('errors:VALIDATION_FIELD', { field: first.path || '—', detail: first.message });
    }
  }
  if (error.usedBy) shape.usedBy = error.usedBy;
  if (error.code === 'CHOOSE_FILE') shape.fileKind = String(error.params.kind ?? '');
  return shape;
}

/** One line for a terminal: the message, then each field at fault. */
export function describeError(error: unknown, lang: Language): string {
  const shape = toErrorShape(error, lang);
  const issues = shape.issues && shape.issues.length > 1 ? shape.issues : [];
  return [shape.message, ...issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`)].join('; ');
}
