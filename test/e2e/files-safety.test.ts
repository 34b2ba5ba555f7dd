/**
 * Keeping the register safe, from the app, in Chromium: the JSON import and
 * its replace confirmation, backups (back up now, restore with its safety
 * copy), the history check that names the first broken entry, and the
 * read-only notice while another process holds the register.
 */
import { rmSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdRegister } from '../helpers/safety.ts';
import { seriousViolations } from './helpers/axe.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { processTimeZone } from './helpers/clock.ts';
import { demoRegister } from './helpers/registers.ts';
import { openFromNav, screenshot, settle, SCREENSHOTS, tableRows } from './helpers/screens.ts';
import { chooseWorkspaceFile } from './helpers/workspace.ts';

const DEMO_TITLE = 'SIA "Ziemeļkurzemes Mēbeles"';

async function axeClean(session: EditorSession, name: string): Promise<void> {
  await settle(session.page);
  expect(await seriousViolations(session.page), name).toEqual([]);
}

/** Opens PD-01 and changes its responsible person; answers the value it had. */
async function editResponsiblePerson(session: EditorSession, value: string): Promise<void> {
  const { page } = session;
  await openFromNav(page, 'Apstrādes darbības');
  await tableRows(page, 'activities-table').filter({ hasText: 'PD-01' }).click();
  await page.getByRole('heading', { level: 1, name: /PD-01/ }).waitFor();
  await page.getByLabel('Atbildīgā persona').fill(value);
  await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
}

/** An instant as the page shows it (dd.mm.gggg hh:mm): the browser runs in this process's time zone, as the window runs in main's. */
function localTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: processTimeZone(), day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

async function pd01(session: EditorSession) {
  const summary = (await serverValue(session, 'activities:list', {})).find((a) => a.number === 'PD-01')!;
  return serverValue(session, 'activities:get', { id: summary.id });
}

