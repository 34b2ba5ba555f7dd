/**
 * What every contract handler answers. An error has a stable code (for code),
 * a message in the user's language (for people) and, for validation, the
 * fields at fault.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE_NUMBER',
  'DUPLICATE_ID',
  'UNKNOWN_REFERENCE',
  'IN_USE',
  'IN_USE_BUILTIN',
  'IN_USE_BY_RECORDS',
  'NO_REGISTER',
  'READ_ONLY',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'FILE_ACCESS',
  'NOT_SQLITE',
  'NOT_A_REGISTER',
  'DAMAGED',
  'NEWER_VERSION',
  'BAD_VERSION',
  'FOREIGN_SCHEMA',
  'TOO_LONG_ON_FILE',
  'LOCKED',
  'BACKUP_FAILED',
  'IMPORT_INVALID',
  'IMPORT_NOT_JSON',
  'IMPORT_FORMAT',
  'IMPORT_NEWER_FORMAT',
  'IMPORT_TOO_LARGE',
  'REGISTER_NOT_EMPTY',
  'CANCELLED',
  /** Browser mode: no file chosen yet; the page shows the workspace's files and asks again. */
  'CHOOSE_FILE',
  'XLSX_NOT_WORKBOOK',
  'XLSX_OTHER_FORMAT',
  'XLSX_ENCRYPTED',
  'XLSX_DAMAGED',
  'XLSX_TOO_LARGE',
  'XLSX_TOO_MUCH_CONTENT',
  'XLSX_EMPTY',
  'XLSX_MISSING_COLUMNS',
  'XLSX_FORMULA',
  'XLSX_MERGED_CELLS',
  'XLSX_CELL_TOO_LONG',
  'XLSX_ROWS_REJECTED',
  'XLSX_CHOOSE_ORGANISATION',
  'XLSX_NO_ORGANISATION',
  'XLSX_PREVIEW_EXPIRED',
  'XLSX_MAPPING',
  'WRITE_FAILED',
  'FILE_IS_LINK',
  'PRINT_UNAVAILABLE',
  'HISTORY_BROKEN',
  'BAD_MOMENT',
  'RESTORE_MISSING_REFERENCE',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  /** Team registers on PostgreSQL (issue 20, main/db/postgres). */
  'TEAM_REGISTER_URL',
  'TEAM_REGISTER_NAME',
  'TEAM_REGISTER_NOT_FOUND',
  'TEAM_REGISTER_EXISTS',
  'TEAM_NOT_A_REGISTER',
  'TEAM_LOGIN_FAILED',
  'TEAM_UNREACHABLE',
  'TEAM_DATABASE_NOT_FOUND',
  /** Opening and working on a team register (issue 20, main/services/team-session.ts). */
  'TEAM_NO_BACKUPS',
  'TEAM_NEWER_VERSION',
  'TEAM_CONNECTION_LOST',
  /** Roles and TLS on a team register (issue 20: main/db/postgres/team-role.ts, tls.ts). */
  'TEAM_NO_ACCESS',
  'TEAM_OWNER_ONLY',
  'TEAM_NOT_ALLOWED',
  'TEAM_TLS_NOT_OFFERED',
  'TEAM_TLS_UNTRUSTED',
  'TEAM_TLS_HOST_MISMATCH',
  /** The register engine's worker stopped during the call (main/engine); the register was opened again. */
  'ENGINE_STOPPED',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One field at fault: its path in the input ('purposes.0.description') and why. */
export const FieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
  /** For IN_USE: the activities that still link to the record. */
  usedBy: z.array(z.object({ id: z.string(), number: z.string(), name: z.string() })).optional(),
  /** For CHOOSE_FILE (browser mode): the kind of file to choose ('json', 'xlsx'…). */
  fileKind: z.string().optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
