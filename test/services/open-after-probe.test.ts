/**
 * Issue 19's cold start: when the open's probe (a child process, open-probe.ts)
 * has checked a register's integrity and foreign keys, the open itself does
 * not check them again (about 0.45 s of CPU at 10,000 activities before the
 * first row), provided the file is the very one the probe checked
 * (file-stamp.ts). A file changed after the probe is checked in full.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../main/services/app-context.ts';
import { nodeFileProbe } from '../../main/services/open-probe.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { queuedDialogs, value } from '../helpers/app.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { orphanLink } from '../helpers/probed-app.ts';


function appProbing(probeFile: (path: string) => Promise<void>): AppContext {
  return new AppContext({ transport: 'web', version: 'test', dialogs: queuedDialogs(), recentFiles: recentFilesAt(null), now: steppingClock(), probeFile }, 'en');
}

describe('the open after the probe', () => {
  it('checks in full a file that changed after the probe passed: an orphan row written in between is refused (DAMAGED), nothing opened', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'changed.ropa'));
    const probe = nodeFileProbe(60_000);
    expect(probe).toBeDefined();
    const app = appProbing(async (file) => {
      await probe!(file);
      orphanLink(file);
    });
    await expect(app.open(path)).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(app.session).toBeNull();
  }, 60_000);

  it('relies on the probe for an unchanged file: what the probe vouched for is not checked again, and the register opens whole', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'unchanged.ropa'));
    const probed: string[] = [];
    // A probe that passed this file: the open must not run the integrity and foreign key checks a second time.
    orphanLink(path);
    const app = appProbing(async (file) => {
      probed.push(file);
    });
    await app.open(path);
    expect(probed).toEqual([path]);
    expect((await value(app, 'activities:list', {})).length).toBeGreaterThan(10);
    await app.close();
  });

  it('opens an unchanged register after a real probe, its activities all there', async () => {
    const path = await demoRegisterFile(join(tempDir(), 'real.ropa'));
    const probe = nodeFileProbe(60_000);
    const app = appProbing((file) => probe!(file));
    await app.open(path);
    expect(await value(app, 'activities:list', {})).toHaveLength(18);
    await app.close();
  }, 60_000);
});
