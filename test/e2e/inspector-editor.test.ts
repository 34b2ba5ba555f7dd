/**
 * The editor's DPIA section shows, beside the ticked WP248 criteria, the ones
 * the record's own content shows, with what each was inferred from, and
 * updates them as the DPO types (docs/inspector-checks.md).
 */
import { describe, expect, it } from 'vitest';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openFromNav, screenshot, settle, showSection, tableRows } from './helpers/screens.ts';

const session = useDemoEditor();

describe('the inferred DPIA criteria in the editor', () => {
  it('lists what the CCTV record shows, adds "large scale" when the number of data subjects passes the threshold, and saves the number', async () => {
    const { page } = session();
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByLabel('Meklēt visā tekstā').fill('PD-11');
    await page.getByText(/^Rādītas 1 no /).waitFor();
    await tableRows(page, 'activities-table').filter({ hasText: 'PD-11' }).first().click();
    await page.getByRole('heading', { level: 1, name: /PD-11/ }).waitFor();
    await settle(page);
    await showSection(page, 'dpia');

    const inferred = page.locator('.dpia-inferred-list li');
    expect(await inferred.allTextContents()).toEqual([
      'Sistemātiska uzraudzība (secināts no: videonovērošana)',
      'Neaizsargāti datu subjekti (secināts no: darbinieki)',
    ]);
    const subjects = page.getByLabel('Aptuvenais datu subjektu skaits');
    expect(await subjects.inputValue()).toBe('1500');
    await subjects.fill('25000');
    await page.locator('.dpia-inferred-list li[data-criterion="large_scale"]').waitFor();
    expect(await page.locator('.dpia-inferred-list li[data-criterion="large_scale"]').textContent()).toBe(
      'Apstrāde plašā mērogā (secināts no: ~25000 datu subjekti, slieksnis 10000)',
    );
    expect(await page.locator('.dpia-count').textContent()).toMatch(/^Izpildīti 3 no 9/);
    await page.locator('.dpia-inferred').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'inspector-dpia');

    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByText('Izmaiņas saglabātas.').first().waitFor();
    const list = await serverValue(session(), 'activities:list', {});
    const id = list.find((a) => a.number === 'PD-11')!.id;
    expect((await serverValue(session(), 'activities:get', { id })).approxSubjects).toBe(25_000);
  });
});
