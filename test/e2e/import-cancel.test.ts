/**
 * The Excel import's progress and Cancel button, in Chromium: while a large
 * workbook is read in main's worker the screen shows how far it has come
 * (the bar rises, the other screens' calls are still answered), and Cancel
 * stops it: the screen says nothing was imported and the register file is
 * byte for byte as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigRegisterTable } from '../helpers/big-workbook.ts';
import { fileHash } from '../helpers/temp.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { demoRegister } from './helpers/registers.ts';
import { openFromNav } from './helpers/screens.ts';
import { chooseWorkspaceFile } from './helpers/workspace.ts';

let session: EditorSession;
let register: string;

beforeAll(async () => {
  const folder = workspaceDir();
  register = await demoRegister(folder);
  // Long enough to read that the user has time to press Cancel (several seconds here).
  writeFileSync(join(folder, 'liela-tabula.xlsx'), bigRegisterTable(60_000));
  session = await openEditor({ db: register, workspace: folder });
  await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the Excel import’s progress and Cancel', () => {
  it('shows the read rising and Cancel stops it, the register unchanged', async () => {
    const { page } = session;
    const before = fileHash(register);
    const activities = await serverValue(session, 'activities:list', {});
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Importēt no Excel…' }).click();
    await page.getByRole('button', { name: 'Izvēlēties darbgrāmatu…' }).click();
    await chooseWorkspaceFile(page, 'liela-tabula.xlsx');
    const panel = page.getByTestId('import-progress');
    const bar = panel.getByRole('progressbar', { name: 'Darbgrāmatas apstrāde' });
    await panel.getByText(/^Nolasa šūnas: [\d\s ]+ no 480\s?008 \([\d\s ]+ rindas\)$/).waitFor({ timeout: 60_000 });
    const values: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      values.push(Number(await bar.getAttribute('value')));
      await page.waitForTimeout(300);
    }
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBeGreaterThan(values[0] as number);
    expect(values.at(-1)).toBeLessThan(100);
    await panel.getByRole('button', { name: 'Atcelt' }).click();
    await page.getByTestId('import-cancelled').waitFor();
    expect(await page.getByTestId('import-cancelled').textContent()).toBe('Atcelts. Nekas netika importēts, un reģistrs nav mainīts.');
    expect(await panel.count()).toBe(0);
    expect(await page.getByTestId('import-refused').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importēt', exact: true }).count()).toBe(0);
    expect((await serverValue(session, 'import:xlsxProgress', {})).running).toBe(false);
    expect(await serverValue(session, 'activities:list', {})).toEqual(activities);
    expect(fileHash(register)).toBe(before);
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
