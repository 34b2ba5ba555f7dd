/**
 * Browser mode behaves like a browser app (issue 14), in Chromium: opening a
 * register is a choice from the workspace's files (names, dates, sizes),
 * never "the newest file"; a template set is imported by uploading it from
 * outside the workspace; an export arrives as a browser download with its
 * file name. The file choice passes axe.
 */
import { readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRegister } from '../../main/services/register-files.ts';
import { seriousViolations } from './helpers/axe.ts';
import { serverValue, workspaceDir } from './helpers/browser.ts';
import { editorPerFile } from './helpers/session.ts';
import { e2eClock } from './helpers/clock.ts';
import { demoRegister } from './helpers/registers.ts';
import { openFromNav, screenshot } from './helpers/screens.ts';
import { chooseWorkspaceFile } from './helpers/workspace.ts';

// Two registers: the demo (older) and an empty one changed later, so "newest" would be the wrong one.
const file = editorPerFile(async (folder) => {
  const demo = await demoRegister(folder, 'Demo reģistrs.ropa');
  utimesSync(demo, new Date('2026-10-01T09:00:00Z'), new Date('2026-10-01T09:00:00Z'));
  const newer = await createRegister(join(folder, 'Jaunākais.ropa'), { now: e2eClock(), organisationName: 'SIA Jaunākais' });
  await newer.close();
});
/** Where the DPO keeps files outside the workspace (a consultant's template set). */
const outside = workspaceDir();
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('browser mode files, in Chromium', () => {
  it('opens the register chosen from the workspace list, not the newest', async () => {
    const { page } = file.session;
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību reģistrs' }).waitFor();
    await page.getByRole('button', { name: 'Atvērt reģistru…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Izvēlieties failu (.ropa)' });
    await dialog.waitFor();
    const rows = dialog.getByTestId('workspace-files').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('Jaunākais.ropa');
    const demoRow = await rows.nth(1).locator('td').allTextContents();
    expect(demoRow[0]).toBe('Demo reģistrs.ropa');
    expect(demoRow[1]).toMatch(/^01\.10\.2026 \d{2}:\d{2}$/);
    expect(demoRow[2]).toMatch(/^\d+ KB$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'browser-file-choice');
    await chooseWorkspaceFile(page, 'Demo reģistrs.ropa');
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    expect(file.session.app.session?.path).toBe(join(file.folder, 'Demo reģistrs.ropa'));
  });

  it('exports a template set as a download with its name, and imports one by upload', async () => {
    const { page } = file.session;
    const [activity] = await serverValue(file.session, 'activities:list', {});
    await serverValue(file.session, 'templates:saveActivity', { activityId: activity!.id });
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByRole('button', { name: 'Pievienot no bibliotēkas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību bibliotēka' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportēt savus paraugus' }).click()]);
    expect(download.suggestedFilename()).toBe('Demo reģistrs-paraugi.json');
    const carried = join(outside, 'konsultanta-paraugi.json');
    await download.saveAs(carried);
    expect(readFileSync(carried, 'utf8')).toContain('"format": "ropa-template-set"');

    // Another client's register: the set comes in by upload, from outside the workspace.
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Atvērt reģistru…' }).click();
    await chooseWorkspaceFile(page, 'Jaunākais.ropa');
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    await page.goto(`${file.session.web.url.split('?')[0]}#/library`);
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību bibliotēka' }).waitFor();
    await page.getByRole('button', { name: 'Importēt paraugu kopu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Izvēlieties failu (.json)' });
    await dialog.getByLabel('Augšupielādēt failu no datora').setInputFiles(carried);
    await page.getByText('Importēts 1 paraugs.').waitFor();
    expect(readFileSync(join(file.folder, 'konsultanta-paraugi.json'), 'utf8')).toBe(readFileSync(carried, 'utf8'));
    const own = (await serverValue(file.session, 'templates:list', {})).filter((template) => template.origin === 'own');
    expect(own.map((template) => template.name)).toEqual([activity!.name]);
    expect(file.session.pageErrors).toEqual([]);
  });
});
