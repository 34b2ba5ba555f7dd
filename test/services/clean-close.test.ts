/**
 * Issue 19's cold start: a register this app closed cleanly, opened again
 * unchanged, is not probed (services/clean-close.ts); any change made outside
 * the app since — a row written by another program, the modification time
 * set back afterwards, the file replaced by a copy of itself — means it is
 * probed again, and a hostile change is refused as before.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../main/services/app-context.ts';
import { cleanClosesAt, type CleanCloses } from '../../main/services/clean-close.ts';
import { nodeFileProbe } from '../../main/services/open-probe.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { queuedDialogs, value } from '../helpers/app.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

const probe = nodeFileProbe(60_000);

/** An app whose opens go through the real probe, counted in `probed`, with its clean closes kept in `settings`. */
function appWith(settings: string, probed: string[]): AppContext {
  const cleanCloses: CleanCloses = cleanClosesAt(join(settings, 'clean-closes.json'));
  return new AppContext(
    {
      transport: 'web',
      version: 'test',
      dialogs: queuedDialogs(),
      recentFiles: recentFilesAt(null),
      now: steppingClock(),
      probeFile: async (file) => {
        probed.push(file);
        await probe!(file);
      },
      cleanCloses,
    },
    'en',
  );
}

/** Opens `path`, saves a change through the app (so the file is the app's own writing), closes cleanly. */
async function openSaveClose(app: AppContext, path: string): Promise<void> {
  await app.open(path);
  const [first] = await value(app, 'activities:list', {});
  const activity = await value(app, 'activities:get', { id: first!.id });
  await value(app, 'activities:save', { ...activity, description: `${activity.description} (reviewed)` });
  await app.close();
}

/** Gives one of the demo's security measure links an activity that does not exist, as a tool writing with foreign keys off would. */
function orphanLink(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare("UPDATE activity_security_measure SET activity_id = 'no-such-activity' WHERE rowid = (SELECT min(rowid) FROM activity_security_measure)").run();
  } finally {
    db.close();
  }
}

describe('a register the app closed cleanly', () => {
  it('opens again unchanged without the probe, whole, with the change saved before', async () => {
    const folder = tempDir();
    const path = await demoRegisterFile(join(folder, 'mine.ropa'));
    const probed: string[] = [];
    await openSaveClose(appWith(join(folder, 'settings'), probed), path);
    expect(probed).toEqual([path]);
    // A new run of the app (as after a restart): the same settings folder.
    const again = appWith(join(folder, 'settings'), probed);
    await again.open(path);
    expect(probed).toEqual([path]);
    const list = await value(again, 'activities:list', {});
    expect(list).toHaveLength(18);
    const activity = await value(again, 'activities:get', { id: list[0]!.id });
    expect(activity.description).toMatch(/\(reviewed\)$/);
    await again.close();
  }, 60_000);

  it('is probed again, and refused, when a program other than ROPA wrote a hostile row into it since', async () => {
    const folder = tempDir();
    const path = await demoRegisterFile(join(folder, 'changed.ropa'));
    const probed: string[] = [];
    await openSaveClose(appWith(join(folder, 'settings'), probed), path);
    orphanLink(path);
    const again = appWith(join(folder, 'settings'), probed);
    await expect(again.open(path)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(probed).toEqual([path, path]);
    expect(again.session).toBeNull();
  }, 60_000);

  it('is probed again when changed outside the app with its modification time set back, or replaced by a copy of itself', async () => {
    const folder = tempDir();
    const path = await demoRegisterFile(join(folder, 'touched.ropa'));
    const probed: string[] = [];
    await openSaveClose(appWith(join(folder, 'settings'), probed), path);
    const closed = statSync(path, { bigint: true });
    // The modification time kept to the nanosecond (touch -r), set back on the file after the change.
    const reference = join(folder, 'times');
    expect(spawnSync('touch', ['-r', path, reference]).status).toBe(0);
    orphanLink(path);
    expect(spawnSync('touch', ['-m', '-r', reference, path]).status).toBe(0);
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(closed.mtimeNs);
    await expect(appWith(join(folder, 'settings'), probed).open(path)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(probed).toHaveLength(2);

    const other = await demoRegisterFile(join(folder, 'other.ropa'));
    await openSaveClose(appWith(join(folder, 'settings'), probed), other);
    const copy = join(folder, 'copy.ropa');
    copyFileSync(other, copy);
    copyFileSync(copy, other);
    const app = appWith(join(folder, 'settings'), probed);
    await app.open(other);
    expect(probed).toEqual([path, path, other, other]);
    await app.close();
  }, 60_000);

  it('is probed again after a run that ended without closing it (a crash), and without settings kept at all', async () => {
    const folder = tempDir();
    const path = await demoRegisterFile(join(folder, 'crashed.ropa'));
    const probed: string[] = [];
    await openSaveClose(appWith(join(folder, 'settings'), probed), path);
    const crashed = appWith(join(folder, 'settings'), probed);
    await crashed.open(path);
    expect(probed).toEqual([path]);
    // The run ends here without closing; its session is let go as a crash would (the lock with it).
    await crashed.session!.close();
    const after = appWith(join(folder, 'settings'), probed);
    await after.open(path);
    expect(probed).toEqual([path, path]);
    await after.close();

    const none = new AppContext({ transport: 'web', version: 'test', dialogs: queuedDialogs(), recentFiles: recentFilesAt(null), now: steppingClock(), probeFile: async (file) => void probed.push(file) }, 'en');
    await none.open(path);
    expect(probed).toEqual([path, path, path]);
    await none.close();
  }, 60_000);
});
