/**
 * A long call's progress and Cancel in the window (issue 12), in Chromium:
 * the PDF report of a register of 3,000 activities takes long to lay out;
 * the shell's panel shows the stage from `tasks:progress`, Cancel (pressed
 * from the keyboard) sends `tasks:cancel`, the render worker is stopped,
 * and the window says the register was not changed, which it was not.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeRegister } from '../helpers/large-register.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { openFromNav } from './helpers/screens.ts';

const COUNT = 3000;
let session: EditorSession;
let folder: string;

beforeAll(async () => {
  folder = workspaceDir();
  session = await openEditor({ db: await largeRegister(folder, COUNT), workspace: folder });
  await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('progress and Cancel of a long call', () => {
  it('shows the PDF report’s progress, and Cancel stops it with a notice; the register is unchanged', async () => {
    const { page } = session;
    const history = await serverValue(session, 'history:verify', {});
    await openFromNav(page, 'Audita atskaite');
    await page.getByRole('button', { name: 'Sagatavot atskaiti' }).click();

    const panel = page.getByTestId('task-progress');
    await panel.getByRole('status').getByText('Veido PDF pārskatu…').waitFor({ timeout: 60_000 });
    await panel.getByRole('progressbar', { name: 'Darbības gaita' }).waitFor();
    expect((await serverValue(session, 'tasks:progress', {})).running).toEqual([expect.objectContaining({ channel: 'report:pdf', progress: { stage: 'rendering', done: 0, total: null } })]);

    // Cancel from the keyboard.
    const cancel = panel.getByRole('button', { name: 'Atcelt' });
    await cancel.focus();
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('task-cancelled');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('Atcelts — reģistrs nav mainīts.');
    expect(await panel.count()).toBe(0);
    expect(await page.locator('iframe').count()).toBe(0);
    expect((await serverValue(session, 'tasks:progress', {})).running).toEqual([]);
    expect(await serverValue(session, 'history:verify', {})).toEqual(history);
    expect(await serverValue(session, 'activities:list', {})).toHaveLength(COUNT);

    // In English too, and the notice goes when dismissed.
    await page.getByLabel('Valoda', { exact: true }).selectOption('en');
    await page.getByTestId('task-cancelled').getByText('Cancelled — the register was not changed.').waitFor();
    await page.getByTestId('task-cancelled').getByRole('button', { name: 'Close' }).click();
    expect(await page.getByTestId('task-cancelled').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