describe('JSON import, backups and the history check', () => {
  let session: EditorSession;
  let folder: string;
  let path: string;

  beforeAll(async () => {
    folder = workspaceDir();
    path = await demoRegister(folder);
    session = await openEditor({ db: path, workspace: folder });
    await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports a JSON exchange file after saying that it replaces the register’s content', async () => {
    const { page } = session;
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Eksportēt JSON…' }).click();
    await page.getByRole('status').filter({ hasText: 'Eksportēts: demo.json' }).waitFor();

    // Something to be replaced: the register's title.
    await page.getByLabel('Reģistra nosaukums').fill('Pārdēvēts reģistrs');
    await page.getByRole('button', { name: 'Saglabāt nosaukumu' }).click();
    await expect.poll(() => page.locator('.register-name').textContent()).toBe('Pārdēvēts reģistrs');

    await page.getByRole('button', { name: 'Importēt JSON…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importēt JSON apmaiņas failu' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Šajā reģistrā jau ir dati (organizācijas: 2, apstrādes darbības: 18, apstrādātāji un saņēmēji: 12, glabāšanas noteikumi: 19). Importējot JSON failu, viss reģistra saturs tiks aizstāts ar faila saturu.',
    );
    expect(await dialog.textContent()).toContain('Pirms importa tiek izveidota rezerves kopija');
    await axeClean(session, 'JSON import dialog');
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Atcelt' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await serverValue(session, 'register:current', {}))!.info.title).toBe('Pārdēvēts reģistrs');

    await page.getByRole('button', { name: 'Importēt JSON…' }).click();
    await dialog.getByRole('button', { name: 'Izvēlēties failu un aizstāt saturu…' }).click();
    // Browser mode: the file is chosen from the workspace's list.
    await chooseWorkspaceFile(page, 'demo.json');
    const outcome = page.getByTestId('outcome');
    await outcome.getByRole('heading', { name: 'Imports pabeigts' }).waitFor();
    expect(await outcome.textContent()).toContain(
      'JSON fails importēts (organizācijas: 2, apstrādes darbības: 18, apstrādātāji un saņēmēji: 12, glabāšanas noteikumi: 19).',
    );
    await expect.poll(() => page.locator('.register-name').textContent()).toBe(DEMO_TITLE);
    expect((await serverValue(session, 'register:current', {}))!.info.title).toBe(DEMO_TITLE);
    expect(await page.getByLabel('Reģistra nosaukums').inputValue()).toBe(DEMO_TITLE);
  });

  it('makes a backup on request, and restores one after confirmation, keeping a safety copy of what it replaces', async () => {
    const { page } = session;
    await openFromNav(page, 'Reģistra faili');
    await page.getByTestId('backups-panel').getByRole('button', { name: 'Rezerves kopijas un atjaunošana…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rezerves kopijas' }).waitFor();
    expect(await page.getByTestId('backup-folder').textContent()).toBe(path.replace(/\.ropa$/, '.backups'));
    const rows = page.getByTestId('backup-row');
    await rows.first().waitFor();
    const before = await rows.count();
    expect(await page.locator('[data-testid="backup-row"][data-reason="import"]').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Izveidot rezerves kopiju tagad' }).click();
    await page.getByRole('status').filter({ hasText: 'Rezerves kopija izveidota:' }).waitFor();
    await expect.poll(() => rows.count()).toBe(before + 1);
    // The new one (backups made within the same second may list in either order).
    const manual = page.locator('[data-testid="backup-row"][data-reason="manual"]');
    expect(await manual.count()).toBe(1);
    const cells = (await manual.locator('th, td').allTextContents()).map((text) => text.trim());
    expect(cells[0]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    // About 1 MB: shown in KB or MB (the register's first entries put it at the boundary).
    expect(cells.slice(1, 5)).toEqual(['Pēc pieprasījuma', expect.stringMatching(/^\d+(,\d)? (KB|MB)$/), '18 apstrādes darbības', 'Derīga']);
    await axeClean(session, 'Backups');

    // A change after the backup...
    const original = (await pd01(session)).ownerPerson;
    await editResponsiblePerson(session, 'Pēc rezerves kopijas mainīts');
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    expect((await pd01(session)).ownerPerson).toBe('Pēc rezerves kopijas mainīts');

    // ...is gone after restoring it.
    await openFromNav(page, 'Reģistra faili');
    await page.getByTestId('backups-panel').getByRole('button', { name: 'Rezerves kopijas un atjaunošana…' }).click();
    await rows.first().waitFor();
    await page.locator('[data-testid="backup-row"][data-reason="manual"]').first().getByRole('button', { name: /^Atjaunot reģistru no / }).click();
    const confirm = page.getByRole('dialog', { name: 'Atjaunot reģistru no rezerves kopijas?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('(pēc pieprasījuma, 18 apstrādes darbības)');
    expect(await confirm.textContent()).toContain('pašreizējais reģistra stāvoklis tiek saglabāts kā drošības kopija');
    await axeClean(session, 'Restore confirmation');
    await confirm.getByRole('button', { name: 'Atjaunot', exact: true }).click();
    const outcome = page.getByTestId('outcome');
    await outcome.getByRole('heading', { name: 'Reģistrs atjaunots' }).waitFor();
    expect(await outcome.textContent()).toMatch(/Reģistrs atjaunots no rezerves kopijas demo .+ manual\.ropa\./);
    expect(await outcome.textContent()).toMatch(/Iepriekšējais stāvoklis saglabāts kā drošības kopija: demo .+ before-restore\.ropa\./);
    expect((await pd01(session)).ownerPerson).toBe(original);

    const safety = page.locator('[data-testid="backup-row"][data-reason="before-restore"]');
    await expect.poll(() => safety.count()).toBe(1);
    expect((await safety.locator('td').allTextContents()).slice(0, 4).map((text) => text.trim())).toEqual([
      'Drošības kopija pirms atjaunošanas',
      expect.stringMatching(/^\d+(,\d)? (KB|MB)$/),
      '18 apstrādes darbības',
      'Derīga',
    ]);
    await screenshot(page, 'backups');

    // The keyboard alone reaches Restore; the question starts on the safe answer and Escape leaves it.
    await page.locator('#screen-title').focus();
    for (let step = 0; step < 40 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Atjaunot…'; step += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Atjaunot reģistru no \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} rezerves kopijas$/);
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Atcelt');
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Atjaunot…');

    // Every screen reloaded: the editor shows the restored value.
    await openFromNav(page, 'Apstrādes darbības');
    await tableRows(page, 'activities-table').filter({ hasText: 'PD-01' }).click();
    await expect.poll(() => page.getByLabel('Atbildīgā persona').inputValue()).toBe(original);
  });

  it('shows the first broken entry of the change history: its number, time, record and reason', async () => {
    const { page } = session;
    await openFromNav(page, 'Izmaiņu vēsture');
    await page.getByRole('button', { name: 'Pārbaudīt vēstures veselumu' }).click();
    await page.getByText(/^Vēstures ķēde ir nebojāta \(\d+ ieraksti\)\./).waitFor();

    // Someone edits an entry behind the app's back.
    const db = new Database(path);
    const entry = db.prepare('select seq, at, entity_type as type, label from history where seq = 7').get() as { seq: number; at: string; type: string; label: string };
    db.prepare("update history set after_json = json_set(coalesce(after_json, '{}'), '$.name', 'Viltots') where seq = 7").run();
    db.close();

    await page.getByRole('button', { name: 'Pārbaudīt vēstures veselumu' }).click();
    const broken = page.getByTestId('chain-broken');
    await broken.waitFor();
    expect(await broken.getByRole('heading').textContent()).toBe('Izmaiņu vēstures ķēde ir bojāta');
    const facts = await broken.locator('dd').allTextContents();
    expect(facts[0]).toBe('7');
    expect(facts[1]).toBe(localTime(entry.at));
    expect(facts[2]).toContain(`“${entry.label}”`);
    expect(facts[3]).toBe('ieraksta saturs neatbilst tā jaucējkodam (ieraksts ir mainīts)');
    expect(await broken.getAttribute('role')).toBe('alert');
    await axeClean(session, 'Broken history');
    expect(session.pageErrors).toEqual([]);
  });
});

describe('a register another process holds', () => {
  let session: EditorSession;
  let folder: string;
  let holder: Awaited<ReturnType<typeof holdRegister>> | undefined;

  beforeAll(async () => {
    folder = workspaceDir();
    const path = await demoRegister(folder);
    holder = await holdRegister(path);
    session = await openEditor({ db: path, workspace: folder });
    await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
  });

  afterAll(async () => {
    await holder?.stop();
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is read-only with a notice naming the holder on every screen; saving answers clearly; it can be opened for editing once let go', async () => {
    const { page } = session;
    const holderText = `${userInfo().username} datorā ${hostname()}`;
    const banner = page.getByTestId('read-only-banner');
    for (const [screen, heading] of [
      ['Pārskats', 'Pārskats'],
      ['Apstrādes darbības', 'Apstrādes darbības'],
      ['Reģistra faili', 'Reģistra faili'],
    ] as const) {
      await openFromNav(page, screen, heading);
      expect(await banner.textContent()).toContain(`Tikai lasīšanai. Reģistru šobrīd rediģē ${holderText} (kopš `);
    }
    expect(await banner.textContent()).toContain('lai rediģētu, aizveriet to otrā logā vai datorā un atveriet šeit no jauna');
    // The register files screen offers no import.
    expect(await page.getByRole('button', { name: 'Importēt no Excel…' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Importēt JSON…' }).isDisabled()).toBe(true);
    expect(await page.getByText('Reģistrs ir atvērts tikai lasīšanai, tāpēc to nevar mainīt.').count()).toBe(1);
    await axeClean(session, 'Read-only register files');

    // A save is refused with a message that says who holds the register.
    const original = (await pd01(session)).ownerPerson;
    await editResponsiblePerson(session, 'Mēģinājums saglabāt');
    const alert = page.getByRole('alert').filter({ hasText: 'Kļūda' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Izmaiņas nav saglabātas. Reģistrs demo.ropa ir atvērts citā logā vai datorā (${userInfo().username}@${hostname()}, `);
    expect((await pd01(session)).ownerPerson).toBe(original);
    await axeClean(session, 'Read-only activity editor');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/read-only.png`, caret: 'hide', animations: 'disabled' });

    // The other process lets go; trying again opens it for editing.
    await holder!.stop();
    holder = undefined;
    await page.getByRole('button', { name: 'Aizvērt' }).click();
    await banner.getByRole('button', { name: 'Mēģināt atvērt rediģēšanai' }).click();
    // The form still holds the change that was not saved: the app asks first.
    await page.getByRole('dialog', { name: 'Nesaglabātas izmaiņas' }).getByRole('button', { name: 'Aiziet, nesaglabājot' }).click();
    await page.getByRole('status').filter({ hasText: 'Reģistrs atvērts rediģēšanai.' }).waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    expect((await serverValue(session, 'register:current', {}))!.readOnly).toBe(false);

    await editResponsiblePerson(session, 'Saglabāts pēc atbrīvošanas');
    await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
    expect((await pd01(session)).ownerPerson).toBe('Saglabāts pēc atbrīvošanas');
    expect(session.pageErrors).toEqual([]);
  });
});
