/**
 * The privacy notice screen in Chromium against the real handlers: the DPO
 * previews the customers' notice of the demo register, sees what is missing
 * with links to the fields, adds an introduction of their own, saves the
 * notice as HTML (browser mode's workspace stands in for the save dialog),
 * and after a change to the register the overview says the notice is out of
 * date. The screen passes axe-core. Screenshots for docs/privacy-notice.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { fixedDemoRegister } from '../helpers/demo-report.ts';
import { seriousViolations } from './helpers/axe.ts';
import { openEditor, serverValue, type EditorSession } from './helpers/browser.ts';
import { openFromNav, screenshot, settle } from './helpers/screens.ts';

let session: EditorSession;

beforeAll(async () => {
  session = await openEditor({ db: await fixedDemoRegister() });
});
afterAll(async () => {
  await session?.close();
});

describe('privacy notice screen', () => {
  it('previews, lists what is missing with links, keeps the DPO’s paragraph, saves and reports the notice out of date', async () => {
    const { page } = session;
    await openFromNav(page, 'Privātuma paziņojums');
    await page.getByLabel('Organizācija').selectOption({ label: DEMO_ORGANISATION_NAME });
    await page.getByRole('button', { name: 'Priekšskatīt' }).click();
    const preview = page.getByTestId('notice-preview');
    await preview.waitFor();
    await expect.poll(() => preview.textContent()).toContain('Šī informācija ir paredzēta: klienti (fiziskas personas).');
    const missing = page.getByTestId('notice-missing');
    await expect.poll(() => missing.getByRole('heading').textContent()).toBe('Kas reģistrā vēl trūkst (2)');
    await expect.poll(() => missing.getByTestId('finding').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notice-missing');

    // The DPO's introduction, placed first, survives saving and regeneration.
    await page.getByRole('button', { name: 'Pievienot rindkopu' }).click();
    await page.getByLabel('Virsraksts latviski').fill('Ievads');
    await page.getByLabel('Teksts latviski').fill('Mēs rūpējamies par jūsu privātumu.');
    await page.getByRole('button', { name: 'Saglabāt iestatījumus' }).click();
    await expect.poll(() => preview.locator('section').first().textContent()).toBe('IevadsMēs rūpējamies par jūsu privātumu.');
    await page.getByRole('heading', { level: 2, name: 'Priekšskatījums' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'notice-preview');

    await page.getByRole('button', { name: 'Saglabāt HTML' }).click();
    await expect.poll(() => readdirSync(session.workspace).filter((f) => f.endsWith('.html'))).toHaveLength(1);
    const saved = readdirSync(session.workspace).find((f) => f.endsWith('.html')) as string;
    expect(readFileSync(join(session.workspace, saved), 'utf8')).toContain('Mēs rūpējamies par jūsu privātumu.');

    // A missing-element link opens the field to fix.
    await missing.getByTestId('finding').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /PD-10/ }).waitFor();

    // The register changes in a way the notice shows: the overview says so.
    const activities = await serverValue(session, 'activities:list', {});
    const pd08 = await serverValue(session, 'activities:get', { id: activities.find((a) => a.number === 'PD-08')!.id });
    await serverValue(session, 'activities:save', { ...pd08, purposes: pd08.purposes.map((p, i) => (i === 0 ? { ...p, description: 'Pasūtījumu izpilde' } : p)) });
    await openFromNav(page, 'Pārskats');
    await settle(page);
    const statuses = page.getByTestId('notice-statuses');
    await expect.poll(() => statuses.textContent()).toMatch(/Klienti \(fiziskas personas\) paziņojums \(\d\d\.\d\d\.\d{4}\) ir novecojis: izmaiņas reģistrā — 1\./);
    expect(session.pageErrors).toEqual([]);
  });
});
