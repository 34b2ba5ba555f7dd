/** Moving around the editor as a user does, and waiting for what they would wait for. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './browser.ts';

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** Clicks a main navigation entry by its visible name and waits for the screen's heading. */
export async function openFromNav(page: Page, name: string, heading: string | RegExp = name): Promise<void> {
  await page.getByRole('navigation', { name: /Galvenā navigācija|Main navigation/ }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The visible rows of a data table (virtualised: only those rendered). */
export function tableRows(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"] tbody tr.data-row`);
}

/** Waits until no "Ielādē…"/"Loading…" text is shown, no list is still receiving rows, and fonts settled. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.body.innerText.includes('Ielādē…') && !document.body.innerText.includes('Loading…') && !document.querySelector('[aria-busy="true"]'),
  );
  await page.evaluate(() => document.fonts.ready);
}

/** Saves a screenshot of the window as docs/screenshots/NAME.png (overwritten every run). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(page);
  // No caret or focus ring in the pictures; they are the same run to run.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Passing notices ("Izmaiņas saglabātas.") are not part of the screen.
    const notices = document.querySelector<HTMLElement>('.notices');
    if (notices) notices.style.visibility = 'hidden';
  });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), caret: 'hide', animations: 'disabled' });
  await page.evaluate(() => document.querySelector<HTMLElement>('.notices')?.style.removeProperty('visibility'));
}

/** Scrolls a section of the activity editor to the top of the window. */
export async function showSection(page: Page, section: string): Promise<void> {
  await page.locator(`#sec-${section}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(100);
}

/** Opens an activity from the list by its number (searched, so it need not be rendered yet). */
export async function openActivity(page: Page, number: string): Promise<void> {
  await openFromNav(page, 'Apstrādes darbības');
  await page.getByLabel('Meklēt visā tekstā').fill(number);
  await page.getByText(/^Rādītas 1 no /).waitFor();
  await tableRows(page, 'activities-table').filter({ hasText: number }).first().click();
  await page.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
  await settle(page);
}
