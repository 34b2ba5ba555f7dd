/**
 * The list of registers opened before, kept in a small JSON file in the
 * user's settings folder. The renderer sees ids and names; opening a recent
 * file sends the id, never a path.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/contract/register.ts';
import { registerLabel } from './team-session.ts';

const MAX_RECENT = 10;
const Stored = z.array(z.object({ path: z.string(), openedAt: z.string() }));

export interface RecentFiles {
  list(): RecentFile[];
  remember(path: string, openedAt: string): void;
  pathOf(id: string): string | undefined;
}

const idOf = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 16);

/** Recent files stored in `file` (a missing or unreadable file is an empty list). */
export function recentFilesAt(file: string | null): RecentFiles {
  let entries: Array<{ path: string; openedAt: string }> = [];
  if (file && existsSync(file)) {
    try {
      entries = Stored.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      entries = [];
    }
  }
  const save = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(entries, null, 2));
    renameSync(`${file}.tmp`, file);
  };
  return {
    list: () => entries.map((e) => ({ id: idOf(e.path), fileName: registerLabel(e.path), path: e.path, openedAt: e.openedAt })),
    remember(path, openedAt) {
      entries = [{ path, openedAt }, ...entries.filter((e) => e.path !== path)].slice(0, MAX_RECENT);
      save();
    },
    pathOf: (id) => entries.find((e) => idOf(e.path) === id)?.path,
  };
}
