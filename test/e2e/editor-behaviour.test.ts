/**
 * What a DPO notices while working in the editor, on the demo register:
 * validation before saving, both languages, filters and search, history,
 * deleting what activities use, unsaved changes and the keyboard.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dialog } from 'playwright-core';
import { collator } from '../../shared/format.ts';
import { nextActivityNumber } from '../../shared/domain/activity-number.ts';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { E2E_TODAY } from './helpers/clock.ts';
import { openActivity as openActivityByNumber, openFromNav, tableRows } from './helpers/screens.ts';

const session = useDemoEditor();

beforeEach(async () => {
  // Every test starts from the overview in Latvian with no notice open.
  const { page } = session();
  // A form a failed test left with unsaved changes must not hold the next one.
  const leave = (dialog: Dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  page.on('dialog', leave);
  await page.goto('about:blank');
  await page.goto(`${session().web.url.split('?')[0]}#/overview`);
  await page.evaluate(() => {
    localStorage.setItem('ropa.language', 'lv');
    sessionStorage.removeItem('ropa.activityList');
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
  page.off('dialog', leave);
});

const rowNumbers = async () => (await tableRows(session().page, 'activities-table').locator('td:first-child').allTextContents()).map((text) => text.trim());

const openActivity = (number: string) => openActivityByNumber(session().page, number);

describe('the register editor in a browser', () => {
  it('shows validation errors next to the fields, in the interface language, and saves nothing until they are fixed', async () => {
    const { page } = session();
    const before = (await serverValue(session(), 'activities:list', {})).length;
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByRole('button', { name: 'Jauna apstrādes darbība' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jauna apstrādes darbība' }).waitFor();
    await page.getByLabel('Pārzinis (organizācija)').selectOption({ label: 'SIA "Ziemeļkurzemes Mēbeles"' });
    await page.getByLabel('Statuss', { exact: true }).selectOption('ended');
    await page.getByLabel('Nākamā pārskatīšana').fill('31.02.2027');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/Dati nav saglabāti: \d+ lauk/);
    const numberField = page.getByRole('textbox', { name: 'Nr.', exact: true });
    expect(await numberField.getAttribute('aria-invalid')).toBe('true');
    const numberError = page.locator(`#${await numberField.getAttribute('id')}-error`);
    expect(await numberError.textContent()).toBe('Obligāts lauks.');
    expect(await page.locator('#f-nextReviewOn-error').textContent()).toBe('Norādiet derīgu datumu (dd.mm.gggg).');
    expect((await serverValue(session(), 'activities:list', {})).length).toBe(before);

    // The same errors in English once the interface is.
    await page.getByLabel('Valoda').selectOption('en');
    await expect.poll(() => numberError.textContent()).toBe('This field is required.');
    expect(await page.locator('#f-nextReviewOn-error').textContent()).toBe('Enter a valid date (dd.mm.yyyy).');
    await page.getByLabel('Language').selectOption('lv');

    // Fixing one field clears its error; the rest still block saving.
    await numberField.fill('PD-01');
    await expect.poll(() => numberError.count()).toBe(0);
    await page.getByLabel('Apstrādes darbības nosaukums').fill('Klientu aptaujas');
    await page.getByLabel('Nākamā pārskatīšana').fill('01.03.2027');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    // Cross-field rule from the shared schema: an ended activity needs its end date.
    expect(await page.locator('#f-endedOn-error').textContent()).toBe('Izbeigtai apstrādes darbībai norādiet beigu datumu.');
    await page.getByLabel('Statuss', { exact: true }).selectOption('draft');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    // Main refuses the number PD-01, already used in this organisation: the error lands next to the field.
    await expect.poll(() => numberError.textContent()).toMatch(/PD-01.*Darbinieku personāla lietvedība/);
    expect((await serverValue(session(), 'activities:list', {})).length).toBe(before);

    await numberField.fill('PD-20');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'PD-20 Klientu aptaujas' }).waitFor();
    const saved = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === 'PD-20');
    expect(saved).toMatchObject({ name: 'Klientu aptaujas', status: 'draft', nextReviewOn: '2027-03-01' });
  });

  it('changes every label of a screen when the language is switched', async () => {
    const { page } = session();
    await openActivity('PD-08');
    const labels = () =>
      page.evaluate(() =>
        Array.from(
          document.querySelectorAll(
            '.app-nav a, main .page-actions button, main .section-nav a, main h2, main h3, main legend, main .field-label, main .field-checkbox > label, main .checkbox-list label, main thead th',
          ),
        ).map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
    const latvian = await labels();
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    await page.getByLabel('Valoda').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Identification and owner' }).waitFor();
    const english = await labels();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(latvian.length).toBeGreaterThan(80);
    expect(english.length).toBe(latvian.length);
    const unchanged = latvian.filter((text, index) => text === english[index]);
    expect(unchanged).toEqual([]);
    expect(english.filter((text) => /[āčēģīķļņšūž]/i.test(text))).toEqual([]);
    expect(latvian.filter((text) => /[āčēģīķļņšūž]/i.test(text)).length).toBeGreaterThan(40);
    await page.getByLabel('Language').selectOption('lv');
  });

  it('filters and searches the activities list, sorted in Latvian', async () => {
    const { page } = session();
    const summaries = await serverValue(session(), 'activities:list', {});
    const numbers = (rows: typeof summaries) => rows.map((row) => row.number).sort();
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByText(`Rādītas ${summaries.length} no ${summaries.length}`).waitFor();
    await expect.poll(rowNumbers).toHaveLength(summaries.length);

    const organisations = await serverValue(session(), 'organisations:list', {});
    const service = organisations.find((o) => o.name === 'SIA "ZKM Serviss"');
    const cases: Array<[label: string, value: string, expected: typeof summaries]> = [
      ['Statuss', 'ended', summaries.filter((s) => s.status === 'ended')],
      ['Ieraksta veids', 'processor', summaries.filter((s) => s.kind === 'processor')],
      ['Organizācija', service?.id ?? '', summaries.filter((s) => s.organisationId === service?.id)],
      ['Tiesiskais pamats', 'a', summaries.filter((s) => s.legalBasisPoints.includes('a'))],
      ['Īpašu kategoriju dati', 'special', summaries.filter((s) => s.hasSpecialData)],
      ['Nosūtīšana uz trešajām valstīm', 'yes', summaries.filter((s) => s.transferCountryIds.length > 0)],
      ['Pārskatīšana', 'overdue', summaries.filter((s) => s.nextReviewOn !== null && s.nextReviewOn < E2E_TODAY)],
    ];
    for (const [label, value, expected] of cases) {
      expect(expected.length, label).toBeGreaterThan(0);
      expect(expected.length, label).toBeLessThan(summaries.length);
      await page.getByLabel(label, { exact: true }).selectOption(value);
      await expect.poll(async () => (await rowNumbers()).sort(), { message: label }).toEqual(numbers(expected));
      expect(await page.getByText(`Rādītas ${expected.length} no ${summaries.length}`).count()).toBe(1);
      await page.getByLabel(label, { exact: true }).selectOption('');
    }

    // Search across all text: without diacritics, and by a linked processor's name.
    for (const query of ['sikdatnes', 'Clearmetrics', 'darba likums']) {
      const expected = (await serverValue(session(), 'activities:search', { query })).ids;
      const byId = new Map(summaries.map((s) => [s.id, s.number]));
      await page.getByLabel('Meklēt visā tekstā').fill(query);
      await expect.poll(async () => (await rowNumbers()).sort(), { message: query }).toEqual(expected.map((id) => byId.get(id)).sort());
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(summaries.length);
    }
    expect(await rowNumbers()).not.toContain('PD-06');
    await page.getByLabel('Meklēt visā tekstā').fill('sikdatnes');
    await expect.poll(rowNumbers).toContain('PD-09');
    // Search and a filter together.
    await page.getByLabel('Statuss', { exact: true }).selectOption('ended');
    await expect.poll(rowNumbers).toEqual([]);
    expect(await page.getByText('Neviena apstrādes darbība neatbilst meklēšanai un filtriem.').count()).toBe(1);
    await page.getByRole('button', { name: 'Notīrīt filtrus' }).click();
    await expect.poll(rowNumbers).toHaveLength(summaries.length);

    // Sorting by name follows Latvian collation (č after c, š after s...).
    await page.getByRole('button', { name: 'Nosaukums' }).click();
    const names = await tableRows(page, 'activities-table').locator('td:nth-child(2)').allTextContents();
    const shown = names.map((name) => name.replace(/Apstrādātājs$/, '').trim());
    expect(shown).toEqual([...shown].sort(collator('lv').compare));
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Nosaukums');
  });

  it('shows an edit in the history of the activity, before and after', async () => {
    const { page } = session();
    await openActivity('PD-02');
    const field = page.getByLabel('Struktūrvienība');
    const old = await field.inputValue();
    await field.fill('Grāmatvedības nodaļa');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    await page.getByRole('button', { name: 'Izmaiņu vēsture' }).click();
    await page.getByRole('heading', { level: 1, name: /Izmaiņu vēsture: PD-02/ }).waitFor();
    const items = page.getByTestId('history-item');
    expect(await items.count()).toBe(2);
    const edit = items.first();
    expect(await edit.textContent()).toContain('Mainīts');
    const row = edit.locator('tbody tr').filter({ hasText: 'Struktūrvienība' });
    expect(await row.locator('.diff-before').textContent()).toBe(old);
    expect(await row.locator('.diff-after').textContent()).toBe('Grāmatvedības nodaļa');
    expect(await items.nth(1).textContent()).toContain('Izveidots');
  });

  it('deletes a processor in use only after asking what to do with its links, leaving none dangling', async () => {
    const { page } = session();
    const processors = await serverValue(session(), 'processors:list', {});
    const used = processors.filter((p) => p.usedBy > 0).sort((a, b) => b.usedBy - a.usedBy);
    const [moved, unlinked] = used;
    if (!moved || !unlinked) throw new Error('the demo register has processors in use');
    const replacement = processors.find((p) => p.id !== moved.id && p.id !== unlinked.id) ?? unlinked;
    const usersOf = async (id: string) => (await serverValue(session(), 'processors:usage', { id })).activities.map((a) => a.id).sort();
    const movedUsers = await usersOf(moved.id);
    const unlinkedUsers = await usersOf(unlinked.id);

    await openFromNav(page, 'Apstrādātāji un saņēmēji');
    await tableRows(page, 'processors-table').filter({ hasText: moved.name }).click();
    await page.getByRole('button', { name: 'Dzēst', exact: true }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(`izmanto ${movedUsers.length}`);
    await dialog.getByLabel('Aizstāt ar citu ierakstu').check();
    await dialog.getByLabel('Aizstājējs').selectOption(replacement.id);
    await dialog.getByRole('button', { name: 'Dzēst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādātāji un saņēmēji' }).waitFor();
    expect(await tableRows(page, 'processors-table').filter({ hasText: moved.name }).count()).toBe(0);
    for (const id of movedUsers) {
      const activity = await serverValue(session(), 'activities:get', { id });
      expect(activity.processors.map((p) => p.processorId)).toContain(replacement.id);
      expect(JSON.stringify(activity)).not.toContain(moved.id);
    }

    await tableRows(page, 'processors-table').filter({ hasText: unlinked.name }).click();
    await page.getByRole('button', { name: 'Dzēst', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Noņemt saites (ieraksti paliek bez tā)').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Dzēst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādātāji un saņēmēji' }).waitFor();
    for (const id of unlinkedUsers) expect(JSON.stringify(await serverValue(session(), 'activities:get', { id }))).not.toContain(unlinked.id);
    expect((await serverValue(session(), 'processors:list', {})).map((p) => p.id)).not.toContain(unlinked.id);

    // Cancelling deletes nothing.
    await tableRows(page, 'processors-table').filter({ hasText: replacement.name }).click();
    await page.getByRole('button', { name: 'Dzēst', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Atcelt' }).click();
    expect((await serverValue(session(), 'processors:list', {})).map((p) => p.id)).toContain(replacement.id);
  });

  it('never loses unsaved changes silently', async () => {
    const { page } = session();
    await openActivity('PD-05');
    const field = page.getByLabel('Atbildīgā persona');
    const saved = await field.inputValue();
    await field.fill('Jānis Bērziņš');
    await page.getByRole('link', { name: 'Pārskats' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nesaglabātas izmaiņas' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Palikt' }).click();
    expect(await field.inputValue()).toBe('Jānis Bērziņš');
    expect(await page.getByRole('heading', { level: 1, name: /PD-05/ }).count()).toBe(1);

    // The browser's own back button is guarded too.
    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Palikt' }).click();
    expect(await field.inputValue()).toBe('Jānis Bērziņš');

    // Closing or reloading the window makes the browser ask (the page cancels `beforeunload`).
    const unloadCancelled = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await unloadCancelled()).toBe(true);

    await page.getByRole('link', { name: 'Pārskats' }).click();
    await dialog.getByRole('button', { name: 'Aiziet, nesaglabājot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    expect(await unloadCancelled()).toBe(false);
    const activity = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === 'PD-05');
    expect((await serverValue(session(), 'activities:get', { id: activity?.id ?? '' })).ownerPerson).toBe(saved);
  });

  it('duplicates an activity and deletes one after confirmation', async () => {
    const { page } = session();
    await openActivity('PD-03');
    const original = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === 'PD-03');
    const numbers = (await serverValue(session(), 'activities:list', {})).filter((a) => a.organisationId === original?.organisationId).map((a) => a.number);
    const copyNumber = nextActivityNumber(numbers);
    await page.getByRole('button', { name: 'Izveidot kopiju' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${copyNumber} `) }).waitFor();
    expect(await page.getByLabel('Statuss', { exact: true }).inputValue()).toBe('draft');
    const copy = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === copyNumber);
    expect(copy).toMatchObject({ name: original?.name, legalBasisPoints: original?.legalBasisPoints, hasSpecialData: true });

    await page.getByRole('button', { name: 'Dzēst', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Dzēst apstrādes darbību?' });
    await dialog.getByRole('button', { name: 'Atcelt' }).click();
    expect((await serverValue(session(), 'activities:list', {})).some((a) => a.number === copyNumber)).toBe(true);
    await page.getByRole('button', { name: 'Dzēst', exact: true }).click();
    await dialog.getByRole('button', { name: 'Dzēst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbības' }).waitFor();
    expect((await serverValue(session(), 'activities:list', {})).some((a) => a.number === copyNumber)).toBe(false);
  });

  it('keeps a processor record with the controllers it acts for and what it does for each', async () => {
    const { page } = session();
    await openActivity('PD-15');
    const section = page.locator('#sec-controllers');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Pārziņi, kuru vārdā apstrādā');
    expect(await section.getByRole('textbox', { name: 'Pārzinis', exact: true }).inputValue()).toBe('SIA "Ventas Krasts Viesnīca"');
    expect(await section.getByLabel('Pārziņa vārdā veiktās apstrādes kategorijas').inputValue()).toContain('Rezervāciju sistēmas mitināšana');

    // A second controller, with the categories of processing done for it.
    await section.getByRole('button', { name: 'Pievienot pārzini' }).click();
    await page.locator('#f-controllers-1-name').fill('SIA "Kuldīgas Viesu Nams"');
    await page.locator('#f-controllers-1-processingCategories').fill('Rezervāciju sistēmas mitināšana');
    // A controller record cannot list controllers acted for: the shared rule says so next to the list.
    await page.getByLabel('Ieraksta veids').selectOption('controller');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await section.getByText('Pārziņus, kuru vārdā apstrādā, norāda tikai apstrādātāja ierakstam.').waitFor();
    await page.getByLabel('Ieraksta veids').selectOption('processor');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    const id = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === 'PD-15')?.id ?? '';
    const saved = await serverValue(session(), 'activities:get', { id });
    expect(saved.controllers.map((c) => [c.name, c.processingCategories.split(';')[0]])).toEqual([
      ['SIA "Ventas Krasts Viesnīca"', 'Rezervāciju sistēmas mitināšana un administrēšana'],
      ['SIA "Kuldīgas Viesu Nams"', 'Rezervāciju sistēmas mitināšana'],
    ]);
  });

  it('works with the keyboard alone', async () => {
    const { page } = session();
    // The first Tab reaches the skip link; Enter moves into the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pāriet uz saturu');
    // Through the main navigation to the activities list.
    const focusUntil = async (test: () => Promise<boolean>, key = 'Tab', limit = 60) => {
      for (let step = 0; step < limit; step += 1) {
        if (await test()) return;
        await page.keyboard.press(key);
      }
      throw new Error('focus never got there');
    };
    await focusUntil(() => page.evaluate(() => document.activeElement?.textContent === 'Apstrādes darbības'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbības' }).waitFor();
    await expect.poll(rowNumbers).toHaveLength((await serverValue(session(), 'activities:list', {})).length);
    // Into the table: arrows move between rows, Enter opens one.
    await focusUntil(() => page.evaluate(() => document.activeElement?.tagName === 'TR'));
    const first = await page.evaluate(() => document.activeElement?.querySelector('td')?.textContent);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.querySelector('td')?.textContent);
    expect(third).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${third}`) }).waitFor();
    // Edit a field and save with Ctrl+S.
    await focusUntil(() => page.evaluate(() => document.activeElement?.id === 'f-ownerUnit'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Klientu serviss');
    await page.keyboard.press('ControlOrMeta+s');
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    const saved = (await serverValue(session(), 'activities:list', {})).find((a) => a.number === third);
    expect(saved?.ownerUnit).toBe('Klientu serviss');
    // Dialogs keep focus inside and close on Escape, returning focus.
    await focusUntil(() => page.evaluate(() => document.activeElement?.textContent === 'Dzēst'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dzēst');
    expect(session().pageErrors).toEqual([]);
  });
});
