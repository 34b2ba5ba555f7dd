/**
 * Other people's changes appear within seconds (issue 20), in browser mode:
 * a change saved by another session of the same register (another tab, a
 * team member; here a call straight to the server) shows in the list and in
 * an untouched open form without reloading the page; a form with unsaved
 * input keeps it and says who changed the record, offering Reload / Compare.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openActivity, openFromNav, settle, tableRows } from './helpers/screens.ts';

const session = useDemoEditor();

/** Saves `change` to the activity numbered `number` as another session would. */
async function changeElsewhere(number: string, change: Record<string, unknown>): Promise<void> {
  const summary = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === number)!;
  const stored = await serverValue(session(), 'activities:get', { id: summary.id });
  await serverValue(session(), 'activities:save', { ...stored, ...change });
}

const nameField = (page: Page) => page.getByLabel('Apstrādes darbības nosaukums');
/** "Within seconds": the window asks every 2 s; allow for a loaded machine. */
const SECONDS = { timeout: 8000 };

describe('changes saved elsewhere', () => {
  it('appear in the activity list without a reload', async () => {
    const { page } = session();
    await openFromNav(page, 'Apstrādes darbības');
    await tableRows(page, 'activities-table').first().waitFor();
    await changeElsewhere('PD-02', { name: 'Darbinieku atlase (mainīts citur)' });
    await tableRows(page, 'activities-table').filter({ hasText: 'Darbinieku atlase (mainīts citur)' }).waitFor(SECONDS);
  });

  it('replace an untouched open form with the newer version', async () => {
    const { page } = session();
    await openActivity(page, 'PD-05');
    await changeElsewhere('PD-05', { name: 'Jaunais nosaukums no citas cilnes' });
    await expect.poll(() => nameField(page).inputValue(), SECONDS).toBe('Jaunais nosaukums no citas cilnes');
    expect(await page.getByTestId('conflict-panel').count()).toBe(0);
  });

  it('never replace unsaved input: the form says who changed the record, and Compare shows both', async () => {
    const { page } = session();
    await openActivity(page, 'PD-06');
    await nameField(page).fill('Mans nesaglabātais nosaukums');
    await changeElsewhere('PD-06', { name: 'Citas cilnes nosaukums' });
    const panel = page.getByTestId('conflict-panel');
    await panel.waitFor(SECONDS);
    expect(await panel.textContent()).toMatch(/Šo ierakstu \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} mainīja E2E tests/);
    expect(await nameField(page).inputValue()).toBe('Mans nesaglabātais nosaukums');
    await panel.getByRole('button', { name: 'Salīdzināt' }).click();
    const rows = page.getByTestId('conflict-compare').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual(['Apstrādes darbības nosaukumsMans nesaglabātais nosaukumsCitas cilnes nosaukums']);
    await page.getByRole('dialog').getByRole('button', { name: 'Saglabāt manējo' }).click();
    await page.getByText('Izmaiņas saglabātas.').waitFor();
    const id = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === 'PD-06')!.id;
    expect((await serverValue(session(), 'activities:get', { id })).name).toBe('Mans nesaglabātais nosaukums');
  });

  it('the record editor (a processor) keeps unsaved input the same way', async () => {
    const { page } = session();
    const [processor] = await serverValue(session(), 'processors:list', {});
    await openFromNav(page, 'Apstrādātāji un saņēmēji');
    await tableRows(page, 'processors-table').filter({ hasText: processor!.name }).first().click();
    await page.getByRole('heading', { level: 1, name: processor!.name }).waitFor();
    await settle(page);
    await page.getByLabel('Pakalpojums').fill('Mans pakalpojums');
    const stored = await serverValue(session(), 'processors:get', { id: processor!.id });
    const { id, revision, createdAt: _c, updatedAt: _u, usedBy: _b, ...fields } = stored as typeof stored & { usedBy?: number };
    await serverValue(session(), 'processors:save', { ...fields, id, revision, service: 'Cits pakalpojums' } as never);
    const panel = page.getByTestId('conflict-panel');
    await panel.waitFor(SECONDS);
    expect(await panel.textContent()).toContain('mainīja E2E tests');
    expect(await page.getByLabel('Pakalpojums').inputValue()).toBe('Mans pakalpojums');
    await panel.getByRole('button', { name: 'Ielādēt no jauna' }).click();
    await expect.poll(() => page.getByLabel('Pakalpojums').inputValue(), SECONDS).toBe('Cits pakalpojums');
  });
});
