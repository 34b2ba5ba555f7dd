/**
 * The issue 14 measure: the register of the sample privacy policy
 * ../shared/samples/privacy-policies/002_03475612372c7140.txt (SIA “IMG
 * Logistics”: five purposes — customer management, disputes, protection
 * against fraud, personalised marketing on consent, website statistics) is
 * entered through the interface twice, in the same browser: once with the
 * guided start and the library (adapting the drafts where the policy says
 * more than the templates), once from scratch (the first activity in full,
 * the others as copies changed where they differ, as a practised DPO would).
 * Steps are clicks plus fields typed (helpers/steps.ts). Both counts are
 * printed; the library path must take at most a third of the steps.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverValue } from './helpers/browser.ts';
import { editorPerFile } from './helpers/session.ts';
import { settle, tableRows } from './helpers/screens.ts';
import { StepCounter } from './helpers/steps.ts';

const CONTROLLER = 'SIA “IMG Logistics”';
const DATA = {
  identity: 'Identifikācijas dati (vārds, uzvārds, personas kods, dzimšanas datums)',
  contact: 'Kontaktinformācija (adrese, e-pasts, tālrunis)',
  online: 'Tiešsaistes identifikatori (IP adrese, sīkdatnes)',
} as const;
type Data = keyof typeof DATA;
const BASES = { a: 'a) Datu subjekta piekrišana', b: 'b) Līguma izpilde', c: 'c) Pārzinim piemērojams juridisks pienākums', f: 'f) Pārziņa vai trešās personas leģitīmās intereses' } as const;
type Basis = keyof typeof BASES;
const RULE = { name: 'Klientu personas dati', criterion: 'Tik ilgi, cik nepieciešams, lai sasniegtu izvirzītos mērķus; dzēš, kad vairs nav nepieciešami vai datu subjekts likumīgi pieprasa dzēšanu.' };

interface Purpose {
  name: string;
  bases: Basis[];
  interest?: string;
  data: Data[];
}
const PURPOSES: Purpose[] = [
  { name: 'Klientu pārvaldība (pasūtījumi, piegādes, rēķini, atbalsts, sūdzības)', bases: ['b', 'c'], data: ['identity', 'contact', 'online'] },
  { name: 'Strīdu pārvaldība', bases: ['f'], interest: 'Aizstāvēt savas tiesības strīdā', data: ['identity', 'contact'] },
  { name: 'Aizsardzība pret krāpšanu un citiem pārkāpumiem', bases: ['f'], interest: 'Novērst krāpšanu', data: ['identity', 'online'] },
  { name: 'Personalizēts mārketings un reklāma', bases: ['a'], data: ['contact', 'online'] },
  { name: 'Tīmekļa vietnes apmeklējuma statistika', bases: ['a'], data: ['online'] },
];
// The library's templates for the same five purposes.
const TEMPLATES = ['customer-contracts', 'debt-collection', 'it-access-logs', 'direct-marketing', 'website-analytics-cookies'];

const file = editorPerFile();

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Back to the start screen with no register open (not counted: each path starts there). */
async function startOver(page: Page): Promise<void> {
  await file.session.app.close();
  await page.goto('about:blank');
  await page.goto(`${file.session.web.url.split('?')[0]}#/files`);
  await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību reģistrs' }).waitFor();
}

async function guidedStart(page: Page, steps: StepCounter): Promise<void> {
  const form = page.getByTestId('new-register');
  await steps.fill(form.getByLabel('Organizācijas nosaukums'), CONTROLLER);
  await steps.click(form.getByRole('button', { name: 'Jauns reģistrs…' }));
  await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
}

async function save(page: Page, steps: StepCounter): Promise<void> {
  await steps.click(page.getByRole('button', { name: 'Saglabāt', exact: true }));
  await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
}

/** Sets the open form to `purpose` (only what differs from what it shows). */
async function fillPurpose(page: Page, steps: StepCounter, purpose: Purpose, first: boolean): Promise<void> {
  await steps.fill(page.getByRole('textbox', { name: 'Apstrādes darbības nosaukums', exact: true }), purpose.name);
  if ((await page.getByTestId('purpose').count()) === 0) await steps.click(page.getByRole('button', { name: 'Pievienot nolūku' }));
  await steps.fill(page.getByRole('textbox', { name: 'Nolūks', exact: true }), purpose.name);
  const bases = group(page, 'Tiesiskais pamats (6. panta 1. punkts)');
  for (const [basis, label] of Object.entries(BASES)) await steps.setChecked(bases.getByLabel(label), purpose.bases.includes(basis as Basis));
  if (purpose.interest) await steps.fill(page.getByRole('textbox', { name: 'Leģitīmās intereses', exact: true }), purpose.interest);
  const data = group(page, 'Personas datu kategorijas');
  for (const [type, label] of Object.entries(DATA)) {
    const wanted = purpose.data.includes(type as Data);
    const box = data.getByLabel(label, { exact: true });
    const added = wanted && !(await box.isChecked());
    await steps.setChecked(box, wanted);
    if (added || (first && wanted)) await steps.select(page.locator('#sec-retention').getByLabel(label, { exact: true }), { label: RULE.name });
  }
}

