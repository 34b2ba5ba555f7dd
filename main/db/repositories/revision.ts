/**
 * Optimistic concurrency for every repository that saves with a revision:
 * an update names the revision it read, and is refused (CONFLICT) when the
 * stored record has moved on or when it names none. The contract refuses a
 * missing revision first with a field message (validation.revisionRequired);
 * this is the repositories' own guard for every other caller (imports,
 * relinking, the CLI), so no update can silently win.
 */
import { AppError } from '../../errors.ts';

export function assertRevisionRead(read: number | undefined, stored: number): void {
  if (read !== stored) throw new AppError('CONFLICT');
}
