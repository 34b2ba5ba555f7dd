/**
 * A long call's progress and Cancel in the window (issue 12), in Chromium:
 * the PDF report of a register of 3,000 activities takes long to lay out;
 * the shell's panel shows the stage from `tasks:progress`, Cancel (pressed
 * from the keyboard) sends `tasks:cancel`, the render worker is stopped,
 * and the window says the register was not changed, which it was not.
 * Then a write, through the register engine as `npm run web` runs it: the
 * replacing JSON import of the same 3,000 activities, cancelled while it
 * deletes, rolls back.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeRegister } from '../helpers/large-register.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { seriousViolations } from './helpers/axe.ts';
import { openFromNav } from './helpers/screens.ts';
import { chooseWorkspaceFile } from './helpers/workspace.ts';

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
    expect(await seriousViolations(page), 'the progress panel').toEqual([]);
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
    await page.getByLabel('Language', { exact: true }).selectOption('lv');
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});

describe('progress and Cancel of a write, through the register engine', () => {
  let engineSession: EditorSession;
  let engineFolder: string;

  beforeAll(async () => {
    engineFolder = workspaceDir();
    // As `npm run web` runs it: the server relays to the engine's worker, which does the import.
    engineSession = await openEditor({ db: await largeRegister(engineFolder, COUNT), workspace: engineFolder, engine: true });
    await engineSession.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await engineSession?.close();
    rmSync(engineFolder, { recursive: true, force: true });
  });

  it('shows a replacing JSON import’s deletions counted, and Cancel rolls it back', async () => {
    const { page } = engineSession;
    const exported = await serverValue(engineSession, 'export:json', {});
    const history = await serverValue(engineSession, 'history:verify', {});
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Importēt JSON…' }).click();
    await page.getByRole('dialog', { name: 'Importēt JSON apmaiņas failu' }).getByRole('button', { name: 'Izvēlēties failu un aizstāt saturu…' }).click();
    await chooseWorkspaceFile(page, exported.fileName);

    // Shown inside the import's modal dialog, where Cancel can be reached (the page behind it is inert).
    const panel = page.getByRole('dialog', { name: 'Importēt JSON apmaiņas failu' }).getByTestId('task-progress');
    await panel.getByText(/^Dzēš iepriekšējās apstrādes darbības: [\d\s ]+ no 3\s?000$/).waitFor({ timeout: 60_000 });
    await panel.getByRole('button', { name: 'Atcelt' }).click();
    await page.getByTestId('task-cancelled').getByText('Atcelts — reģistrs nav mainīts.').waitFor({ timeout: 30_000 });
    expect(await serverValue(engineSession, 'history:verify', {})).toEqual(history);
    expect(await serverValue(engineSession, 'activities:list', {})).toHaveLength(COUNT);
    expect(engineSession.pageErrors).toEqual([]);
  }, 180_000);
});