describe('the sample policy’s register, with the library and from scratch', () => {
  it('takes at most a third of the steps with the library', async () => {
    const { page } = file.session;
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību reģistrs' }).waitFor();

    // From scratch: the retention rule, the first activity in full, then copies.
    const scratch = new StepCounter();
    await guidedStart(page, scratch);
    await scratch.click(page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Glabāšanas noteikumi', exact: true }));
    await scratch.click(page.getByRole('button', { name: 'Jauns glabāšanas noteikums' }));
    await scratch.fill(page.getByRole('textbox', { name: 'Datu vai dokumentu kategorija', exact: true }), RULE.name);
    await scratch.fill(page.getByLabel('Kritērijs'), RULE.criterion);
    await scratch.select(page.getByLabel('Darbība pēc termiņa beigām'), 'delete');
    await save(page, scratch);
    await scratch.click(page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Apstrādes darbības', exact: true }));
    await scratch.click(page.getByRole('button', { name: 'Jauna apstrādes darbība' }));
    await page.getByRole('heading', { level: 1, name: 'Jauna apstrādes darbība' }).waitFor();
    await scratch.fill(page.getByRole('textbox', { name: 'Nr.', exact: true }), 'IMG-01');
    await scratch.setChecked(group(page, 'Datu subjektu kategorijas').getByLabel('Klienti (fiziskas personas)'), true);
    await scratch.setChecked(group(page, 'Datu avots').getByLabel('No datu subjekta'), true);
    await scratch.setChecked(group(page, 'Saņēmēju kategorijas').getByLabel('Apstrādātāji (pakalpojumu sniedzēji)'), true);
    const [first, ...rest] = PURPOSES;
    await fillPurpose(page, scratch, first!, true);
    await save(page, scratch);
    await page.getByRole('heading', { level: 1, name: `IMG-01 ${first!.name}` }).waitFor();
    for (const [index, purpose] of rest.entries()) {
      await scratch.click(page.getByRole('button', { name: 'Izveidot kopiju' }));
      await page.getByRole('heading', { level: 1, name: new RegExp(`^IMG-0${index + 2} `) }).waitFor();
      await settle(page);
      await fillPurpose(page, scratch, purpose, false);
      await save(page, scratch);
      await page.getByRole('heading', { level: 1, name: new RegExp(`^IMG-0${index + 2} ${purpose.name}`) }).waitFor();
    }
    const byHand = await serverValue(file.session, 'activities:list', {});
    expect(byHand).toHaveLength(PURPOSES.length);

    // With the guided start and the library.
    await startOver(page);
    const library = new StepCounter();
    await guidedStart(page, library);
    await library.click(page.getByTestId('first-steps').getByRole('button', { name: 'Pievienot no bibliotēkas' }));
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību bibliotēka' }).waitFor();
    const names = new Map((await serverValue(file.session, 'templates:list', { language: 'lv' })).map((template) => [template.id, template.name]));
    for (const id of TEMPLATES) await library.setChecked(page.getByLabel(names.get(id)!, { exact: true }), true);
    await library.click(page.getByRole('button', { name: 'Izveidot melnrakstus' }));
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbības' }).waitFor();
    await expect.poll(() => tableRows(page, 'activities-table').count()).toBe(PURPOSES.length);
    // The policy says more than the customer template: online identifiers, and processors as recipients.
    await library.click(tableRows(page, 'activities-table').filter({ hasText: names.get('customer-contracts')! }));
    await page.getByRole('heading', { level: 1, name: new RegExp(names.get('customer-contracts')!) }).waitFor();
    await settle(page);
    await library.setChecked(group(page, 'Personas datu kategorijas').getByLabel(DATA.online, { exact: true }), true);
    const rule = page.locator('#sec-retention').getByLabel(DATA.online, { exact: true });
    await library.select(rule, { index: 1 });
    await library.setChecked(group(page, 'Saņēmēju kategorijas').getByLabel('Apstrādātāji (pakalpojumu sniedzēji)'), true);
    await save(page, library);
    const fromLibrary = await serverValue(file.session, 'activities:list', {});
    expect(fromLibrary).toHaveLength(PURPOSES.length);
    expect(fromLibrary.every((activity) => activity.legalBasisPoints.length > 0)).toBe(true);
    expect((await serverValue(file.session, 'retentionRules:list', {})).length).toBeGreaterThan(3);

    console.log(`issue 14 measure (${PURPOSES.length} activities of the sample policy 002): from scratch ${scratch.describe()}; with the library ${library.describe()}`);
    expect(library.total * 3).toBeLessThanOrEqual(scratch.total);
    expect(file.session.pageErrors).toEqual([]);
  });
});
