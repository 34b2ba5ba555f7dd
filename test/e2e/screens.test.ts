/**
 * Every main screen on the demo register, in Latvian (and one in English):
 * axe-core finds no serious or critical violation, and a screenshot of each
 * goes to docs/screenshots/ for the README and the user guide.
 */
import { describe, expect, it } from 'vitest';
import { useDemoEditor } from './helpers/demo-session.ts';
import { seriousViolations } from './helpers/axe.ts';
import { openFromNav, screenshot, settle, showSection, tableRows } from './helpers/screens.ts';

const session = useDemoEditor();

/** Checks the screen with axe and saves its picture. */
async function check(name: string): Promise<void> {
  await settle(session().page);
  expect(await seriousViolations(session().page), name).toEqual([]);
  await screenshot(session().page, name);
}

describe('main screens on the demo register', () => {
  it('overview, activities and the activity editor', async () => {
    const { page } = session();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    await expect.poll(() => page.locator('.stat-value').first().textContent()).toBe('18');
    await check('overview');

    await openFromNav(page, 'Apstrādes darbības');
    await expect.poll(() => tableRows(page, 'activities-table').count()).toBe(18);
    await check('activities');

    // The library of processing activities, with a template previewed (axe only: its picture is library.png).
    await page.getByRole('button', { name: 'Pievienot no bibliotēkas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību bibliotēka' }).waitFor();
    await page.getByRole('button', { name: 'Apskatīt: Videonovērošana' }).click();
    await page.getByTestId('template-preview').waitFor();
    await settle(page);
    expect(await seriousViolations(page), 'library').toEqual([]);
    await openFromNav(page, 'Apstrādes darbības');

    await tableRows(page, 'activities-table').filter({ hasText: 'PD-09' }).click();
    await page.getByRole('heading', { level: 1, name: /PD-09/ }).waitFor();
    await check('activity-identification');
    for (const section of ['purposes', 'data', 'recipients', 'transfers', 'retention', 'dpia']) {
      await showSection(page, section);
      await screenshot(page, `activity-${section}`);
    }
    // The US transfer is shown with its (partial) adequacy decision.
    expect(await page.locator('#sec-transfers .adequacy-note').first().textContent()).toContain('par aizsardzības līmeņa pietiekamību attiecas tikai');
  });

  it('processors, retention rules, organisations and catalogues', async () => {
    const { page } = session();
    await openFromNav(page, 'Apstrādātāji un saņēmēji');
    await expect.poll(() => tableRows(page, 'processors-table').count()).toBeGreaterThan(5);
    await check('processors');
    await tableRows(page, 'processors-table').first().click();
    await page.getByRole('heading', { level: 2, name: 'Kur izmantots' }).waitFor();
    await check('processor-editor');
    await page.getByRole('button', { name: 'Dzēst', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await check('processor-delete');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await openFromNav(page, 'Glabāšanas noteikumi');
    await expect.poll(() => tableRows(page, 'retention-table').count()).toBeGreaterThan(5);
    await check('retention-rules');
    await tableRows(page, 'retention-table').first().click();
    await page.getByRole('heading', { level: 2, name: 'Kur izmantots' }).waitFor();
    await check('retention-rule-editor');

    await openFromNav(page, 'Organizācijas');
    await expect.poll(() => tableRows(page, 'organisations-table').count()).toBe(2);
    await check('organisations');
    await tableRows(page, 'organisations-table').first().click();
    await page.getByRole('heading', { level: 3, name: 'Datu aizsardzības speciālists' }).waitFor();
    await check('organisation-editor');

    await openFromNav(page, 'Katalogi');
    await expect.poll(() => tableRows(page, 'catalogue-table').count()).toBeGreaterThan(10);
    await check('catalogues');
    await page.getByRole('button', { name: 'Valstis un starptautiskas organizācijas' }).click();
    await page.getByLabel('Atlasīt pēc nosaukuma').fill('japana');
    await expect.poll(() => tableRows(page, 'catalogue-table').count()).toBe(1);
    await tableRows(page, 'catalogue-table').filter({ hasText: 'Japāna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Japāna' }).waitFor();
    await check('catalogue-entry');
  });

  it('history of an edit, register files and the first screen without a register', async () => {
    const { page } = session();
    await openFromNav(page, 'Apstrādes darbības');
    await tableRows(page, 'activities-table').filter({ hasText: 'PD-01' }).click();
    await page.getByLabel('Atbildīgā persona').fill('Anna Kalniņa, personāla vadītāja');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    await openFromNav(page, 'Izmaiņu vēsture');
    const first = page.getByTestId('history-item').first();
    await first.getByRole('button', { name: /Rādīt izmaiņas/ }).click();
    await expect.poll(() => first.locator('.diff-after').allTextContents()).toContain('Anna Kalniņa, personāla vadītāja');
    await check('history');

    await openFromNav(page, 'Reģistra faili');
    await check('register-files');

    await page.getByLabel('Valoda').selectOption('en');
    await openFromNav(page, 'Processing activities');
    await tableRows(page, 'activities-table').filter({ hasText: 'PD-08' }).click();
    await page.getByRole('heading', { level: 1, name: /PD-08/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await check('activity-en');
    await page.getByLabel('Language').selectOption('lv');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('lv');

    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Aizvērt reģistru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību reģistrs' }).waitFor();
    await check('home');
    expect(session().pageErrors).toEqual([]);
  });
});
