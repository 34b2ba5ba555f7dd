/** One browser on a fresh demo register for a test file, closed after its tests. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { openEditor, workspaceDir, type EditorSession } from './browser.ts';
import { demoRegister } from './registers.ts';

/** Call at the top of a test file; the answer gives the session once the file's tests run. */
export function useDemoSession(): () => EditorSession {
  let session: EditorSession | undefined;
  let folder = '';
  beforeAll(async () => {
    folder = workspaceDir();
    session = await openEditor({ db: await demoRegister(folder), workspace: folder });
  });
  afterAll(async () => {
    await session?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!session) throw new Error('the demo session is opened in beforeAll');
    return session;
  };
}
