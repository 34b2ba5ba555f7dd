/** One browser session per test file, on a fresh workspace folder that is removed afterwards. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { openEditor, workspaceDir, type EditorSession } from './browser.ts';

export interface FileSession {
  session: EditorSession;
  folder: string;
}

/**
 * Opens the editor with no register before the file's tests (after
 * `prepare` has put what they need in the workspace) and closes it after.
 */
export function editorPerFile(prepare: (folder: string) => Promise<void> = async () => {}): FileSession {
  const state = {} as FileSession;
  beforeAll(async () => {
    state.folder = workspaceDir();
    await prepare(state.folder);
    state.session = await openEditor({ workspace: state.folder });
  });
  afterAll(async () => {
    await state.session?.close();
    rmSync(state.folder, { recursive: true, force: true });
  });
  return state;
}
