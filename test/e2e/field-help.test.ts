/**
 * Help where the DPO types: in the activity, processor, retention rule and
 * organisation editors every control is described (aria-describedby) by its
 * field's help, the "?" next to a label opens it, and it follows the
 * interface language.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { screenshot, settle } from './helpers/screens.ts';

const demo = useDemoEditor();

async function openHash(page: Page, hash: string, language: 'lv' | 'en' = 'lv'): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${demo().web.url.split('?')[0]}${hash}`);
  await page.evaluate((lang) => localStorage.setItem('ropa.language', lang), language);
  await page.reload();
  await page.locator('form.editor').waitFor();
  await settle(page);
}

/**
 * The editor's controls that no help describes: a text, date, choice or
 * checkbox by its own aria-describedby, a checkbox of a group or a pick list
 * by its fieldset's. Search boxes of the pick lists are tools, not fields.
 */
function controlsWithoutHelp(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const form = document.querySelector('form.editor')!;
    const describedByHelp = (element: Element | null) =>
      (element?.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .some((id) => {
          const target = document.getElementById(id);
          return !!target?.classList.contains('field-help') && (target.textContent ?? '').trim().length > 20;
        });
    const missing: string[] = [];
    for (const control of Array.from(form.querySelectorAll('input:not([type="search"]), select, textarea'))) {
      const inGroup = control.closest('.pick-list, .checkbox-list');
      const described = inGroup ? describedByHelp(control.closest('fieldset')) : describedByHelp(control);
      if (!described) missing.push(control.id || control.outerHTML.slice(0, 80));
    }
    return missing;
  });
}

describe('field help in the editors', () => {
  it('describes every control of an activity (controller and processor records) with its help, opened by "?"', async () => {
    const session = demo();
    const { page } = session;
    const activities = await serverValue(session, 'activities:list', {});
    const processorRecord = activities.find((a) => a.kind === 'processor');
    const controllerRecord = activities.find((a) => a.kind === 'controller')!;
    for (const activity of [controllerRecord, processorRecord].filter((a) => a !== undefined)) {
      await openHash(page, `#/activities/${encodeURIComponent(activity.id)}`);
      const controls = await page.locator('form.editor').locator('input:not([type="search"]), select, textarea').count();
      expect(controls).toBeGreaterThan(40);
      expect(await controlsWithoutHelp(page)).toEqual([]);
    }

    const name = page.getByRole('textbox', { name: 'Apstrādes darbības nosaukums', exact: true });
    const help = page.locator(`#${await name.getAttribute('id')}-help`);
    expect(await help.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Paskaidrojums: Apstrādes darbības nosaukums', exact: true }).click();
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('VDAR 30. panta 1. punkta b) apakšpunkts: „apstrādes nolūki”');
    expect(await help.textContent()).toContain('Piemērs: ');
    await screenshot(page, 'field-help');
  });

  it('shows the help in English when the interface is', async () => {
    const session = demo();
    const { page } = session;
    const [activity] = await serverValue(session, 'activities:list', {});
    await openHash(page, `#/activities/${encodeURIComponent(activity!.id)}`, 'en');
    await page.getByRole('button', { name: 'Help: No.', exact: true }).click();
    const help = page.locator('#f-number-help');
    expect(await help.textContent()).toContain('GDPR Art. 5(2)');
    expect(await help.textContent()).toContain('Example: PD-07');
  });

  it('describes every control of the processor, retention rule and organisation editors', async () => {
    const session = demo();
    const { page } = session;
    const processors = await serverValue(session, 'processors:list', {});
    const rules = await serverValue(session, 'retentionRules:list', {});
    const organisations = await serverValue(session, 'organisations:list', {});
    const editors = [`#/processors/${processors[0]!.id}`, `#/retention-rules/${rules[0]!.id}`, `#/organisations/${organisations[0]!.id}`];
    for (const hash of editors) {
      await openHash(page, hash);
      expect(await page.locator('form.editor .field-help').count(), hash).toBeGreaterThan(10);
      expect(await controlsWithoutHelp(page), hash).toEqual([]);
    }
  });
});
