/**
 * Issue 15's last two model points in the editor, on the demo register: PD-06
 * states its legal basis once and its purposes say they inherit it; a named
 * source added in the sources section is saved with its type and name.
 */
import { describe, expect, it } from 'vitest';
import { serverValue } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openActivity } from './helpers/screens.ts';

const editor = useDemoEditor();

describe('an activity’s own legal basis and its named sources in the editor', () => {
  it('shows the basis stated once and inherited by each purpose, and saves a named source', async () => {
    const session = editor();
    const { page } = session;
    await page.goto(`${session.web.url.split('?')[0]}#/overview`);
    await page.evaluate(() => localStorage.setItem('ropa.language', 'lv'));
    await page.reload();
    await openActivity(page, 'PD-06');
    const notes = page.getByTestId('inherited-basis');
    await expect.poll(() => notes.count()).toBe(2);
    expect(await notes.first().textContent()).toMatch(/^Savs pamats nav norādīts: nolūks manto darbības pamatu \(.*juridisk.*\)\.$/i);

    const sources = page.getByTestId('named-sources');
    expect(await sources.getByTestId('named-source').count()).toBe(2);
    await sources.getByRole('button', { name: 'Pievienot avotu' }).click();
    const added = sources.getByTestId('named-source').nth(2);
    await added.getByLabel('Avota veids').selectOption('public_register');
    await added.getByLabel('Avota nosaukums').fill('Lursoft datubāze');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    const id = (await serverValue(session, 'activities:list', {})).find((a) => a.number === 'PD-06')!.id;
    await expect
      .poll(async () => (await serverValue(session, 'activities:get', { id })).namedSources.map((s) => `${s.sourceType}: ${s.name}`))
      .toEqual(['other_controller: Konta banka (bankas izraksti)', 'public_register: Uzņēmumu reģistrs', 'public_register: Lursoft datubāze']);
    expect((await serverValue(session, 'activities:get', { id })).legalBasisIds).toEqual(['lb-c']);
  });
});
