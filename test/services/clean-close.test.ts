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
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../main/services/app-context.ts';
import { cleanClosesAt } from '../../main/services/clean-close.ts';
import { value } from '../helpers/app.ts';
import { orphanLink, probedApp } from '../helpers/probed-app.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { tempDir } from '../helpers/temp.ts';

/**
 * A demo register opened, changed and closed cleanly by the app; `app()` is a
 * new run of the app with the same settings folder, its probes counted in
 * `probed` (the first run's included).
 */
async function closedByTheApp(name: string): Promise<{ folder: string; path: string; probed: string[]; app: () => AppContext }> {
  const folder = tempDir();
  const path = await demoRegisterFile(join(folder, name));
  const probed: string[] = [];
  const app = () => probedApp(60_000, probed, cleanClosesAt(join(folder, 'settings', 'clean-closes.json')));
  await openSaveClose(app(), path);
  return { folder, path, probed, app };
}

/** Opens `path`, saves a change through the app (so the file is the app's own writing), closes cleanly. */
async function openSaveClose(app: AppContext, path: string): Promise<void> {
  await app.open(path);
  const [first] = await value(app, 'activities:list', {});
  const activity = await value(app, 'activities:get', { id: first!.id });
  await value(app, 'activities:save', { ...activity, description: `${activity.description} (reviewed)` });
  await app.close();
}

describe('a register the app closed cleanly', () => {
  it('opens again unchanged without the probe, whole, with the change saved before', async () => {
    const { path, probed, app } = await closedByTheApp('mine.ropa');
    expect(probed).toEqual([path]);
    const again = app();
    await again.open(path);
    expect(probed).toEqual([path]);
    const list = await value(again, 'activities:list', {});
    expect(list).toHaveLength(18);
    const activity = await value(again, 'activities:get', { id: list[0]!.id });
    expect(activity.description).toMatch(/\(reviewed\)$/);
    await again.close();
  }, 60_000);

  it('is probed again, and refused, when a program other than ROPA wrote a hostile row into it since', async () => {
    const { path, probed, app } = await closedByTheApp('changed.ropa');
    orphanLink(path);
    const again = app();
    await expect(again.open(path)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(probed).toEqual([path, path]);
    expect(again.session).toBeNull();
  }, 60_000);

  it('is probed again, and refused, when changed outside the app with its modification time set back to the nanosecond', async () => {
    const { folder, path, probed, app } = await closedByTheApp('touched.ropa');
    const closed = statSync(path, { bigint: true });
    const reference = join(folder, 'times');
    expect(spawnSync('touch', ['-r', path, reference]).status).toBe(0);
    orphanLink(path);
    expect(spawnSync('touch', ['-m', '-r', reference, path]).status).toBe(0);
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(closed.mtimeNs);
    await expect(app().open(path)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(probed).toEqual([path, path]);
  }, 60_000);

  it('is probed again when replaced by a copy of itself', async () => {
    const { folder, path, probed, app } = await closedByTheApp('replaced.ropa');
    const copy = join(folder, 'copy.ropa');
    copyFileSync(path, copy);
    copyFileSync(copy, path);
    const again = app();
    await again.open(path);
    expect(probed).toEqual([path, path]);
    await again.close();
  }, 60_000);

  it('is probed again after a run that ended without closing it (a crash), and by an app that keeps no settings', async () => {
    const { path, probed, app } = await closedByTheApp('crashed.ropa');
    const crashed = app();
    await crashed.open(path);
    expect(probed).toEqual([path]);
    // The run ends here without the app closing it; its session is let go as a crash would (the lock with it).
    await crashed.session!.close();
    const after = app();
    await after.open(path);
    expect(probed).toEqual([path, path]);
    await after.close();

    const none = probedApp(60_000, probed);
    await none.open(path);
    expect(probed).toEqual([path, path, path]);
    await none.close();
  }, 60_000);
});
