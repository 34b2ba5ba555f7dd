/**
 * The compliance checks as a DPO meets them in the app, on the demo register
 * (its four deliberate findings), through the interface only: the findings
 * panel on the overview and its links to the field to fix, the badges and
 * completeness in the activities list, the findings in the activity editor,
 * "mark as reviewed", and the overview's charts, all under the app's real
 * Content-Security-Policy headers.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { DEMO_IMPERFECTIONS } from '../../main/demo/demo-register.ts';
import { addMonthsIso, formatDate } from '../../shared/format.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { E2E_TODAY } from './helpers/clock.ts';
import { seriousViolations } from './helpers/axe.ts';
import { demoRegister } from './helpers/registers.ts';
import { openFromNav, screenshot, settle, tableRows } from './helpers/screens.ts';

let session: EditorSession;
let folder: string;
/** Every Content-Security-Policy violation the page reported, from its event and from the console. */
const cspViolations: string[] = [];

beforeAll(async () => {
  folder = workspaceDir();
  session = await openEditor({ db: await demoRegister(folder), workspace: folder });
  const { page } = session;
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  // Each test starts on the overview in Latvian, freshly loaded (with the CSP listener in place).
  const { page } = session;
  const leave = (dialog: Dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  page.on('dialog', leave);
  await page.goto('about:blank');
  await page.goto(`${session.web.url.split('?')[0]}#/overview`);
  await page.evaluate(() => {
    localStorage.setItem('ropa.language', 'lv');
    sessionStorage.removeItem('ropa.activityList');
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
  page.off('dialog', leave);
});

afterEach(() => {
  // Nothing the page did, charts included, was refused by the Content-Security-Policy.
  expect(cspViolations).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

const panel = (page: Page) => page.getByTestId('findings-panel');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The control with focus is on screen (not hidden behind the sticky header or below the fold). */
async function focusedIsInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const header = document.querySelector('.editor .page-header')?.getBoundingClientRect().bottom ?? 0;
    return box.top >= header && box.bottom <= window.innerHeight;
  });
}

async function findingsOnServer() {
  return (await serverValue(session, 'checks:run', {})).findings;
}

describe('compliance checks in the app', () => {
  it('shows each activity’s finding badges and completeness in the list, filters and sorts by them', async () => {
    const { page } = session;
    const report = await serverValue(session, 'checks:run', {});
    const summaries = await serverValue(session, 'activities:list', {});
    const numberOf = new Map(summaries.map((s) => [s.id, s.number]));
    const byNumber = new Map(report.activities.map((a) => [numberOf.get(a.activityId) ?? '', a]));
    await openFromNav(page, 'Apstrādes darbības');
    await expect.poll(() => tableRows(page, 'activities-table').locator('.cell-completeness').count()).toBe(summaries.length);

    const rows = await tableRows(page, 'activities-table').evaluateAll((trs) =>
      trs.map((tr) => ({
        number: tr.querySelector('td')?.textContent?.trim() ?? '',
        badges: tr.querySelector('[data-testid="finding-badges"] .visually-hidden')?.textContent ?? '',
        completeness: tr.querySelector('.cell-completeness')?.textContent ?? '',
      })),
    );
    expect(rows).toHaveLength(summaries.length);
    const words = (counts: { error: number; warning: number; info: number }) =>
      [counts.error ? `${counts.error} kļūda` : '', counts.warning ? `${counts.warning} brīdinājums` : '', counts.info ? `${counts.info} informatīvs atradums` : ''].filter(Boolean).join(', ');
    for (const row of rows) {
      const checks = byNumber.get(row.number);
      if (!checks) throw new Error(`no checks for ${row.number}`);
      expect(row.completeness, row.number).toBe(`${checks.completeness} %`);
      expect(row.badges, row.number).toBe(words(checks.findings) ? `Atradumi: ${words(checks.findings)}` : '');
    }
    // The demo's: PD-08 and PD-14 one error each, PD-13 one warning, PD-14 83 % complete.
    expect(rows.filter((r) => r.badges).map((r) => `${r.number}: ${r.badges}`)).toEqual(['PD-08: Atradumi: 1 kļūda', 'PD-13: Atradumi: 1 brīdinājums', 'PD-14: Atradumi: 1 kļūda']);
    expect(rows.filter((r) => r.completeness !== '100 %').map((r) => `${r.number} ${r.completeness}`)).toEqual(['PD-14 83 %']);

    const numbers = async () => (await tableRows(page, 'activities-table').locator('td:first-child').allTextContents()).map((t) => t.trim());
    const findingsFilter = page.getByLabel('Atradumi', { exact: true });
    for (const [value, expected] of [
      ['errors', ['PD-08', 'PD-14']],
      ['any', ['PD-08', 'PD-13', 'PD-14']],
      ['none', summaries.map((s) => s.number).filter((n) => !['PD-08', 'PD-13', 'PD-14'].includes(n))],
    ] as const) {
      await findingsFilter.selectOption(value);
      await expect.poll(async () => (await numbers()).sort(), { message: value }).toEqual([...expected].sort());
    }
    await findingsFilter.selectOption('');
    // Sorting by completeness puts the least complete first.
    await page.getByRole('button', { name: /^Pilnīgums/ }).click();
    await expect.poll(async () => (await numbers())[0]).toBe('PD-14');
  });

  it('draws the charts with the demo figures, the same figures in their tables, without breaking the CSP', async () => {
    const { page } = session;
    const { summary, activities } = await serverValue(session, 'checks:run', {});
    const summaries = await serverValue(session, 'activities:list', {});
    await page.getByRole('heading', { level: 2, name: 'Reģistrs skaitļos' }).waitFor();
    await settle(page);
    // Four drawings (SVG), with bars.
    expect(await page.locator('.overview-charts svg.recharts-surface').count()).toBe(4);
    expect(await page.locator('.overview-charts .recharts-bar-rectangle').count()).toBeGreaterThan(10);

    const table = async (id: string) =>
      page
        .getByTestId(id)
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent ?? '').join(' | ')));
    const count = (point: string) => summary.byLegalBasis.find((row) => row.gdprPoint === point)?.activities;
    expect(await table('chart-legal-basis')).toEqual([
      `a) piekrišana | ${count('a')}`,
      `b) līguma izpilde | ${count('b')}`,
      `c) juridisks pienākums | ${count('c')}`,
      `d) vitālas intereses | ${count('d')}`,
      `e) sabiedrības intereses | ${count('e')}`,
      `f) leģitīmās intereses | ${count('f')}`,
    ]);
    expect([count('a'), count('b'), count('c'), count('f')]).toEqual([3, 7, 9, 8]);
    expect(await table('chart-transfers')).toEqual(['Amerikas Savienotās Valstis | 1 | 1 | daļējs']);
    const current = new Set(summaries.filter((s) => s.status !== 'ended').map((s) => s.id));
    const bands = activities.filter((a) => current.has(a.activityId)).map((a) => a.completeness);
    expect(await table('chart-completeness')).toEqual([
      `100 % | ${bands.filter((c) => c === 100).length}`,
      `75–99 % | ${bands.filter((c) => c >= 75 && c < 100).length}`,
      `50–74 % | ${bands.filter((c) => c >= 50 && c < 75).length}`,
      `0–49 % | ${bands.filter((c) => c < 50).length}`,
    ]);
    expect(bands.filter((c) => c < 100)).toEqual([83]);
    expect(await page.getByTestId('chart-completeness').innerText()).toContain(`vidēji ${summary.averageCompleteness} %`);
    const months = ['janv.', 'febr.', 'marts', 'apr.', 'maijs', 'jūn.', 'jūl.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.'];
    expect(await table('chart-reviews')).toEqual([
      `Nokavētas | ${summary.reviewsDue.overdue}`,
      ...summary.reviewsDue.byMonth.map((row) => `${months[Number(row.month.slice(5)) - 1]} ${row.month.slice(0, 4)} | ${row.activities}`),
      `Vēlāk | ${summary.reviewsDue.later}`,
      `Nav noteikta | ${summary.reviewsDue.unscheduled}`,
    ]);
    expect(summary.reviewsDue.overdue).toBe(1);

    // The table is read by screen readers all along; "Rādīt kā tabulu" shows it on screen.
    const legal = page.getByTestId('chart-legal-basis');
    // The table's frame: 1 px wide while visually hidden.
    const tableWidth = async () => (await legal.locator('table').locator('..').boundingBox())?.width ?? 0;
    expect(await tableWidth()).toBeLessThan(2);
    await legal.getByRole('button', { name: 'Rādīt kā tabulu' }).click();
    expect(await tableWidth()).toBeGreaterThan(200);
    expect(await legal.getByRole('button', { name: 'Slēpt tabulu' }).getAttribute('aria-expanded')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await legal.getByRole('button', { name: 'Slēpt tabulu' }).click();

    await page.evaluate(() => document.getElementById('charts-title')?.scrollIntoView({ block: 'start' }));
    // Below the sticky header.
    await page.evaluate(() => window.scrollBy(0, -60));
    await screenshot(page, 'charts');

    // The listener hears what the CSP refuses: an inline <style> element, which a chart library could have added.
    expect(cspViolations).toEqual([]);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
      style.remove();
    });
    await expect.poll(() => cspViolations.some((text) => text.startsWith('style-src'))).toBe(true);
    // (Chromium logs it as an error too.)
    cspViolations.length = 0;
    session.pageErrors.splice(0, session.pageErrors.length, ...session.pageErrors.filter((text) => !/Content Security Policy/.test(text)));
  });

  it('lists exactly the demo findings by severity on the overview; a finding opens its record at the field, and fixing it clears it', async () => {
    const { page } = session;
    const expected = await findingsOnServer();
    expect(expected.map((f) => f.ruleId).sort()).toEqual(DEMO_IMPERFECTIONS.map((d) => d.ruleId).sort());

    await panel(page).getByRole('heading', { level: 2, name: 'Atbilstības pārbaude' }).waitFor();
    expect(await panel(page).getByRole('list', { name: 'Atradumi pēc smaguma' }).innerText()).toMatch(/3 kļūdas\s+1 brīdinājums\s+0 informatīvu atradumu/);
    for (const [severity, heading] of [
      ['error', 'Kļūdas (3)'],
      ['warning', 'Brīdinājumi (1)'],
      ['info', 'Informatīvi atradumi (0)'],
    ] as const) {
      const group = page.getByTestId(`findings-${severity}`);
      expect(await group.getByRole('heading', { level: 3 }).innerText()).toBe(heading);
      const shown = await group.getByTestId('finding').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-rule')} ${item.querySelector('.finding-record')?.textContent}`));
      const wanted = expected.filter((f) => f.severity === severity).map((f) => `${f.ruleId} ${f.entity.label}`);
      expect(shown.sort(), severity).toEqual(wanted.sort());
    }
    // Each finding says what is wrong, where, and on which GDPR provision.
    const pd08 = panel(page).locator('[data-rule="legitimate-interest.no-assessment"]');
    expect(await pd08.innerText()).toContain('Nav reģistrēts interešu līdzsvara izvērtējums');
    expect(await pd08.innerText()).toContain('VDAR 6. panta 1. punkta f) apakšpunkts');
    expect(await pd08.getByRole('link').innerText()).toBe('PD-08 Interneta veikala pasūtījumi un piegāde — 3. nolūks: Interešu līdzsvara izvērtējums');
    const processorLink = panel(page).locator('[data-rule="processor.contract-expired"]').getByRole('link');
    expect(await processorLink.innerText()).toBe('Apstrādātājs vai saņēmējs: SIA "Drošības Serviss Kurzeme" — Līgums derīgs līdz');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'overview-findings');

    // The processor's finding opens the processor editor at the contract's expiry date.
    await processorLink.click();
    await page.getByRole('heading', { level: 1, name: 'SIA "Drošības Serviss Kurzeme"' }).waitFor();
    await expect.poll(() => activeId(page)).toBe('f-contractExpiry');
    await page.goBack();
    await panel(page).waitFor();

    // With the keyboard: PD-14's finding opens the retention rule of the data category it names.
    await panel(page).locator('[data-rule="retention.missing"]').getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^PD-14/ }).waitFor();
    await expect.poll(() => activeId(page)).toBe('f-dataCategories-2-retentionRuleId');
    expect(await focusedIsInView(page)).toBe(true);
    await openFromNav(page, 'Pārskats');

    // PD-08: the assessment of its third purpose is focused, in view and highlighted.
    await pd08.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^PD-08/ }).waitFor();
    await expect.poll(() => activeId(page)).toBe('f-purposes-2-legitimateInterestAssessment');
    expect(await focusedIsInView(page)).toBe(true);
    expect(await page.locator('.field-target').getByLabel('Interešu līdzsvara izvērtējums').count()).toBe(1);

    // The editor lists the activity's own finding at the top, and goes to its field.
    const editorFindings = page.getByTestId('activity-findings');
    expect(await editorFindings.innerText()).toContain('1 kļūda');
    expect(await editorFindings.getByTestId('finding').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#f-name').focus();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'activity-findings');
    await editorFindings.getByRole('button', { name: 'Pāriet uz lauku: 3. nolūks: Interešu līdzsvara izvērtējums' }).click();
    expect(await activeId(page)).toBe('f-purposes-2-legitimateInterestAssessment');

    await page.keyboard.type('Izvērtēts 2026. gadā: klientu intereses nepārsniedz uzņēmuma interesi uzlabot pakalpojumu; aptauja ir brīvprātīga.');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    // Checked again after the save.
    await expect.poll(() => editorFindings.innerText()).toContain('Atradumu nav.');
    expect(await editorFindings.getByTestId('finding').count()).toBe(0);

    await openFromNav(page, 'Pārskats');
    await expect.poll(() => panel(page).getByTestId('finding').count()).toBe(3);
    expect(await panel(page).locator('[data-rule="legitimate-interest.no-assessment"]').count()).toBe(0);
    expect(await panel(page).getByRole('list', { name: 'Atradumi pēc smaguma' }).innerText()).toContain('2 kļūdas');
    expect((await findingsOnServer()).map((f) => f.ruleId).sort()).toEqual(['processor.contract-expired', 'retention.missing', 'review.overdue']);

    // In English, the same findings in English.
    await page.getByLabel('Valoda').selectOption('en');
    await panel(page).getByRole('heading', { level: 2, name: 'Compliance check' }).waitFor();
    expect(await panel(page).locator('[data-rule="retention.missing"]').innerText()).toContain('GDPR Art. 30(1)(f)');
    expect(await panel(page).locator('[data-rule="retention.missing"] .finding-message').innerText()).toMatch(/^Processing activity PD-14 .*the data category “User account data/);
    await page.getByLabel('Language').selectOption('lv');
    expect(session.pageErrors).toEqual([]);
  });

  it('marks PD-13 as reviewed with a 6-month cadence: new dates in the editor, the overdue finding gone, the change in the history', async () => {
    const { page } = session;
    const organisations = await serverValue(session, 'organisations:list', {});
    const pd13Before = (await serverValue(session, 'activities:list', {})).find((a) => a.number === 'PD-13');
    const dpo = organisations.find((o) => o.id === pd13Before?.organisationId)?.dpoName ?? '';
    expect(dpo).not.toBe('');
    const today = E2E_TODAY;
    const next = addMonthsIso(today, 6);

    // From the overview's warning: the editor opens at the next review date.
    await panel(page).locator('[data-rule="review.overdue"]').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^PD-13/ }).waitFor();
    await expect.poll(() => activeId(page)).toBe('f-nextReviewOn');
    const editorFindings = page.getByTestId('activity-findings');
    await expect.poll(() => editorFindings.innerText()).toContain('Pārskatīšana nokavēta');

    // An unsaved edit is not silently taken along: discard it first.
    const owner = page.getByLabel('Atbildīgā persona');
    const ownerBefore = await owner.inputValue();
    await owner.fill('Kāds cits');
    const markButton = editorFindings.getByRole('button', { name: 'Atzīmēt kā pārskatītu' });
    await markButton.click();
    const unsaved = page.getByRole('dialog', { name: 'Nesaglabātas izmaiņas' });
    await unsaved.getByRole('button', { name: 'Atmest izmaiņas' }).click();
    let dialog = page.getByRole('dialog', { name: 'Atzīmēt kā pārskatītu' });
    await dialog.waitFor();
    expect(await owner.inputValue()).toBe(ownerBefore);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Or save it first: the edit is kept, then the review dialog opens.
    await owner.fill(`${ownerBefore} (iepirkumi)`);
    await markButton.click();
    await page.getByRole('dialog', { name: 'Nesaglabātas izmaiņas' }).getByRole('button', { name: 'Saglabāt un turpināt' }).click();
    dialog = page.getByRole('dialog', { name: 'Atzīmēt kā pārskatītu' });
    await dialog.waitFor();
    expect((await serverValue(session, 'activities:get', { id: pd13Before?.id ?? '' })).ownerPerson).toBe(`${ownerBefore} (iepirkumi)`);

    // Defaults: the organisation's DPO, today, 12 months.
    expect(await dialog.getByLabel('Pārskatīja').inputValue()).toBe(dpo);
    expect(await dialog.getByLabel('Pārskatīšanas datums').inputValue()).toBe(formatDate(today));
    expect(await dialog.getByLabel('12 mēnešiem (ieteicams)').isChecked()).toBe(true);
    expect(await dialog.getByTestId('next-review').innerText()).toBe(`Nākamā pārskatīšana: ${formatDate(addMonthsIso(today, 12))}`);

    // A review date in the future and an impossible period are refused next to their fields.
    await dialog.getByLabel('Pārskatīšanas datums').fill(formatDate(addMonthsIso(today, 1)));
    await dialog.getByLabel('Cita perioda').check();
    await dialog.getByLabel('Mēnešu skaits (1–60)').fill('61');
    await dialog.getByRole('button', { name: 'Atzīmēt kā pārskatītu' }).click();
    expect(await dialog.innerText()).toContain('Pārskatīšanas datums nevar būt nākotnē.');
    expect(await dialog.innerText()).toContain('Norādiet veselu mēnešu skaitu no 1 līdz 60.');
    expect(await dialog.getByLabel('Pārskatīšanas datums').getAttribute('aria-invalid')).toBe('true');
    expect((await serverValue(session, 'activities:get', { id: pd13Before?.id ?? '' })).lastReviewedOn).toBe(pd13Before?.lastReviewedOn);

    // With the keyboard: today, then 6 months (arrow keys within the choices).
    await dialog.getByLabel('Pārskatīšanas datums').fill(formatDate(today));
    await dialog.getByLabel('6 mēnešiem').focus();
    await page.keyboard.press('Space');
    expect(await dialog.getByLabel('6 mēnešiem').isChecked()).toBe(true);
    expect(await dialog.getByTestId('next-review').innerText()).toBe(`Nākamā pārskatīšana: ${formatDate(next)}`);
    // Corrected fields lose their errors.
    expect(await dialog.locator('.field-error').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Pārskatīja').focus();
    await screenshot(page, 'mark-reviewed');
    await dialog.getByLabel('Pārskatīja').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('status').filter({ hasText: `Atzīmēts kā pārskatīts. Nākamā pārskatīšana: ${formatDate(next)}.` }).waitFor();

    // The editor shows the new dates, and the overdue finding is gone.
    expect(await page.getByLabel('Pārskatīts', { exact: true }).inputValue()).toBe(formatDate(today));
    expect(await page.getByLabel('Pārskatīja', { exact: true }).inputValue()).toBe(dpo);
    expect(await page.getByLabel('Nākamā pārskatīšana', { exact: true }).inputValue()).toBe(formatDate(next));
    await expect.poll(() => editorFindings.innerText()).toContain('Atradumu nav.');
    const saved = await serverValue(session, 'activities:get', { id: pd13Before?.id ?? '' });
    expect({ lastReviewedOn: saved.lastReviewedOn, reviewedBy: saved.reviewedBy, nextReviewOn: saved.nextReviewOn }).toEqual({ lastReviewedOn: today, reviewedBy: dpo, nextReviewOn: next });
    expect((await findingsOnServer()).some((f) => f.ruleId === 'review.overdue')).toBe(false);

    // The history holds the review, before and after.
    await page.getByRole('button', { name: 'Izmaiņu vēsture' }).click();
    await page.getByRole('heading', { level: 1, name: /Izmaiņu vēsture: PD-13/ }).waitFor();
    const review = page.getByTestId('history-item').first();
    // The newest entry opens with its changes shown.
    if ((await review.getByRole('button', { name: /Rādīt izmaiņas/ }).count()) > 0) await review.getByRole('button', { name: /Rādīt izmaiņas/ }).click();
    const diff = async (field: string) => {
      const row = review.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) });
      return [await row.locator('.diff-before').innerText(), await row.locator('.diff-after').innerText()];
    };
    expect(await diff('Nākamā pārskatīšana')).toEqual([formatDate(pd13Before?.nextReviewOn), formatDate(next)]);
    expect(await diff('Pārskatīts')).toEqual([formatDate(pd13Before?.lastReviewedOn), formatDate(today)]);

    await openFromNav(page, 'Pārskats');
    await expect.poll(() => panel(page).locator('[data-rule="review.overdue"]').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
