/**
 * Issue 15's fields in the editor, on the demo register: "none" answered
 * for transfers and processors, "no recipients" refused beside listed
 * recipients (in both languages, nothing saved), and the period's state
 * and original text on a retention rule.
 */
import { describe, expect, it } from 'vitest';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openActivity, openFromNav, settle } from './helpers/screens.ts';

const editor = useDemoEditor();

describe('the model of issue 15 in the editor', () => {
  it('shows "none" answers, and refuses "no recipients" beside listed recipients without saving', async () => {
    const session = editor();
    const { page } = session;
    await page.goto(`${session.web.url.split('?')[0]}#/overview`);
    await page.evaluate(() => localStorage.setItem('ropa.language', 'lv'));
    await page.reload();
    await openActivity(page, 'PD-05');
    expect(await page.getByLabel('Nosūtīšanas uz trešajām valstīm nav').isChecked()).toBe(true);
    expect(await page.getByLabel('Apstrādātāju nav').isChecked()).toBe(true);
    expect(await page.getByLabel('Saņēmēju nav').isChecked()).toBe(false);

    const list = await serverValue(session, 'activities:list', {});
    const summary = list.find((a) => a.number === 'PD-05')!;
    const before = await serverValue(session, 'activities:get', { id: summary.id });
    expect(before.recipients.length).toBeGreaterThan(0);
    await page.getByLabel('Saņēmēju nav').check();
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    const error = page.locator('#f-recipientsNone-error');
    await expect.poll(() => error.textContent()).toBe('Atzīmēts “nav”, bet saraksts nav tukšs: noņemiet atzīmi vai ierakstus.');
    await page.getByLabel('Valoda').selectOption('en');
    await expect.poll(() => error.textContent()).toBe('Marked “none” but the list is not empty: clear the tick or the entries.');
    expect((await serverValue(session, 'activities:get', { id: summary.id })).revision).toBe(before.revision);
    await page.getByLabel('No recipients').uncheck();
    await page.getByLabel('Language').selectOption('lv');
  });

  it('shows a retention rule\'s period state and the period as it was written in the source', async () => {
    const session = editor();
    const { page } = session;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${session.web.url.split('?')[0]}#/overview`);
    await page.reload();
    await openFromNav(page, 'Glabāšanas noteikumi');
    await page.getByText('Lojalitātes programmas "ZKM Klubs" dalībnieku dati').first().click();
    await settle(page);
    expect(await page.getByLabel('Termiņš, kā tas rakstīts avotā').inputValue()).toBe('3 mēneši pēc programmas izbeigšanas (privātuma politikas 6.2. punkts)');
    expect(await page.getByLabel('Termiņa stāvoklis').inputValue()).toBe('structured');
  });
});

describe('an organisation\'s roles in the editor', () => {
  it('shows the group company\'s roles as a set of ticks, and saves a role added', async () => {
    const session = editor();
    const { page } = session;
    await page.goto(`${session.web.url.split('?')[0]}#/overview`);
    await page.reload();
    await openFromNav(page, 'Organizācijas');
    await page.getByText('SIA "ZKM Serviss"').first().click();
    await settle(page);
    const roles = page.getByRole('group', { name: 'Loma reģistrā' });
    expect(await roles.getByLabel('Pārzinis', { exact: true }).isChecked()).toBe(true);
    expect(await roles.getByLabel('Uzņēmumu grupas dalībnieks').isChecked()).toBe(true);
    expect(await roles.getByLabel('Apstrādātājs', { exact: true }).isChecked()).toBe(false);
    await roles.getByLabel('Apstrādātājs', { exact: true }).check();
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await expect
      .poll(async () => (await serverValue(session, 'organisations:list', {})).find((o) => o.name === 'SIA "ZKM Serviss"')?.roles)
      .toEqual(['controller', 'group_member', 'processor']);
  });
});
