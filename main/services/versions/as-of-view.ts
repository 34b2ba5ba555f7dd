/**
 * The register as of a moment in the app's ordinary screens: the rebuilt
 * state is written into a temporary register file (through the import, so
 * it is checked like any register) and opened read-only in place of the
 * register itself. Every screen, search and export then shows that state
 * without knowing it is a past one; saves are refused as in any read-only
 * register. The temporary file is removed when the view is closed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegisterFile, openRegisterFile } from '../../db/connection.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import { importRegisterDocument } from '../json-exchange.ts';
import { createSession, type RegisterSession } from '../register-session.ts';
import { fileStemOf, registerFileName, registerStem } from '../register-name.ts';
import { rebuildRegisterAsOf, type RegisterAsOf } from './as-of.ts';

export interface AsOfView {
  session: RegisterSession;
  state: RegisterAsOf;
}

/** Opens the register of `session` as it stood at `moment` (ISO 8601). Throws HISTORY_BROKEN. */
export async function openAsOfView(session: RegisterSession, moment: string, options: { now: () => Date; language: Language }): Promise<AsOfView> {
  // Named for the register itself (exports from the view suggest names made from it), bounded and safe
  // whatever the register's name: a name the file system refuses must not fail the view.
  const folder = mkdtempSync(join(tmpdir(), 'ropa-as-of-'));
  const path = join(folder, registerFileName(fileStemOf(registerStem(session.path), 'registrs')));
  try {
    const state = await rebuildRegisterAsOf(session.db, moment);
    const made = await createRegisterFile(path, {
      now: options.now,
      initialise: async (trx) => {
        await importRegisterDocument(trx, state.document, { now: options.now });
      },
    });
    await made.close();
    const connection = await openRegisterFile(path, { readOnly: true });
    const reason = translator(options.language)('versions:view.reason', { seq: state.moment.seq });
    const view = createSession(connection, { now: options.now }, { readOnlyReason: reason, onClose: () => rmSync(folder, { recursive: true, force: true }) });
    return { session: view, state };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
