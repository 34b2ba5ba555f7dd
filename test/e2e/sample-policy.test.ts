/**
 * A DPO records, through the interface only, the register that the privacy
 * policy in ../shared/samples/privacy-policies/003_1fcff37a2ecdf8d6.txt
 * describes: SIA "Web Multishop Company" as the controller, one processing
 * activity per purpose (seven) with its data types as personal data
 * categories and its legal bases, the recipients as recipient categories
 * (two of them added from inside the form) and the retention as rules.
 * After a reload the screens show it, and `ropa export json` holds it all.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { ropa } from '../helpers/cli.ts';
import { openEditor, workspaceDir, type EditorSession } from './helpers/browser.ts';
import { openFromNav, settle, tableRows } from './helpers/screens.ts';

const CONTROLLER = {
  name: 'SIA "Web Multishop Company"',
  regNo: '40103495751',
  address: 'Rīga, Stabu iela 61 k-2 – 41, LV-1011, Latvija',
  contactPerson: 'Jurists (saziņa caur kontaktinformācijas lapu tīmekļa vietnē)',
};

// The policy's data types, as catalogue entries (built-in where one fits; "Profila informācija" added in the form).
const DATA = {
  personal: 'Identifikācijas dati (vārds, uzvārds, personas kods, dzimšanas datums)',
  contact: 'Kontaktinformācija (adrese, e-pasts, tālrunis)',
  profile: 'Profila informācija (lietotājvārds, parole, pasūtījumu vēsture, preferences, atsauksmes)',
  technical: 'Tiešsaistes identifikatori (IP adrese, sīkdatnes)',
  usage: 'Lietošanas un uzvedības dati',
  marketing: 'Mārketinga izvēles un piekrišanas',
} as const;
type DataType = keyof typeof DATA;

const BASES = { b: 'b) Līguma izpilde', c: 'c) Pārzinim piemērojams juridisks pienākums', f: 'f) Pārziņa vai trešās personas leģitīmās intereses' } as const;
type Basis = keyof typeof BASES;

const RULES = {
  customer: {
    name: 'Klientu personas dati',
    criterion: 'Tik ilgi, cik nepieciešams apstrādes nolūku sasniegšanai un tiesību aktos noteikto minimālo dokumentu un informācijas glabāšanas termiņu ievērošanai, kā arī pārziņa vai trešo personu likumīgo interešu aizsardzībai.',
  },
  newsletter: {
    name: 'Jaunumu saņemšanas izvēle',
    criterion: 'Līdz brīdim, kad datu subjekts paziņo, ka turpmāk nevēlas saņemt ziņojumus.',
  },
} as const;

// Recipients: two built-in categories with notes, two added from the form.
const RECIPIENTS = [
  { name: 'Apstrādātāji (pakalpojumu sniedzēji)', notes: 'Rūpīgi izvēlēti saziņas, pasta, IT sistēmu un administratīvo pakalpojumu sniedzēji' },
  { name: 'Valsts un pašvaldību iestādes pēc pieprasījuma', notes: 'Kompetentās iestādes, lai aizstāvētu pārziņa tiesības un likumiskās intereses' },
  { name: 'Cits uzņēmums pakalpojuma nepārtrauktībai un kvalitātei', notes: '', added: 'Another company ensuring continuity and quality of the service' },
  { name: 'Citas personas ar datu subjekta piekrišanu vai tā vārdā', notes: '', added: 'Other persons with the consent of, or acting for, the data subject' },
] as const;

interface PurposeRecord {
  number: string;
  name: string;
  data: DataType[];
  bases: Basis[];
  interest?: string;
}

const PURPOSES: PurposeRecord[] = [
  { number: 'WM-01', name: 'Klienta reģistrācija', data: ['personal', 'contact'], bases: ['b'] },
  { number: 'WM-02', name: 'Pieprasījuma apstrāde programmatūras izmitināšanas pakalpojumam', data: ['personal', 'contact'], bases: ['b'] },
  { number: 'WM-03', name: 'Atbalsta biļešu un informācijas pieprasījumu apstrāde', data: ['personal', 'contact'], bases: ['b', 'f'], interest: 'Pakalpojuma attīstība' },
  {
    number: 'WM-04',
    name: 'Klientu attiecību menedžments (paziņojumu izsūtīšana, atsauksmju pieprasījums, aptaujas un anketēšana)',
    data: ['personal', 'contact', 'profile', 'technical', 'usage', 'marketing'],
    bases: ['b', 'c', 'f'],
    interest: 'Uzskaite, izpēte',
  },
  {
    number: 'WM-05',
    name: 'Tīmekļa vietnes un uzņēmuma pārvaldīšana un aizsargāšana (problēmu novēršana, datu analīze, testēšana, sistēmas uzturēšana, atbalsts, ziņošana un datu uzglabāšana)',
    data: ['personal', 'contact', 'profile', 'technical'],
    bases: ['b', 'c', 'f'],
    interest: 'Uzņēmējdarbības vadīšana, pakalpojumu nodrošināšana, tīkla drošība, krāpniecības novēršana',
  },
  {
    number: 'WM-06',
    name: 'Datu analīze (tīmekļa vietnes, pakalpojumu klāsta, mārketinga, klientu attiecību, lietotāju pieredzes uzlabošana)',
    data: ['technical'],
    bases: ['f'],
    interest: 'Noteikt klientūru pakalpojumam, atjaunināt tīmekļa vietni, attīstīt uzņēmējdarbību',
  },
  { number: 'WM-07', name: 'Ieteikumu un rekomendāciju sniegšana', data: ['personal', 'contact', 'profile', 'technical'], bases: ['f'], interest: 'Pakalpojuma un uzņēmējdarbības attīstība' },
];

const ruleFor = (type: DataType) => (type === 'marketing' ? RULES.newsletter : RULES.customer);

let session: EditorSession;
let folder: string;

beforeAll(async () => {
  folder = workspaceDir();
  session = await openEditor({ workspace: folder });
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Izmaiņas saglabātas.' }).waitFor();
};

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Fills the activity form that is open so that it records `purpose`. */
async function fillActivity(page: Page, purpose: PurposeRecord): Promise<void> {
  await page.getByRole('textbox', { name: 'Nr.', exact: true }).fill(purpose.number);
  await page.getByRole('textbox', { name: 'Apstrādes darbības nosaukums', exact: true }).fill(purpose.name);
  await page.getByLabel('Statuss', { exact: true }).selectOption('active');
  if ((await page.getByTestId('purpose').count()) === 0) await page.getByRole('button', { name: 'Pievienot nolūku' }).click();
  await page.getByRole('textbox', { name: 'Nolūks', exact: true }).fill(purpose.name);
  const bases = group(page, 'Tiesiskais pamats (6. panta 1. punkts)');
  for (const [basis, label] of Object.entries(BASES)) await bases.getByLabel(label).setChecked(purpose.bases.includes(basis as Basis));
  if (purpose.interest) await page.getByRole('textbox', { name: 'Leģitīmās intereses', exact: true }).fill(purpose.interest);

  const data = group(page, 'Personas datu kategorijas');
  for (const [type, label] of Object.entries(DATA)) {
    const box = data.getByLabel(label, { exact: true });
    const wanted = purpose.data.includes(type as DataType);
    if ((await box.count()) === 0) {
      if (!wanted) continue;
      // Not in the catalogue yet: added without leaving the form, and ticked.
      await data.getByRole('button', { name: /Jauns ieraksts katalogā/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Jauns ieraksts: Personas datu kategorijas' });
      await dialog.getByLabel('Nosaukums latviski').fill(DATA.profile);
      await dialog.getByLabel('Nosaukums angliski').fill('Profile information (username, password, order history, preferences, reviews)');
      await dialog.getByRole('button', { name: 'Pievienot' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await box.setChecked(wanted);
  }
  for (const type of purpose.data) await page.locator('#sec-retention').getByLabel(DATA[type], { exact: true }).selectOption({ label: ruleFor(type).name });
}

describe('the register of the sample privacy policy, entered through the interface', () => {
  it('is entered screen by screen, survives a reload and is all in the JSON export', async () => {
    const { page } = session;
    // A new register for the controller (browser mode saves it in the workspace folder).
    await page.getByRole('heading', { level: 1, name: 'Apstrādes darbību reģistrs' }).waitFor();
    await page.getByLabel('Organizācijas nosaukums').fill(CONTROLLER.name);
    await page.getByRole('button', { name: 'Jauns reģistrs…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pārskats' }).waitFor();
    const registerFile = session.app.session?.path ?? '';
    expect(registerFile.startsWith(folder)).toBe(true);

    // The controller's details.
    await openFromNav(page, 'Organizācijas');
    await tableRows(page, 'organisations-table').filter({ hasText: 'Web Multishop' }).click();
    await page.getByLabel('Reģistrācijas numurs').fill(CONTROLLER.regNo);
    await page.getByLabel('Juridiskā adrese').fill(CONTROLLER.address);
    await page.getByLabel('Kontaktpersona').fill(CONTROLLER.contactPerson);
    await save(page);

    // Retention as rules, by criterion (the policy gives no number of years).
    for (const rule of Object.values(RULES)) {
      await openFromNav(page, 'Glabāšanas noteikumi');
      await page.getByRole('button', { name: 'Jauns glabāšanas noteikums' }).click();
      await page.getByRole('textbox', { name: 'Datu vai dokumentu kategorija', exact: true }).fill(rule.name);
      await page.getByLabel('Kritērijs').fill(rule.criterion);
      await page.getByLabel('Darbība pēc termiņa beigām').selectOption('delete');
      await save(page);
      await page.getByRole('heading', { level: 1, name: rule.name }).waitFor();
    }

    // The first purpose in full: what every activity shares (subjects, sources, recipients, security).
    await openFromNav(page, 'Apstrādes darbības');
    await page.getByRole('button', { name: 'Jauna apstrādes darbība' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jauna apstrādes darbība' }).waitFor();
    await group(page, 'Datu subjektu kategorijas').getByLabel('Klienti (fiziskas personas)').check();
    await group(page, 'Datu avots').getByLabel('No datu subjekta').check();
    await group(page, 'Datu avots').getByLabel('Iegūti novērojot (piem., žurnāli, sīkdatnes)').check();
    await page.getByLabel('Datu avota apraksts').fill('Pieteikšanās formas, veidlapas, e-pasts un tālrunis; tehniskā informācija tīmekļa vietnes apmeklējuma laikā.');
    const recipients = group(page, 'Saņēmēju kategorijas');
    for (const recipient of RECIPIENTS) {
      if ('added' in recipient) {
        await recipients.getByRole('button', { name: /Jauns ieraksts katalogā/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Jauns ieraksts: Saņēmēju kategorijas' });
        await dialog.getByLabel('Nosaukums latviski').fill(recipient.name);
        await dialog.getByLabel('Nosaukums angliski').fill(recipient.added);
        await dialog.getByLabel('Veids').selectOption('external');
        await dialog.getByRole('button', { name: 'Pievienot' }).click();
        await dialog.waitFor({ state: 'detached' });
        expect(await recipients.getByLabel(recipient.name).isChecked()).toBe(true);
      } else {
        await recipients.getByLabel(recipient.name).check();
        await page.getByLabel(`Piezīmes: ${recipient.name}`).fill(recipient.notes);
      }
    }
    await page.getByLabel('Drošības pasākumu vispārējs apraksts').fill('Atbilstoši tehniskie un organizatoriskie pasākumi saskaņā ar Fizisko personu datu apstrādes likumu un VDAR.');
    const [first, ...rest] = PURPOSES;
    await fillActivity(page, first as PurposeRecord);
    await save(page);
    await page.getByRole('heading', { level: 1, name: `${first?.number} ${first?.name}` }).waitFor();

    // The other six: a copy of the previous one, changed where the purpose differs.
    for (const purpose of rest) {
      await page.getByRole('button', { name: 'Izveidot kopiju' }).click();
      // A copy takes the next number of the register's own numbering (WM-01 → WM-02 …).
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${purpose.number} `) }).waitFor();
      await settle(page);
      await fillActivity(page, purpose);
      await save(page);
      await page.getByRole('heading', { level: 1, name: `${purpose.number} ${purpose.name}` }).waitFor();
    }

    // After a reload the screens show what was entered.
    await page.reload();
    await openFromNav(page, 'Apstrādes darbības');
    await expect.poll(async () => (await tableRows(page, 'activities-table').locator('td:first-child').allTextContents()).sort()).toEqual(PURPOSES.map((p) => p.number));
    await tableRows(page, 'activities-table').filter({ hasText: 'WM-04' }).click();
    await page.getByRole('heading', { level: 1, name: /WM-04/ }).waitFor();
    await settle(page);
    expect(await page.getByRole('textbox', { name: 'Leģitīmās intereses', exact: true }).inputValue()).toBe('Uzskaite, izpēte');
    expect(await group(page, 'Personas datu kategorijas').getByLabel(DATA.profile).isChecked()).toBe(true);
    expect(await page.locator('#sec-retention').getByLabel(DATA.marketing, { exact: true }).locator('option:checked').textContent()).toBe(RULES.newsletter.name);
    await openFromNav(page, 'Organizācijas');
    expect(await tableRows(page, 'organisations-table').first().textContent()).toContain(CONTROLLER.regNo);

    // What the register file holds, read by the command line after the app lets go of it.
    await session.app.close();
    const exported = ropa(['export', 'json', '--db', registerFile]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const document = JSON.parse(exported.stdout) as RegisterDocument;

    expect(document.organisations).toHaveLength(1);
    const organisation = document.organisations[0];
    expect(organisation).toMatchObject({ name: CONTROLLER.name, regNo: CONTROLLER.regNo, address: CONTROLLER.address, contactPerson: CONTROLLER.contactPerson });

    const rules = new Map(document.retentionRules.map((rule) => [rule.id, rule]));
    expect(document.retentionRules.map((rule) => ({ name: rule.name, criterion: rule.criterion, periodValue: rule.periodValue, actionAtExpiry: rule.actionAtExpiry })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      Object.values(RULES)
        .map((rule) => ({ name: rule.name, criterion: rule.criterion, periodValue: null, actionAtExpiry: 'delete' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );

    const categoryName = new Map(document.catalogues.dataCategories.map((entry) => [entry.id, entry.nameLv]));
    const profile = document.catalogues.dataCategories.find((entry) => entry.nameLv === DATA.profile);
    expect(profile).toMatchObject({ builtin: false, kind: 'ordinary', nameEn: 'Profile information (username, password, order history, preferences, reviews)' });
    const recipientName = new Map(document.catalogues.recipientCategories.map((entry) => [entry.id, entry.nameLv]));
    const basisPoint = new Map(document.catalogues.legalBases.map((entry) => [entry.id, entry.gdprPoint]));
    const subjectName = new Map(document.catalogues.dataSubjectCategories.map((entry) => [entry.id, entry.nameLv]));

    expect(document.activities).toHaveLength(PURPOSES.length);
    for (const purpose of PURPOSES) {
      const activity = document.activities.find((a) => a.number === purpose.number);
      expect(activity, purpose.number).toBeDefined();
      if (!activity) continue;
      expect(activity).toMatchObject({ organisationId: organisation?.id, kind: 'controller', name: purpose.name, status: 'active' });
      expect(activity.purposes).toHaveLength(1);
      const [recorded] = activity.purposes;
      expect(recorded?.description).toBe(purpose.name);
      expect(recorded?.legalBasisIds.map((id) => basisPoint.get(id)).sort()).toEqual([...purpose.bases].sort());
      expect(recorded?.legitimateInterest).toBe(purpose.interest ?? '');
      expect(activity.dataCategories.map((row) => categoryName.get(row.dataCategoryId)).sort()).toEqual(purpose.data.map((type) => DATA[type]).sort());
      for (const row of activity.dataCategories) {
        const type = (Object.keys(DATA) as DataType[]).find((key) => DATA[key] === categoryName.get(row.dataCategoryId)) as DataType;
        expect(rules.get(row.retentionRuleId ?? '')?.name, `${purpose.number} ${type}`).toBe(ruleFor(type).name);
      }
      expect(activity.recipients.map((row) => [recipientName.get(row.recipientCategoryId), row.notes])).toEqual(RECIPIENTS.map((r) => [r.name, r.notes]));
      expect(activity.dataSubjectCategoryIds.map((id) => subjectName.get(id))).toEqual(['Klienti (fiziskas personas)']);
      expect([...activity.sourceTypes].sort()).toEqual(['data_subject', 'observed']);
      expect(activity.securityNotes).toContain('VDAR');
    }
  });
});
