/**
 * Channels for the register's backups. A backup is named by its list id,
 * never by a path: the renderer cannot point main at a file.
 */
import { z } from 'zod';
import { channel } from './define.ts';
import { RegisterStatus } from './register.ts';

export const BACKUP_REASONS = ['migration', 'import', 'daily', 'manual', 'before-restore'] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  id: z.string(),
  fileName: z.string(),
  /** When it was made, ISO instant. */
  createdAt: z.string(),
  /** Why it was made; the label is `safety:reasons.<reason>`. */
  reason: BackupReason,
  sizeBytes: z.number().int(),
  /** Processing activities in it; null when it cannot be read. */
  activityCount: z.number().int().nullable(),
  /** Passes SQLite's quick_check and opens in this version. */
  good: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupList = z.object({
  /** The backups folder, shown so the DPO knows where the copies are. */
  folder: z.string(),
  /** How many are kept; older ones are deleted (never the newest good one). */
  keep: z.number().int(),
  /** Newest first. */
  backups: z.array(BackupInfo),
});

export const backupsContract = {
  /** The open register's backups, newest first, with date, reason, size and activity count. */
  'backups:list': channel(z.object({}).strict(), BackupList),
  /** Makes a backup now (reason `manual`). Errors: NO_REGISTER, BACKUP_FAILED. */
  'backups:create': channel(z.object({}).strict(), BackupInfo),
  /**
   * Replaces the open register with one of its backups (by list id) after
   * backing up the current state (`before-restore`), then reopens it.
   * Errors: NOT_FOUND, DAMAGED / NOT_A_REGISTER / NEWER_VERSION (a bad
   * backup), LOCKED, READ_ONLY, BACKUP_FAILED.
   */
  'backups:restore': channel(
    z.object({ id: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
    z.object({ restored: z.string(), safetyCopy: BackupInfo.nullable(), register: RegisterStatus }),
  ),
};
