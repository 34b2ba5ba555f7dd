/**
 * Browser mode has no native dialogs. Its stand-in works in one folder, the
 * workspace (printed at start), the way a browser app would:
 *
 * - Opening is a real choice: `chooseFileToOpen` answers the file the user
 *   picked from the workspace's list (`list`, `choose`: names, dates and
 *   sizes) or uploaded (`upload`, written into the workspace under a new
 *   name). With no choice made it refuses with CHOOSE_FILE, and the page
 *   shows the list and asks the same channel again; it never takes "the
 *   newest file".
 * - Saving writes a new file there under the suggested name (never
 *   overwriting) and remembers it; the server hands each such file to the
 *   page as a download with its name (`takeSaved`, downloads.ts). A register
 *   file (new, or a copy) stays in the workspace, where it is opened from.
 *
 * Paths still never come from the renderer: a file is named by an id the
 * list gave, and an uploaded file's name is cleaned like a suggested one.
 * Symbolic links are never listed and never chosen.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AppError } from '../errors.ts';
import type { WorkspaceFile } from '../../shared/contract/workspace.ts';
import type { DialogPort, FileKind, WorkspacePort } from '../services/app-context.ts';

/**
 * `list`: the workspace's regular files of a kind, newest first; `choose`:
 * the listed file `id` answers the next open dialog of its kind (NOT_FOUND
 * otherwise); `upload`: writes a file into the workspace under a new name and
 * chooses it; `takeSaved`: the files saved since the last call that exist now.
 */
export interface WorkspaceDialogs extends DialogPort, WorkspacePort {
  folder: string;
}

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function fileId(name: string): string {
  return createHash('sha256').update(name).digest('base64url').slice(0, 22);
}

/** A name safe in every file system: no separators or reserved characters. */
function safeName(name: string): string {
  return [...name].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
}

/** `base.kind`, or `base-2.kind`… when something (a dangling link too) is there already. */
function unusedPath(folder: string, kind: FileKind, suggestedName: string): string {
  const safe = safeName(suggestedName);
  const base = safe.toLowerCase().endsWith(`.${kind}`) ? safe.slice(0, -(kind.length + 1)) : safe;
  let path = join(folder, `${base}.${kind}`);
  for (let n = 2; present(path); n += 1) path = join(folder, `${base}-${n}.${kind}`);
  return path;
}

export function workspaceDialogs(folder: string, exclude: () => string | undefined = () => undefined): WorkspaceDialogs {
  const chosen = new Map<FileKind, string>();
  let saved: string[] = [];

  const list = (kind: FileKind): WorkspaceFile[] =>
    readdirSync(folder)
      .filter((name) => extname(name).toLowerCase() === `.${kind}`)
      .flatMap((name) => {
        const path = join(folder, name);
        const stat = lstatSync(path);
        if (!stat.isFile() || path === exclude()) return [];
        return [{ id: fileId(name), fileName: name, modifiedAt: stat.mtime.toISOString(), sizeBytes: stat.size, mtimeMs: stat.mtimeMs }];
      })
      .sort((a, b) => b.mtimeMs - a.mtimeMs)
      .map(({ mtimeMs: _mtime, ...file }) => file);

  const choose = (kind: FileKind, id: string): WorkspaceFile => {
    const file = list(kind).find((candidate) => candidate.id === id);
    if (!file) throw new AppError('NOT_FOUND', { id });
    chosen.set(kind, join(folder, file.fileName));
    return file;
  };

  return {
    folder,
    list,
    choose,
    upload(kind, fileName, content) {
      const path = unusedPath(folder, kind, fileName);
      writeFileSync(path, content, { flag: 'wx' });
      return choose(kind, fileId(path.slice(folder.length + 1)));
    },
    takeSaved() {
      const ready = saved.filter((path) => existsSync(path));
      saved = saved.filter((path) => !ready.includes(path));
      return ready.map((path) => ({ fileName: path.slice(folder.length + 1), path }));
    },
    async chooseFileToOpen(kind: FileKind) {
      const path = chosen.get(kind);
      chosen.delete(kind);
      if (!path) throw new AppError('CHOOSE_FILE', { kind });
      // Chosen a moment ago; a file replaced by a link since is refused all the same.
      return lstatSync(path, { throwIfNoEntry: false })?.isFile() ? path : null;
    },
    async chooseFileToSave(kind: FileKind, suggestedName: string) {
      const path = unusedPath(folder, kind, suggestedName);
      // Exports are downloaded; a register (new, or a copy) stays in the workspace, where it is opened.
      if (kind !== 'ropa') saved.push(path);
      return path;
    },
  };
}
