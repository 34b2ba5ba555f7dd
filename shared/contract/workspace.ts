/**
 * Browser mode's file choice (main/web/workspace-dialogs.ts): the page lists
 * the workspace's files of a kind (names, dates, sizes), chooses one by its
 * id or uploads one, and then asks the channel that opens or imports again.
 * Never a path from the renderer. In the Electron app there is no workspace
 * (native dialogs choose): every channel answers NOT_FOUND there.
 */
import { z } from 'zod';
import { plainText } from '../domain/primitives.ts';
import { channel } from './define.ts';

export const FILE_KINDS = ['ropa', 'json', 'xlsx', 'pdf', 'html', 'docx'] as const;
export const WorkspaceFileKind = z.enum(FILE_KINDS);
export type WorkspaceFileKind = z.infer<typeof WorkspaceFileKind>;

export const WorkspaceFile = z.object({
  id: z.string(),
  fileName: z.string(),
  modifiedAt: z.string(),
  sizeBytes: z.number().int().min(0),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

/** An upload's content as base64: up to 12 MiB of file within the server's 16 MiB request limit. */
const UPLOAD_BASE64_MAX = Math.ceil((12 * 1024 * 1024) / 3) * 4;

export const workspaceContract = {
  /** The workspace's files of `kind`, newest first. Errors: NOT_FOUND (no workspace: the Electron app). */
  'workspace:files': channel(z.object({ kind: WorkspaceFileKind }).strict(), z.array(WorkspaceFile)),
  /** Chooses a listed file as the answer of the next open dialog of `kind`. Errors: NOT_FOUND. */
  'workspace:choose': channel(z.object({ kind: WorkspaceFileKind, id: z.string().max(100) }).strict(), WorkspaceFile),
  /**
   * Writes an uploaded file into the workspace (under a new name, never over
   * another file) and chooses it. Errors: NOT_FOUND (no workspace), VALIDATION.
   */
  'workspace:upload': channel(
    z
      .object({
        kind: WorkspaceFileKind,
        fileName: plainText(255).refine((name) => name.trim().length > 0, { message: 'validation.required' }),
        contentBase64: z.string().max(UPLOAD_BASE64_MAX).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.invalidType' }),
      })
      .strict(),
    WorkspaceFile,
  ),
};
