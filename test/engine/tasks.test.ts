/**
 * The task scope every contract call runs in (main/engine/tasks.ts), tested
 * in-process with the real dispatcher and a real register: the long
 * operations report their stages and stop at their checkpoints when the
 * call's cancel flag is raised, answering CANCELLED and changing nothing;
 * `tasks:progress` / `tasks:cancel` work in-process too (the CLI, tests).
 */
import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../shared/contract/tasks.ts';
import { dispatch } from '../../main/handlers/index.ts';
import { newCancelFlag } from '../../main/engine/tasks.ts';
import { value } from '../helpers/app.ts';
import { clockedApp, demoRegisterFile } from '../helpers/safety.ts';
import { fileHash } from '../helpers/temp.ts';

/** A task whose cancel flag is already raised, and the progress it reported. */
function cancelledTask(): { cancelFlag: Int32Array; onProgress(progress: TaskProgress): void; seen: TaskProgress[] } {
  const cancelFlag = newCancelFlag();
  Atomics.store(cancelFlag, 0, 1);
  const seen: TaskProgress[] = [];
  return { cancelFlag, seen, onProgress: (progress) => seen.push(progress) };
}

describe('progress and cancel of a contract call', () => {
  it('reports the checks’ stages, and a cancelled run answers CANCELLED in the user’s language', async () => {
    const { app } = clockedApp('lv');
    await app.open(await demoRegisterFile());
    const seen: TaskProgress[] = [];
    const run = await dispatch(app, 'checks:run', {}, { task: { cancelFlag: newCancelFlag(), onProgress: (progress) => seen.push(progress) } });
    expect(run.ok).toBe(true);
    expect(seen.map((progress) => progress.stage)).toEqual(['reading', 'checking']);

    const task = cancelledTask();
    expect(await dispatch(app, 'checks:run', {}, { task })).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Darbība atcelta.' } });
    expect(task.seen.map((progress) => progress.stage)).toEqual(['reading']);
  });

  it('a cancelled backup restore stops before the register is closed: the file and the session are as they were', async () => {
    const { app } = clockedApp('en');
    const path = await demoRegisterFile();
    await app.open(path);
    const made = await value(app, 'backups:create', {});
    const activities = await value(app, 'activities:list', {});
    await value(app, 'activities:delete', { id: activities[0]!.id, revision: (await value(app, 'activities:get', { id: activities[0]!.id })).revision });
    await app.requireSession().settleHeld();
    const before = fileHash(path);
    const session = app.session;

    const task = cancelledTask();
    expect(await dispatch(app, 'backups:restore', { id: made.id }, { task })).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } });
    expect(task.seen.map((progress) => progress.stage)).toEqual(['checking']);
    expect(fileHash(path)).toBe(before);
    expect(app.session).toBe(session);
    expect(await value(app, 'activities:list', {})).toHaveLength(activities.length - 1);
  });

  it('in-process, tasks:progress lists a running import and tasks:cancel stops it; the register keeps its content and history', async () => {
    const { app, dialogs } = clockedApp('en');
    const path = await demoRegisterFile();
    await app.open(path);
    const history = await value(app, 'history:verify', {});
    const count = (await value(app, 'activities:list', {})).length;
    dialogs.answer(`${path}.json`);
    await value(app, 'export:json', {});
    dialogs.answer(`${path}.json`);
    const importing = dispatch(app, 'import:json', { replace: true });
    let running: Array<{ channel: string }> = [];
    for (let attempt = 0; attempt < 500 && running.length === 0; attempt += 1) {
      running = (await value(app, 'tasks:progress', {})).running;
      if (running.length === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(running).toEqual([expect.objectContaining({ channel: 'import:json' })]);
    expect(await value(app, 'tasks:cancel', {})).toEqual({ cancelled: 1 });
    expect(await importing).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await value(app, 'activities:list', {})).toHaveLength(count);
    expect(await value(app, 'history:verify', {})).toEqual(history);
    expect((await value(app, 'tasks:progress', {})).running).toEqual([]);
  });
});
