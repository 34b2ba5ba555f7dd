/**
 * The breach register and the request log in the window: keyboard entry,
 * a refused save with the message in Latvian, the 72-hour clock in the list
 * and the overview, a request's computed deadline, filters, and axe on each
 * screen (screenshots to docs/screenshots/).
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openFromNav, screenshot, settle, tableRows } from './helpers/screens.ts';

const session = useDemoEditor();

async function check(name: string): Promise<void> {
  await settle(session().page);
  expect(await seriousViolations(session().page), name).toEqual([]);
  await screenshot(session().page, name);
}

describe('breaches and requests in the window', () => {
  it('records a breach from the keyboard, refuses dates out of order in Latvian, and shows the 72-hour clock', async () => {
    const { page } = session();
    await openFromNav(page, 'Personas datu aizsardzības pārkāpumi');
    await check('breaches-empty');
    await page.getByRole('button', { name: 'Jauns pārkāpums' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jauns pārkāpums' }).waitFor();
    await page.getByLabel('Nr.').fill('IN-2026-01');
    await page.getByLabel('Īss nosaukums').fill('Nozaudēts klēpjdators');
    const aware = await page.getByLabel('Kad pārzinis uzzināja (72 stundu sākums)').inputValue();
    // Happened a day after the controller became aware: refused.
    const later = new Date(new Date(aware).getTime() + 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page.getByLabel('Kad noticis').fill(`${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.field-error').allTextContents()).toContain('Par pārkāpumu nevar uzzināt agrāk, nekā tas noticis.');
    expect(await serverValue(session(), 'breaches:list', {})).toEqual([]);
    await check('breach-editor-error');

    await page.getByLabel('Kad noticis').fill('');
    await page.keyboard.press('Control+s');
    await page.getByRole('heading', { level: 1, name: 'IN-2026-01 Nozaudēts klēpjdators' }).waitFor();
    await expect.poll(async () => (await page.getByTestId('breach-notice').inputValue()).includes('Pārkāpuma raksturs')).toBe(true);
    await check('breach-editor');

    await page.getByRole('button', { name: 'Atpakaļ uz sarakstu' }).click();
    await expect.poll(() => tableRows(page, 'breaches-table').count()).toBe(1);
    expect(await tableRows(page, 'breaches-table').first().textContent()).toMatch(/atlikušas (71|72) h/);
    await check('breaches');
  });

  it('records a request with its computed deadline, filters the log, and lists it in the overview when due', async () => {
    const { page } = session();
    await openFromNav(page, 'Datu subjektu pieprasījumi');
    await page.getByRole('button', { name: 'Jauns pieprasījums' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jauns pieprasījums' }).waitFor();
    await page.getByLabel('Nr.').fill('DS-1');
    await page.getByLabel('Pieprasītājs (apzīmējums vai numurs)').fill('Klients K-1043');
    await page.getByRole('textbox', { name: 'Saņemts', exact: true }).fill('31.01.2028');
    await expect.poll(() => page.getByTestId('request-deadline').textContent()).toBe('Atbildes termiņš: 29.02.2028');
    await check('request-editor');
    await page.keyboard.press('Control+s');
    await page.getByRole('heading', { level: 1, name: 'DS-1 Klients K-1043' }).waitFor();

    const saved = await serverValue(session(), 'requests:list', {});
    expect(saved.map((r) => [r.number, r.deadline])).toEqual([['DS-1', '2028-02-29']]);
    await page.getByRole('button', { name: 'Atpakaļ uz sarakstu' }).click();
    await expect.poll(() => tableRows(page, 'requests-table').count()).toBe(1);
    await page.getByLabel('Veids').selectOption('erasure');
    await expect.poll(() => tableRows(page, 'requests-table').count()).toBe(0);
    await page.getByLabel('Veids').selectOption('');
    await check('requests');

    // A request received long ago and never answered is overdue: the overview says so.
    const organisationId = (await serverValue(session(), 'organisations:list', {}))[0]!.id;
    await serverValue(session(), 'requests:save', {
      organisationId, number: 'DS-0', type: 'access', receivedOn: '2026-01-05', channel: 'post', requester: 'Klients K-7', identityVerification: '', identityVerifiedOn: null,
      extensionMonths: 0, extensionNotifiedOn: null, extensionReasons: '', dataSubjectCategoryIds: [], activityIds: [], outcome: 'pending', refusalReason: '', complaintNoticeGiven: false, respondedOn: null, status: 'open', notes: '',
    });
    await openFromNav(page, 'Pārskats');
    await expect.poll(() => page.getByTestId('dpo-overview').textContent()).toContain('DS-0 Klients K-7: termiņš bija 05.02.2026');
    expect(await page.getByTestId('dpo-overview').textContent()).toContain('IN-2026-01 Nozaudēts klēpjdators: atlikušas');
    await check('overview-dpo-records');
  });
});
