/**
 * 5,000 activities: the list renders only the rows in view (virtualised),
 * scrolling brings later rows in, and sorting and filtering act on all of
 * them. No timing is asserted; the DOM size is what keeps it smooth.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeNumber, largeRegister } from '../helpers/large-register.ts';
import { openEditor, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { openFromNav, tableRows } from './helpers/screens.ts';

const COUNT = 5000;
let session: EditorSession;
let folder: string;

beforeAll(async () => {
  folder = workspaceDir();
  session = await openEditor({ db: await largeRegister(folder, COUNT), workspace: folder });
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the activities list with 5,000 activities', () => {
  it('shows the first screenful before the whole list, in the order the whole list then keeps', async () => {
    const { page } = session;
    // What the list looks like the moment its first rows are in the page.
    await page.evaluate(() => {
      const w = window as unknown as { __firstSeen?: { numbers: string[]; busy: string | null; subtitle: string } };
      delete w.__firstSeen;
      new MutationObserver((_changes, observer) => {
        const cells = Array.from(document.querySelectorAll('[data-testid="activities-table"] tbody tr.data-row td:first-child'));
        if (cells.length === 0) return;
        observer.disconnect();
        w.__firstSeen = {
          numbers: cells.map((cell) => cell.textContent?.trim() ?? ''),
          busy: document.querySelector('[data-testid="activities-table"] table')?.getAttribute('aria-busy') ?? null,
          subtitle: document.querySelector('.page-subtitle')?.textContent ?? '',
        };
      }).observe(document.body, { childList: true, subtree: true });
    });
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByText(`Rādītas ${COUNT} no ${COUNT}`).waitFor();
    const first = await page.evaluate(() => (window as unknown as { __firstSeen?: { numbers: string[]; busy: string | null; subtitle: string } }).__firstSeen);
    // At first: the first 60 of 5,000 in the table's order, marked as still loading.
    expect(first?.busy).toBe('true');
    expect(first?.subtitle).toContain(`Rādītas pirmās 60 no ${COUNT}; ielādē pārējās…`);
    expect(first?.numbers.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map(largeNumber));
    // Then the whole list: the same rows on top, no longer busy.
    const table = page.locator('[data-testid="activities-table"] table');
    expect(await table.getAttribute('aria-busy')).toBeNull();
    const now = (await tableRows(page, 'activities-table').locator('td:first-child').allTextContents()).map((text) => text.trim());
    expect(now.slice(0, first!.numbers.length)).toEqual(first!.numbers.slice(0, now.length));
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps far fewer rows in the DOM than it lists, and scrolling shows later ones', async () => {
    const { page } = session;
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByText(`Rādītas ${COUNT} no ${COUNT}`).waitFor();
    const rows = tableRows(page, 'activities-table');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await rows.count()).toBeLessThan(80);
    expect(await rows.first().locator('td').first().textContent()).toBe(largeNumber(1));
    // The table tells assistive technology how many rows there are.
    expect(await page.locator('[data-testid="activities-table"] table').getAttribute('aria-rowcount')).toBe(String(COUNT + 1));

    // Scroll to the end: the last activity is rendered, the first is not, the DOM stays small.
    const scroller = page.getByTestId('activities-table');
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect.poll(() => rows.filter({ hasText: largeNumber(COUNT) }).count()).toBe(1);
    expect(await rows.filter({ hasText: largeNumber(1) }).count()).toBe(0);
    expect(await rows.count()).toBeLessThan(80);

    // Half way down by keyboard: End, then the row is focused and in view.
    await scroller.evaluate((element) => element.scrollTo(0, 0));
    await rows.first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('td')?.textContent)).toBe(largeNumber(COUNT));

    // Sorting and filtering act on all 5,000, not on the rendered rows.
    await page.getByRole('button', { name: 'Nr.' }).click();
    await expect.poll(() => rows.first().locator('td').first().textContent()).toBe(largeNumber(COUNT));
    await page.getByLabel('Nosūtīšana uz trešajām valstīm').selectOption('yes');
    await page.getByText(`Rādītas ${COUNT / 50} no ${COUNT}`).waitFor();
    await page.getByLabel('Nosūtīšana uz trešajām valstīm').selectOption('');
    await page.getByLabel('Meklēt visā tekstā').fill('susanas 4999');
    await expect.poll(async () => (await rows.locator('td:first-child').allTextContents())).toEqual([largeNumber(4999)]);
    expect(session.pageErrors).toEqual([]);
  });

  it('opens an activity without building the 4,999 choices of “replaced by” until that control is used', async () => {
    const { page } = session;
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByLabel('Meklēt visā tekstā').fill('susanas 4999');
    const rows = tableRows(page, 'activities-table');
    await expect.poll(async () => (await rows.locator('td:first-child').allTextContents())).toEqual([largeNumber(4999)]);
    await rows.first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#screen-title').filter({ hasText: largeNumber(4999) }).waitFor();
    // Every section is there (the later ones follow the first in a moment).
    await page.locator('#sec-notes').waitFor();

    const replacedBy = page.getByLabel('Aizstāta ar');
    expect(await replacedBy.locator('option').count()).toBe(1);
    await replacedBy.focus();
    // "None" and every other activity of the register.
    await expect.poll(() => replacedBy.locator('option').count()).toBe(COUNT);
    const first = await replacedBy.locator('option', { hasText: `${largeNumber(1)} ` }).getAttribute('value');
    await replacedBy.selectOption(first!);
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    // Saved, and shown again by its name without the list built.
    await expect.poll(() => replacedBy.locator('option:checked').textContent()).toContain(largeNumber(1));
    expect(session.pageErrors).toEqual([]);
  });
});
