/**
 * Lists in the activity editor (issue 14): after "add purpose" (and the other
 * "add" buttons of a list) focus is on the new item's first field; a
 * retention rule made from the retention section is really applied to the
 * categories without one, and one rule can be applied to every data
 * category at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ActivitySummary } from '../../shared/domain/activity.ts';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { settle } from './helpers/screens.ts';

const demo = useDemoEditor();
let activities: ActivitySummary[];

beforeAll(async () => {
  activities = await serverValue(demo(), 'activities:list', {});
});

async function openActivity(page: Page, id: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${demo().web.url.split('?')[0]}#/activities/${encodeURIComponent(id)}`);
  await page.locator('form.editor').waitFor();
  await settle(page);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** As a keyboard user adds an item: focus on the button, Enter. */
async function addWithKeyboard(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.focus();
  await button.press('Enter');
}

describe('lists in the activity editor', () => {
  it('moves focus to the new purpose, transfer and controller', async () => {
    const session = demo();
    const { page } = session;
    const controller = activities.find((a) => a.kind === 'controller')!;
    await openActivity(page, controller.id);
    const purposes = await page.locator('[data-testid="purpose"]').count();
    await addWithKeyboard(page, 'Pievienot nolūku');
    expect(await focusedId(page)).toBe(`f-purposes-${purposes}-description`);
    const transfers = (await serverValue(session, 'activities:get', { id: controller.id })).transfers.length;
    await addWithKeyboard(page, 'Pievienot nosūtīšanu');
    expect(await focusedId(page)).toBe(`f-transfers-${transfers}-countryId`);

    const processorRecord = activities.find((a) => a.kind === 'processor')!;
    page.once('dialog', (dialog) => void dialog.accept());
    await openActivity(page, processorRecord.id);
    const controllers = (await serverValue(session, 'activities:get', { id: processorRecord.id })).controllers.length;
    await addWithKeyboard(page, 'Pievienot pārzini');
    expect(await focusedId(page)).toBe(`f-controllers-${controllers}-name`);
  });

  it('applies one retention rule to every data category of the activity', async () => {
    const session = demo();
    const { page } = session;
    const activity = await findWithCategories(2);
    const rules = await serverValue(session, 'retentionRules:list', {});
    const rule = rules.find((r) => activity.dataCategories.some((row) => row.retentionRuleId !== r.id))!;
    await openActivity(page, activity.id);
    await page.getByLabel('Piemērot vienu noteikumu visām šīs darbības datu kategorijām').selectOption({ label: rule.name });
    await page.getByRole('button', { name: 'Piemērot visām', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Glabāšanas noteikums “${rule.name}” piemērots visām datu kategorijām.` }).waitFor();
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /saglabāt/i }).waitFor();
    const saved = await serverValue(session, 'activities:get', { id: activity.id });
    expect(saved.dataCategories.map((row) => row.retentionRuleId)).toEqual(activity.dataCategories.map(() => rule.id));
  });

  it('applies a rule made in the retention section to the categories that had none, and says so', async () => {
    const session = demo();
    const { page } = session;
    const activity = await findWithCategories(2);
    await openActivity(page, activity.id);
    const selects = page.locator('#sec-retention tbody select');
    await selects.first().selectOption('');
    await page.getByRole('button', { name: 'Jauns glabāšanas noteikums…', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Datu vai dokumentu kategorija', exact: true }).fill('Darba pretendentu CV');
    await dialog.getByRole('textbox', { name: 'Kritērijs', exact: true }).fill('Līdz atlases beigām');
    await dialog.getByRole('button', { name: 'Pievienot', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Glabāšanas noteikums izveidots un piemērots 1 datu kategorijai, kurai noteikuma nebija.' }).waitFor();
    const created = (await serverValue(session, 'retentionRules:list', {})).find((r) => r.name === 'Darba pretendentu CV')!;
    expect(await selects.first().inputValue()).toBe(created.id);
    // The categories that had a rule keep it.
    expect(await selects.nth(1).inputValue()).toBe(activity.dataCategories[1]!.retentionRuleId ?? '');
  });
});

async function findWithCategories(count: number) {
  for (const summary of activities) {
    const activity = await serverValue(demo(), 'activities:get', { id: summary.id });
    if (activity.dataCategories.length >= count && activity.dataCategories.every((row) => row.retentionRuleId)) return activity;
  }
  throw new Error(`no demo activity has ${count} data categories with rules`);
}
