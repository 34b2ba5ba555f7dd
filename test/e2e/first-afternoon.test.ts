/**
 * A DPO's first afternoon in a real browser (issue 14): the guided start
 * asks for the organisation before the register exists, the empty register's
 * overview says what to do first (never "no findings"), and the library
 * turns several templates into draft activities linked to retention rules
 * created once. An activity saved as an own template comes back in the
 * library. Axe checks each new screen; screenshots go to docs/screenshots.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../main/services/backups.ts';
import { seriousViolations } from './helpers/axe.ts';
import { serverValue } from './helpers/browser.ts';
import { editorPerFile } from './helpers/session.ts';
import { screenshot, settle, tableRows } from './helpers/screens.ts';

const file = editorPerFile();

async function axeClean(name: string): Promise<void> {
  expect(await seriousViolations(file.session.page), name).toEqual([]);
}

describe('the first afternoon, through the interface', () => {
  it('the guided start refuses a register without an organisation, then creates it with its details and first backup', async () => {
    const { page } = file.session;
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību reģistrs' }).waitFor();
    const form = page.getByTestId('new-register');
    await form.getByRole('button', { name: 'Jauns reģistrs…' }).click();
    await page.getByText('Norādiet organizācijas nosaukumu: reģistrs bez organizācijas netiek veidots.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(readdirSync(file.folder)).toEqual([]);

    await form.getByLabel('Organizācijas nosaukums').fill('SIA "Kokapstrāde Vidzemē"');
    await form.getByLabel('Reģistrācijas numurs').fill('40003987654');
    await form.getByLabel('Juridiskā adrese').fill('Cēsis, Rīgas iela 5, LV-4101');
    await form.getByLabel('E-pasts', { exact: true }).fill('birojs@kokapstrade.lv');
    await form.getByLabel('Datu aizsardzības speciālists').fill('Ilze Bērziņa');
    await form.getByLabel('Speciālista e-pasts').fill('dpo@kokapstrade.lv');
    await axeClean('guided start');
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'new-register');
    await form.getByRole('button', { name: 'Jauns reģistrs…' }).click();

    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    const path = file.session.app.session!.path;
    expect(path.endsWith('SIA Kokapstrāde Vidzemē.ropa')).toBe(true);
    expect(listBackups(path)).toHaveLength(1);
    const [organisation] = await serverValue(file.session, 'organisations:list', {});
    expect(organisation).toMatchObject({ name: 'SIA "Kokapstrāde Vidzemē"', regNo: '40003987654', dpoName: 'Ilze Bērziņa', dpoEmail: 'dpo@kokapstrade.lv' });

    // An empty register: what to do first, not "no findings".
    const steps = page.getByTestId('first-steps');
    await steps.waitFor();
    expect(await steps.textContent()).toContain('Pievienojiet apstrādes darbības');
    expect(await steps.textContent()).not.toContain('Pievienojiet organizāciju');
    await settle(page);
    expect(await page.getByTestId('findings-panel').count()).toBe(0);
    expect(await page.getByText('Atradumu nav').count()).toBe(0);
    await axeClean('overview of an empty register');
    await screenshot(page, 'first-steps');
  });

  it('the library: search, area, preview, several picked become drafts linked to rules created once', async () => {
    const { page } = file.session;
    await page.getByTestId('first-steps').getByRole('button', { name: 'Pievienot no bibliotēkas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību bibliotēka' }).waitFor();
    await settle(page);
    const list = page.getByTestId('template-list');
    const total = await list.locator('li').count();
    expect(total).toBeGreaterThanOrEqual(30);

    await page.getByLabel('Joma').selectOption({ label: 'Personāls' });
    const personnel = await list.locator('li').count();
    expect(personnel).toBeGreaterThan(3);
    expect(personnel).toBeLessThan(total);
    await page.getByLabel('Personāla lietvedība', { exact: true }).check();
    await page.getByLabel('Joma').selectOption({ label: 'Visas jomas' });
    await page.getByLabel('Meklēt paraugos').fill('videonoverosana');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await page.getByRole('button', { name: 'Apskatīt: Videonovērošana' }).click();
    const preview = page.getByTestId('template-preview');
    await preview.waitFor();
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain('30 dienas');
    expect(previewText).toContain('Sistemātiska uzraudzība');
    await page.getByLabel('Videonovērošana', { exact: true }).check();

    // The accounting template: its rule cites the Latvian law to the article.
    await page.getByLabel('Meklēt paraugos').fill('gramatvedib');
    await list.locator('li').first().waitFor();
    const accounting = list.locator('li').filter({ hasText: 'Grāmatvedība un rēķinu izrakstīšana' });
    await accounting.getByRole('button', { name: /^Apskatīt/ }).click();
    await expect.poll(async () => (await preview.textContent()) ?? '').toContain('Avots: Grāmatvedības likums, 28. pants');
    await accounting.getByRole('checkbox').check();
    await page.getByLabel('Meklēt paraugos').fill('');
    await expect.poll(() => page.getByRole('heading', { name: 'Izvēlēti 3 paraugi' }).count()).toBe(1);
    expect(await page.getByLabel('Organizācija (pārzinis vai apstrādātājs)').inputValue()).not.toBe('');
    await axeClean('library');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'library');

    await page.getByRole('button', { name: 'Izveidot melnrakstus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbības' }).waitFor();
    await expect.poll(() => tableRows(page, 'activities-table').count()).toBe(3);
    const activities = await serverValue(file.session, 'activities:list', {});
    expect(activities.map((activity) => activity.status)).toEqual(['draft', 'draft', 'draft']);
    const rules = await serverValue(file.session, 'retentionRules:list', {});
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    expect(rules.find((rule) => rule.legalSource === 'Grāmatvedības likums')).toBeDefined();
    expect(file.session.pageErrors).toEqual([]);
  });

  it('an activity saved as an own template is offered by the library, in English too', async () => {
    const { page } = file.session;
    await tableRows(page, 'activities-table').filter({ hasText: 'Videonovērošana' }).click();
    await page.getByRole('button', { name: 'Saglabāt kā savu paraugu' }).click();
    await page.getByText(/saglabāta kā paraugs own-/).waitFor();
    await page.evaluate(() => localStorage.setItem('ropa.language', 'en'));
    await page.goto('about:blank');
    await page.goto(`${file.session.web.url.split('?')[0]}#/library`);
    await page.getByRole('heading', { level: 1, name: 'Library of processing activities' }).waitFor();
    await page.getByLabel('Search the templates').fill('own-');
    await expect.poll(() => page.getByTestId('template-list').locator('li').count()).toBe(1);
    await page.getByRole('button', { name: 'Export my templates' }).click();
    await page.getByText(/Exported 1 template: /).waitFor();
    expect(readdirSync(file.folder).some((name) => name.endsWith('-paraugi.json'))).toBe(true);
    await axeClean('library in English');
    await page.evaluate(() => localStorage.setItem('ropa.language', 'lv'));
    expect(existsSync(file.session.app.session!.path)).toBe(true);
    expect(file.session.pageErrors).toEqual([]);
  });
});
