/**
 * Browser mode has no native dialogs. Its stand-in works in one folder, the
 * workspace (printed at start): saving writes a new file there under the
 * suggested name (never overwriting); opening takes the newest file of the
 * wanted kind there. Paths still never come from the renderer.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DialogPort, FileKind } from '../services/app-context.ts';

function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export function workspaceDialogs(folder: string, exclude: () => string | undefined = () => undefined): DialogPort {
  return {
    async chooseFileToOpen(kind: FileKind) {
      const candidates = readdirSync(folder)
        .filter((name) => extname(name).toLowerCase() === `.${kind}`)
        .map((name) => join(folder, name))
        .filter((path) => path !== exclude() && lstatSync(path).isFile())
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
      return candidates[0] ?? null;
    },
    async chooseFileToSave(kind: FileKind, suggestedName: string) {
      const safe = [...suggestedName].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
      const base = safe.toLowerCase().endsWith(`.${kind}`) ? safe.slice(0, -(kind.length + 1)) : safe;
      let path = join(folder, `${base}.${kind}`);
      // lstat, not exists: a dangling link is something there too, and is never chosen.
      for (let n = 2; present(path); n += 1) path = join(folder, `${base}-${n}.${kind}`);
      return path;
    },
  };
}
