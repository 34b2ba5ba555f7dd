/**
 * The register's past in the app, in Chromium: the register as of a moment
 * opened read-only in the ordinary screens with its banner and the way
 * back, and its history screen listing the real register's entries up to
 * that moment; what changed between two moments, and since the latest
 * approval in one click; the approval on the overview,
 * the author asked once and recorded. Screenshots for docs/versions.md.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { openFromNav, screenshot, settle, tableRows } from './helpers/screens.ts';
import { pastRegister, writePast } from '../services/versions/versions-fixture.ts';

describe('the register as of a moment, changes, approvals', () => {
  let session: EditorSession;

  beforeAll(async () => {
    const register = await pastRegister();
    await writePast(register);
    await register.connection.close();
    // Not the fixture's own folder: that one is emptied after the first test.
    const folder = workspaceDir();
    const path = join(folder, 'registrs.ropa');
    copyFileSync(register.path, path);
    session = await openEditor({ db: path, workspace: folder });
    await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(session.workspace, { recursive: true, force: true });
  });

  it('asks the author once; main takes the name for later changes', async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.removeItem('ropa.author'));
    await page.reload();
    await page.getByLabel('Kā jūs sauc?', { exact: false }).fill('Ilze Ozola');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await expect.poll(async () => (await serverValue(session, 'app:author', {})).author).toBe('Ilze Ozola');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    expect(await page.getByTestId('author-prompt').count()).toBe(0);
  });

  it('the overview says how the register stands to its approval', async () => {
    const { page } = session;
    const panel = page.getByTestId('approval-panel');
    await panel.getByText('Nav apstiprināts: 3 izmaiņa(-s) kopš 05.12.2026 apstiprinājuma (Ilze Ozola (DAS))').waitFor();
    // The versions: the approval and the review, newest first.
    await panel.getByText('Apstiprinātās versijas un pārskatīšanas').click();
    expect(await panel.getByTestId('version-entries').locator('li').allInnerTexts()).toEqual([
      '05.12.2026 apstiprināja Ilze Ozola (DAS) Rādīt Salīdzināt ar pašreizējo',
      '05.12.2026 pārskatīta PD-01 Darba samaksas aprēķins (Ilze Ozola, DAS)',
    ]);
  });

  it('shows the register as of a moment read-only, with a banner and the way back', async () => {
    const { page } = session;
    const realHistory = await serverValue(session, 'history:list', { limit: 500 });
    // Entry 1 is the register's facts (written when it was made), 2–5 the small register's four records.
    expect(realHistory.length).toBeGreaterThan(5);
    await openFromNav(page, 'Izmaiņu vēsture');
    await page.getByTestId('as-of-moment').first().fill('2026-12-02T12:00');
    await page.getByRole('button', { name: 'Rādīt', exact: true }).first().click();
    await page.getByTestId('as-of-banner').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    expect(await page.getByTestId('as-of-banner').innerText()).toContain('Jūs skatāt reģistru, kāds tas bija pēc vēstures ieraksta Nr. 5');
    await openFromNav(page, 'Apstrādes darbības');
    await expect.poll(async () => (await tableRows(page, 'activities-table').allInnerTexts()).join('\n')).toContain('Algu aprēķins');
    expect((await tableRows(page, 'activities-table').allInnerTexts()).join('\n')).not.toContain('Videonovērošana');
    await screenshot(page, 'versions-as-of');
    expect(await seriousViolations(page)).toEqual([]);
    // The history screen in this view: the real register's entries up to the moment shown, not the view's own file.
    await openFromNav(page, 'Izmaiņu vēsture');
    await page.getByTestId('as-of-history-note').getByText('(vēstures ieraksts Nr. 5)', { exact: false }).waitFor();
    const shown = await serverValue(session, 'history:list', { limit: 500 });
    expect(shown).toEqual(realHistory.filter((entry) => entry.seq <= 5));
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(5);
    // Its comparison too: from the real history, up to the moment shown.
    const sinceStart = await serverValue(session, 'versions:diff', { from: '2026-11-01T00:00:00.000Z' });
    expect([sinceStart.to.seq, sinceStart.to.hash, sinceStart.to.at]).toEqual([5, realHistory.find((entry) => entry.seq === 5)?.hash, realHistory.find((entry) => entry.seq === 5)?.at]);
    expect(sinceStart.changes.map((change) => `${change.change} ${change.entityType}`).sort()).toEqual([
      'added activity',
      'added organisation',
      'added processor',
      'added retentionRule',
      // From before the register was made (no facts) to its facts as recorded when it was made.
      'changed register',
    ]);
    expect((await page.getByTestId('history-list').innerText()).split('\n').join(' ')).toContain(realHistory.find((entry) => entry.seq === 1)?.label ?? '?');
    await screenshot(page, 'versions-as-of-history');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Atgriezties pie pašreizējā reģistra' }).click();
    await page.getByTestId('as-of-banner').waitFor({ state: 'detached' }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator('body').innerText()}\n${session.pageErrors.join('\n')}`);
    });
    expect((await serverValue(session, 'register:current', {}))?.readOnly).toBe(false);
  });

  it('opens what changed since the latest approval in one click, from the overview and from the versions list', async () => {
    const { page } = session;
    const sinceApproval = async () => {
      const panel = page.getByTestId('changes-panel');
      await panel.getByText('Izmaiņu skaits: 3').waitFor();
      const text = await panel.innerText();
      // Since the approval: the activity lost its processor, one was added, the processor removed; its renaming came before.
      expect(text).toContain('Videonovērošana');
      expect(text).toContain('SIA Algu Serviss');
      expect(text).not.toContain('Apstrādes darbības nosaukums');
      expect(await panel.getByLabel('No', { exact: true }).inputValue()).toMatch(/^2026-12-05T\d\d:\d\d$/);
    };
    await openFromNav(page, 'Pārskats');
    const approval = page.getByTestId('approval-panel');
    await approval.getByText('Nav apstiprināts: 3 izmaiņa(-s)', { exact: false }).waitFor();
    await approval.locator('p').getByRole('button', { name: 'Salīdzināt ar pašreizējo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Izmaiņu vēsture' }).waitFor();
    await sinceApproval();
    await screenshot(page, 'versions-since-approval');
    await openFromNav(page, 'Pārskats');
    await approval.getByText('Apstiprinātās versijas un pārskatīšanas').click();
    await approval.getByTestId('version-entries').getByRole('button', { name: 'Salīdzināt ar pašreizējo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Izmaiņu vēsture' }).waitFor();
    await sinceApproval();
  });

  it('lists what changed between two moments, field by field, with filters', async () => {
    const { page } = session;
    await openFromNav(page, 'Izmaiņu vēsture');
    const panel = page.getByTestId('changes-panel');
    await panel.getByLabel('No', { exact: true }).fill('2026-12-01T00:00');
    await panel.getByRole('button', { name: 'Salīdzināt' }).click();
    await panel.getByText('Izmaiņu skaits: 3').waitFor().catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator('main').innerText()}\n${session.pageErrors.join('\n')}`);
    });
    const text = await panel.innerText();
    expect(text).toContain('Apstrādes darbības nosaukums');
    expect(text).toContain('Darba samaksas aprēķins');
    await panel.getByLabel('Izmaiņas veids').selectOption('added');
    await panel.getByText('Izmaiņu skaits: 1').waitFor();
    await panel.getByLabel('Izmaiņas veids').selectOption('');
    await settle(page);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'versions-changes');
    expect(await seriousViolations(page)).toEqual([]);
    // From the diff: the removed processor back as it was; the diff then no longer lists it.
    await panel.locator('li', { hasText: 'SIA Algu Serviss (' }).or(panel.locator('li', { hasText: 'Apstrādātājs: SIA Algu Serviss' })).first().getByRole('button', { name: 'Atjaunot, kāds tas bija “No” brīdī' }).click();
    await panel.getByText('Izmaiņu skaits: 2').waitFor();
    expect((await serverValue(session, 'processors:list', {})).map((p) => p.name)).toEqual(['SIA Algu Serviss']);
    const [entry] = await serverValue(session, 'history:list', { limit: 1 });
    expect([entry?.entityType, entry?.action, entry?.author]).toEqual(['processor', 'create', 'Ilze Ozola']);
  });
});
