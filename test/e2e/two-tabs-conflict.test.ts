/**
 * Two browser tabs in browser mode edit the same record (what two team
 * members, or two windows, do): the first saves; the second's save is
 * refused with CONFLICT. The second tab keeps what its user typed and offers
 * Reload (discard mine, load theirs) and Compare (mine and theirs side by
 * side, with "keep mine", which saves on the newer revision). The activity
 * form and the record editor (a processor) alike.
 */
import type { Page } from 'playwright-core';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openActivity, openFromNav, settle, tableRows } from './helpers/screens.ts';

const session = useDemoEditor();
/** The second tab: the same server and register, its own page. */
let other: Page;

beforeAll(async () => {
  other = await session().page.context().newPage();
  other.setDefaultTimeout(15_000);
  await other.goto(session().web.url);
  await other.getByRole('heading', { level: 1 }).first().waitFor();
});
afterAll(() => other?.close());

async function activityId(number: string): Promise<string> {
  return (await serverValue(session(), 'activities:list', {})).find((a) => a.number === number)!.id;
}

const nameField = (page: Page) => page.getByLabel('Apstrādes darbības nosaukums');
const save = (page: Page) => page.getByRole('button', { name: 'Saglabāt', exact: true }).click();

describe('two tabs editing one record', () => {
  it('activity: the stale save keeps the input; Compare shows mine and theirs; keeping mine saves it on the new revision', async () => {
    const { page } = session();
    const id = await activityId('PD-03');
    const before = await serverValue(session(), 'activities:get', { id });
    await openActivity(page, 'PD-03');
    await openActivity(other, 'PD-03');

    // The second tab's user is typing while the first saves (an untouched form would simply show the newer version).
    await nameField(other).fill('Otrās cilnes nosaukums');
    await nameField(page).fill('Pirmās cilnes nosaukums');
    await save(page);
    await page.getByText('Izmaiņas saglabātas.').waitFor();
    await save(other);
    const panel = other.getByTestId('conflict-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/Šo ierakstu \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} mainīja E2E tests/);
    expect(await panel.textContent()).toContain('Jūsu ievadītais nav zaudēts');
    expect(await nameField(other).inputValue()).toBe('Otrās cilnes nosaukums');
    expect(await serverValue(session(), 'activities:get', { id })).toMatchObject({ name: 'Pirmās cilnes nosaukums', revision: before.revision + 1 });

    await panel.getByRole('button', { name: 'Salīdzināt' }).click();
    const compare = other.getByRole('dialog', { name: 'Manas izmaiņas un saglabātā versija' });
    const rows = compare.getByTestId('conflict-compare').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual(['Apstrādes darbības nosaukumsOtrās cilnes nosaukumsPirmās cilnes nosaukums']);
    await compare.getByRole('button', { name: 'Saglabāt manējo' }).click();
    await other.getByText('Izmaiņas saglabātas.').waitFor();
    expect(await other.getByTestId('conflict-panel').count()).toBe(0);
    expect(await serverValue(session(), 'activities:get', { id })).toMatchObject({ name: 'Otrās cilnes nosaukums', revision: before.revision + 2 });
  });

  it('activity: Reload discards the stale input and shows what the other tab saved', async () => {
    const { page } = session();
    const id = await activityId('PD-04');
    await openActivity(page, 'PD-04');
    await openActivity(other, 'PD-04');
    await nameField(other).fill('Novecojis labojums');
    await nameField(page).fill('Saglabāts pirmajā cilnē');
    await save(page);
    await page.getByText('Izmaiņas saglabātas.').waitFor();
    await save(other);
    await other.getByTestId('conflict-panel').getByRole('button', { name: 'Ielādēt no jauna' }).click();
    await other.getByTestId('conflict-panel').waitFor({ state: 'detached' });
    expect(await nameField(other).inputValue()).toBe('Saglabāts pirmajā cilnē');
    expect((await serverValue(session(), 'activities:get', { id })).name).toBe('Saglabāts pirmajā cilnē');
  });

  it('processor (the record editor): the stale save is refused, the input stays, Reload and Compare work the same', async () => {
    const { page } = session();
    const [processor] = await serverValue(session(), 'processors:list', {});
    for (const tab of [page, other]) {
      await openFromNav(tab, 'Apstrādātāji un saņēmēji');
      await tableRows(tab, 'processors-table').filter({ hasText: processor!.name }).first().click();
      await tab.getByRole('heading', { level: 1, name: processor!.name }).waitFor();
      await settle(tab);
    }
    await other.getByLabel('Pakalpojums').fill('Otrās cilnes pakalpojums');
    await page.getByLabel('Pakalpojums').fill('Pirmās cilnes pakalpojums');
    await save(page);
    await page.getByText('Izmaiņas saglabātas.').waitFor();
    await save(other);
    const panel = other.getByTestId('conflict-panel');
    await panel.waitFor();
    expect(await other.getByLabel('Pakalpojums').inputValue()).toBe('Otrās cilnes pakalpojums');
    await panel.getByRole('button', { name: 'Salīdzināt' }).click();
    const compare = other.getByRole('dialog', { name: 'Manas izmaiņas un saglabātā versija' });
    await compare.getByTestId('conflict-compare').waitFor();
    expect(await compare.getByTestId('conflict-compare').locator('tbody tr').allTextContents()).toEqual(['PakalpojumsOtrās cilnes pakalpojumsPirmās cilnes pakalpojums']);
    await compare.getByRole('button', { name: 'Ņemt saglabāto' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await other.getByLabel('Pakalpojums').inputValue()).toBe('Pirmās cilnes pakalpojums');
    expect((await serverValue(session(), 'processors:get', { id: processor!.id })).service).toBe('Pirmās cilnes pakalpojums');
  });
});
