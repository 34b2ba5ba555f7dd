/**
 * Excel from the app, in Chromium on the demo register: the export dialog
 * (language, organisation), the import preview of a DPO's own table (how
 * each column maps, the rows that cannot be taken, changing the mapping),
 * the import itself, a ROPA export round-tripped into a new register, the
 * replace confirmation, and a file that is not a workbook.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.ts';
import { seriousViolations } from './helpers/axe.ts';
import { chooseWorkspaceFile } from './helpers/workspace.ts';
import { openEditor, serverValue, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { demoRegister } from './helpers/registers.ts';
import { openFromNav, screenshot, settle, tableRows } from './helpers/screens.ts';

let session: EditorSession;
let folder: string;
let demoPath: string;

beforeAll(async () => {
  folder = workspaceDir();
  demoPath = await demoRegister(folder);
  session = await openEditor({ db: demoPath, workspace: folder });
  await session.page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function axeClean(name: string): Promise<void> {
  await settle(session.page);
  expect(await seriousViolations(session.page), name).toEqual([]);
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell of a sheet as text (what a reader of the workbook sees). */
function sheetCells(workbook: ExcelJS.Workbook, name: string): Set<string> {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet “${name}” (${workbook.worksheets.map((s) => s.name).join(', ')})`);
  const cells = new Set<string>();
  sheet.eachRow((row) => row.eachCell((cell) => cells.add(String(cell.text).trim())));
  return cells;
}

async function exportExcel(options: { language?: string; organisation?: string } = {}): Promise<string> {
  const { page } = session;
  await openFromNav(page, 'Reģistra faili');
  await page.getByRole('button', { name: 'Eksportēt Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksportēt Excel darbgrāmatu' });
  await dialog.waitFor();
  if (options.language) await dialog.getByLabel('Darbgrāmatas valoda').selectOption(options.language);
  if (options.organisation) await dialog.getByLabel('Organizācija').selectOption({ label: options.organisation });
  const status = page.locator('.notices [role="status"]');
  const before = await status.textContent();
  await dialog.getByRole('button', { name: 'Eksportēt…' }).click();
  await expect.poll(() => status.textContent()).not.toBe(before);
  const text = (await status.textContent()) ?? '';
  expect(text).toMatch(/^Excel darbgrāmata saglabāta: /);
  expect(await dialog.count()).toBe(0);
  return join(folder, text.replace(/^.*saglabāta: /, '').trim());
}

/** A register table as a DPO keeps one: Latvian headers, and row 4 with a review date that is not a date. */
async function writeForeignTable(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Reģistrs');
  const rows = [
    ['Nr.', 'Apstrādes darbība', 'Mērķis', 'Tiesiskais pamats', 'Datu subjekti', 'Personas dati', 'Saņēmēji', 'Glabāšanas termiņš', 'Atbildīgā persona', 'Pārskatīts'],
    ['K-1', 'Klientu līgumi', 'Līgumu slēgšana un izpilde', 'līguma izpilde', 'Klienti (fiziskas personas)', 'Līguma dati', 'Grāmatvedība', '10 gadi', 'Valde', '15.03.2026'],
    ['K-2', 'Preču piegāde', 'Pasūtījumu piegāde', 'contract', 'Klienti (fiziskas personas)', 'Kontaktinformācija', 'Kurjeru dienests “Ātrs”', '3 gadi', 'Loģistika', '16.03.2026'],
    ['K-3', 'Videonovērošana noliktavā', 'Īpašuma aizsardzība', 'leģitīmās intereses', 'Apmeklētāji telpās', 'Attēli un videoieraksti', 'Apsardzes uzņēmums', '30 dienas', 'Valde', 'pagājušajā nedēļā'],
  ];
  for (const row of rows) sheet.addRow(row);
  const path = join(folder, 'klientu-registrs.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

function mappingSelect(letter: string, header: string) {
  return session.page.getByLabel(`Lauks kolonnai ${letter} “${header}”`);
}

describe('Excel from the app', () => {
  it('exports the register in the chosen language and for the chosen organisation through the save dialog', async () => {
    const { page } = session;
    const activities = await serverValue(session, 'activities:list', {});
    const controllerNames = activities.filter((a) => a.kind === 'controller').map((a) => a.name);
    expect(controllerNames.length).toBeGreaterThan(10);

    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Eksportēt Excel…' }).click();
    await page.getByRole('dialog', { name: 'Eksportēt Excel darbgrāmatu' }).waitFor();
    await axeClean('Excel export dialog');
    await page.keyboard.press('Escape');

    const latvian = await exportExcel();
    expect(latvian).toBe(join(folder, 'demo.xlsx'));
    const lv = await readWorkbook(latvian);
    expect(lv.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Par reģistru', 'Pārzinis 30(1)', 'Glabāšanas noteikumi']));
    const controllerSheet = sheetCells(lv, 'Pārzinis 30(1)');
    for (const name of controllerNames) expect(controllerSheet.has(name), name).toBe(true);

    const organisations = await serverValue(session, 'organisations:list', {});
    const service = organisations.find((o) => o.name.includes('Serviss'))!;
    const english = await exportExcel({ language: 'en', organisation: service.name });
    const en = await readWorkbook(english);
    expect(en.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['About', 'Controller 30(1)']));
    const serviceSheet = sheetCells(en, 'Controller 30(1)');
    const controllers = activities.filter((a) => a.kind === 'controller');
    expect(controllers.filter((a) => serviceSheet.has(a.name)).map((a) => a.number)).toEqual(controllers.filter((a) => a.organisationId === service.id).map((a) => a.number));
    expect(controllers.some((a) => a.organisationId === service.id)).toBe(true);
  });

  it('previews a DPO’s own table: columns and fields, the row that cannot be taken, and re-plans when the mapping changes', async () => {
    const { page } = session;
    await writeForeignTable();
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Importēt no Excel…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importēt no Excel' }).waitFor();
    await axeClean('Excel import, before a workbook');
    await page.getByRole('button', { name: 'Izvēlēties darbgrāmatu…' }).click();
    await chooseWorkspaceFile(page, 'klientu-registrs.xlsx');
    await page.getByRole('heading', { name: 'Kolonnas un lauki' }).waitFor();

    expect(await page.getByTestId('preview-file').textContent()).toBe('klientu-registrs.xlsx');
    expect(await page.getByTestId('preview-source').textContent()).toBe('Reģistra tabula (nolasa pēc kolonnām)');
    expect(await page.getByTestId('preview-counts').textContent()).toBe('3 kopā: 2 var importēt, 1 nevar');
    // How each column maps, as proposed from its header.
    expect(await mappingSelect('A', 'Nr.').inputValue()).toBe('number');
    expect(await mappingSelect('B', 'Apstrādes darbība').inputValue()).toBe('name');
    expect(await mappingSelect('C', 'Mērķis').inputValue()).toBe('purposes');
    expect(await mappingSelect('D', 'Tiesiskais pamats').inputValue()).toBe('legalBases');
    expect(await mappingSelect('J', 'Pārskatīts').inputValue()).toBe('lastReviewedOn');
    // The samples under each header are shown.
    await expect.poll(() => page.locator('tr[data-column="B"] .sample').allTextContents()).toEqual(['Klientu līgumi', 'Preču piegāde', 'Videonovērošana noliktavā']);

    // The row that cannot be taken: its row number, column and reason.
    const problems = page.getByTestId('problems-table').locator('tbody tr');
    expect(await problems.count()).toBe(1);
    expect((await problems.first().locator('th, td').allTextContents()).map((text) => text.trim())).toEqual([
      '4',
      'J “Pārskatīts”',
      '“pagājušajā nedēļā” nav datums (dd.mm.gggg)',
    ]);
    // Main writes the reasons and field labels: switching the language plans again in it.
    await page.getByLabel('Valoda').selectOption('en');
    await expect.poll(() => problems.first().locator('td').last().textContent()).toBe('“pagājušajā nedēļā” is not a date (dd.mm.yyyy)');
    expect(await mappingSelect('J', 'Pārskatīts').count()).toBe(0);
    expect(await page.getByLabel('Field for column J “Pārskatīts”').locator('option:checked').textContent()).toBe('Last reviewed');
    await page.getByLabel('Language').selectOption('lv');
    await expect.poll(() => problems.first().locator('td').last().textContent()).toBe('“pagājušajā nedēļā” nav datums (dd.mm.gggg)');

    // What the import would create, before anything is written.
    const created = page.getByTestId('created-list');
    await expect.poll(() => created.textContent()).toContain('Kurjeru dienests “Ātrs”');
    expect(await created.textContent()).toContain('Saņēmēju kategorijas');

    // Not importable yet: the demo has two organisations, and a row is refused.
    const importButton = page.getByRole('button', { name: 'Importēt', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.getByTestId('blockers').textContent()).toContain('jāizvēlas organizācija');
    expect(await page.getByTestId('blockers').textContent()).toContain('jāatrisina rindas, kuras nevar importēt');
    await page.getByLabel('Kurai organizācijai importēt').selectOption({ label: 'SIA "ZKM Serviss"' });
    await expect.poll(() => page.getByTestId('blockers').textContent()).not.toContain('jāizvēlas organizācija');
    await axeClean('Excel import preview');
    await page.getByRole('heading', { name: 'Kolonnas un lauki' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -60));
    await screenshot(page, 'excel-import-preview');

    // Leaving the recipients out re-plans: no new recipient category any more.
    await mappingSelect('G', 'Saņēmēji').selectOption({ label: '— neimportēt —' });
    await expect.poll(() => created.textContent()).not.toContain('Kurjeru dienests');
    expect(await page.locator('tr[data-column="G"]').getAttribute('class')).toBe('column-left-out');
    expect(await problems.count()).toBe(1);

    // Choosing a field another column holds moves it there and says so.
    await mappingSelect('C', 'Mērķis').selectOption('name');
    await page.getByRole('status').filter({ hasText: 'tagad tiek ņemts no kolonnas C; kolonna B netiek importēta' }).waitFor();
    await expect.poll(() => mappingSelect('B', 'Apstrādes darbība').inputValue()).toBe('');
    await mappingSelect('B', 'Apstrādes darbība').selectOption('name');
    await expect.poll(() => mappingSelect('C', 'Mērķis').inputValue()).toBe('');
    await mappingSelect('C', 'Mērķis').selectOption('purposes');
    await expect.poll(() => mappingSelect('C', 'Mērķis').inputValue()).toBe('purposes');

    // Leaving out the column with the bad date makes every row importable.
    await mappingSelect('J', 'Pārskatīts').selectOption('');
    await page.getByText('Visas rindas var importēt.').waitFor();
    expect(await page.getByTestId('ready').textContent()).toBe('Var importēt 3 apstrādes darbības.');
    await expect.poll(() => importButton.isEnabled()).toBe(true);

    const before = (await serverValue(session, 'activities:list', {})).length;
    await importButton.click();
    const outcome = page.getByTestId('outcome');
    await outcome.getByRole('heading', { name: 'Imports pabeigts' }).waitFor();
    expect(await outcome.textContent()).toContain('No darbgrāmatas “klientu-registrs.xlsx” importētas apstrādes darbības: 3.');
    expect(await outcome.textContent()).toContain('Pirms importa izveidota rezerves kopija.');
    await axeClean('Excel import done');

    await outcome.getByRole('button', { name: 'Atvērt apstrādes darbības' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbības' }).waitFor();
    await expect.poll(() => tableRows(page, 'activities-table').count()).toBe(before + 3);
    for (const number of ['K-1', 'K-2', 'K-3']) expect(await tableRows(page, 'activities-table').filter({ hasText: number }).count()).toBe(1);
    const service = (await serverValue(session, 'organisations:list', {})).find((o) => o.name === 'SIA "ZKM Serviss"')!;
    const imported = (await serverValue(session, 'activities:list', {})).filter((a) => a.number.startsWith('K-'));
    expect(imported.map((a) => [a.number, a.organisationId])).toEqual([
      ['K-1', service.id],
      ['K-2', service.id],
      ['K-3', service.id],
    ]);
    // Left out means left out: no review date came in.
    expect((await serverValue(session, 'activities:get', { id: imported[0]!.id })).lastReviewedOn).toBeNull();
  });

  it('says clearly why a file that is not a workbook cannot be imported, and changes nothing', async () => {
    const { page } = session;
    writeFileSync(join(folder, 'nav-darbgramata.xlsx'), 'Nr.;Nosaukums\n1;Algas\n');
    const before = await serverValue(session, 'activities:list', {});
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Importēt no Excel…' }).click();
    await page.getByRole('button', { name: 'Izvēlēties darbgrāmatu…' }).click();
    await chooseWorkspaceFile(page, 'nav-darbgramata.xlsx');
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    expect(await refused.getByRole('heading').textContent()).toBe('Darbgrāmatu nevar importēt');
    expect(await refused.textContent()).toContain('Fails nav-darbgramata.xlsx nav Excel darbgrāmata (.xlsx)');
    expect(await refused.textContent()).toContain('Reģistrs nav mainīts.');
    expect(await page.getByRole('button', { name: 'Importēt', exact: true }).count()).toBe(0);
    await axeClean('Excel import refused');
    expect(await serverValue(session, 'activities:list', {})).toEqual(before);
    rmSync(join(folder, 'nav-darbgramata.xlsx'));
  });

  it('imports a ROPA export into a new register without loss, and asks before replacing a register’s content', async () => {
    const { page } = session;
    const exported = await exportExcel();
    const original = ropa(['export', 'json', '--db', demoPath]);
    expect(original.status).toBe(0);

    // A new register, made from the app: the guided start asks for its organisation first.
    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Jauns reģistrs…' }).click();
    await page.getByText('Norādiet organizācijas nosaukumu: reģistrs bez organizācijas netiek veidots.').waitFor();
    await page.getByLabel('Organizācijas nosaukums').fill('SIA Jaunais');
    await page.getByRole('button', { name: 'Jauns reģistrs…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    const copyPath = session.app.session!.path;
    expect(copyPath).not.toBe(demoPath);

    await openFromNav(page, 'Reģistra faili');
    await page.getByRole('button', { name: 'Importēt no Excel…' }).click();
    await page.getByRole('button', { name: 'Izvēlēties darbgrāmatu…' }).click();
    await chooseWorkspaceFile(page, exported.slice(folder.length + 1));
    await page.getByTestId('preview-source').waitFor();
    expect(await page.getByTestId('preview-file').textContent()).toBe(exported.slice(folder.length + 1));
    expect(await page.getByTestId('preview-source').textContent()).toBe('ROPA eksports (importē bez zudumiem)');
    // The new register holds its organisation, so the whole export replaces it (asked first).
    expect(await page.getByText('aizstās visu reģistra saturu').count()).toBe(1);
    await axeClean('Excel import of a ROPA export');
    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    await page.getByRole('dialog', { name: 'Aizstāt reģistra saturu?' }).getByRole('button', { name: 'Aizstāt un importēt' }).click();
    await page.getByTestId('outcome').getByRole('heading', { name: 'Imports pabeigts' }).waitFor();
    expect(await page.getByTestId('outcome').textContent()).toContain('apstrādes darbības: 21');
    // The whole register came in: its title is in the header now.
    await expect.poll(() => page.locator('.register-name').textContent()).toContain('Ziemeļkurzemes Mēbeles');

    const copy = ropa(['export', 'json', '--db', copyPath]);
    expect(copy.status).toBe(0);
    expect(copy.stdout).toBe(original.stdout);

    // The same workbook into a register that now holds data: asked first.
    await page.getByRole('button', { name: 'Izvēlēties darbgrāmatu…' }).click();
    await chooseWorkspaceFile(page, exported.slice(folder.length + 1));
    await page.getByText('Šajā reģistrā jau ir dati. ROPA eksports tiek importēts vesels, tāpēc tas aizstās visu reģistra saturu.').waitFor();
    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Aizstāt reģistra saturu?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Pirms importa tiek izveidota rezerves kopija');
    await axeClean('Replace confirmation');
    await confirm.getByRole('button', { name: 'Atcelt' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(ropa(['export', 'json', '--db', copyPath]).stdout).toBe(original.stdout);

    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    await confirm.getByRole('button', { name: 'Aizstāt un importēt' }).click();
    await page.getByTestId('outcome').getByRole('heading', { name: 'Imports pabeigts' }).waitFor();
    expect(ropa(['export', 'json', '--db', copyPath]).stdout).toBe(original.stdout);
    expect(session.pageErrors).toEqual([]);
  });
});
