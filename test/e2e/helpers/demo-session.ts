/** A browser editor on a fresh copy of the demo register for the whole test file: call at module level, read the session in the tests. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { openEditor, workspaceDir, type EditorSession } from './browser.ts';
import { demoRegister } from './registers.ts';

export function useDemoEditor(): () => EditorSession {
  let session: EditorSession | undefined;
  let folder: string | undefined;
  beforeAll(async () => {
    folder = workspaceDir();
    session = await openEditor({ db: await demoRegister(folder), workspace: folder });
  });
  afterAll(async () => {
    await session?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!session) throw new Error('the demo editor is not open yet');
    return session;
  };
}
