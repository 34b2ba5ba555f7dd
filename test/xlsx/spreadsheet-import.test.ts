import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellValue } from 'exceljs';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { documentOf, ropaInProcess, spreadsheet } from '../helpers/workbooks.ts';

/** The UK ICO's documentation template for controllers: a title, a blank row, then its headers. */
const ICO_HEADERS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 basis for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
];

function icoRow(values: Partial<Record<(typeof ICO_HEADERS)[number], string>>): string[] {
  return ICO_HEADERS.map((header) => values[header] ?? '');
}

const PAYROLL = icoRow({
  'Business function': 'HR',
  'Purpose of processing': 'Paying staff salaries\nTax and social security reporting',
  'Categories of individuals': 'Employees; Former employees',
  'Categories of personal data': 'Contact details\nBank account details\nHealth data\nTimesheets',
  'Categories of recipients': 'State Revenue Service (VID); Payroll bureau',
  'Link to contract with processor': 'https://intranet/contracts/12',
  'Retention schedule (if possible)': '10 years after the end of the tax year',
  'General description of technical and organisational security measures (if possible)': 'Access control and roles\nLaptops are encrypted',
  'Article 6 lawful basis for processing personal data': '6(1)(b)\n6(1)(c)',
  'Article 9 basis for processing special category data': 'Employment, social security and social protection obligations',
  'Existence of automated decision-making, including profiling (if applicable)': 'No',
  'The source of the personal data (if applicable)': 'From the individual',
  'Location of personal data': 'Latvia, own server',
  'Data Protection Impact Assessment required?': 'No',
});

const NEWSLETTER = icoRow({
  'Business function': 'Marketing',
  'Purpose of processing': 'Sending the newsletter',
  'Categories of individuals': 'Newsletter subscribers',
  'Categories of personal data': 'Contact details (address, e-mail, phone), Marketing preferences and consents',
  'Categories of recipients': 'Processors (service providers)',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'USA',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)':
    'EU-US Data Privacy Framework, recipient certified',
  'Retention schedule (if possible)': 'Until consent is withdrawn',
  'Article 6 lawful basis for processing personal data': 'Consent',
  'Existence of automated decision-making, including profiling (if applicable)': 'No',
  'Data Protection Impact Assessment required?': 'No',
});

async function registerWith(organisations: string[]): Promise<string> {
  const path = join(tempDir(), 'firma.ropa');
  const [first, ...rest] = organisations;
  expect((await ropaInProcess(first ? ['init', path, '--org', first] : ['init', path])).status).toBe(0);
  if (rest.length > 0) {
    const { openRegister } = await import('../../main/services/register-files.ts');
    const { saveOrganisation } = await import('../../main/db/repositories/organisation-repository.ts');
    const { emptyOrganisation } = await import('../../shared/domain/organisation.ts');
    const session = await openRegister(path, { now: () => new Date('2026-11-21T10:00:00Z') });
    await session.write(async (trx) => {
      for (const name of rest) await saveOrganisation(trx, emptyOrganisation(name), session.ctx);
    });
    await session.close();
  }
  return path;
}

async function workbookFile(rows: CellValue[][], options: { merges?: string[]; name?: string } = {}): Promise<string> {
  const path = join(tempDir(), 'musu-registrs.xlsx');
  writeFileSync(path, await spreadsheet([{ name: options.name ?? 'ROPA', rows, merges: options.merges ?? [] }]));
  return path;
}

describe("a register the DPO keeps in a spreadsheet of their own", () => {
  it('matches the ICO template by its headers and shows how each column maps (--dry-run writes nothing)', async () => {
    const register = await registerWith(['SIA Firma']);
    const before = fileHash(register);
    const file = await workbookFile([['Record of processing activities', ...ICO_HEADERS.slice(1).map(() => '')], [], ICO_HEADERS, PAYROLL, NEWSLETTER], { merges: ['A1:T1'] });
    const result = await ropaInProcess(['import', 'xlsx', file, '--db', register, '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Sheet “ROPA”, headers on row 3, 2 row(s). Columns:');
    const mapping = Object.fromEntries(lines.filter((line) => /^ {2}[A-Z]+ /.test(line)).map((line) => [line.trim().split(' ')[0], line.split(' → ')[1]]));
    expect(mapping).toMatchObject({
      A: 'Business function',
      B: 'Purposes of processing',
      C: 'Joint controllers',
      D: 'Categories of data subjects',
      E: 'Categories of personal data',
      F: 'Categories of recipients',
      G: '(not imported)',
      H: 'Transfers to a third country or international organisation',
      I: 'Transfer mechanism and documentation of safeguards',
      J: 'Envisaged time limits for erasure',
      K: 'General description of security measures',
      L: 'Legal basis (Art. 6(1))',
      M: 'Condition for special categories (Art. 9(2))',
      N: 'Legitimate interests',
      O: 'Balancing assessment',
      P: '(not imported)',
      Q: 'Automated individual decision-making',
      R: 'Source of the data',
      S: 'Location of data',
      T: 'DPIA status',
    });
    expect(result.stdout).toContain('Will be created: Categories of personal data: Timesheets');
    expect(result.stdout).toContain('Will be created: Categories of recipients: Payroll bureau');
    expect(result.stdout).toContain('2 processing activit(y/ies) can be imported.');
    expect(fileHash(register)).toBe(before);
  });

  it('imports the rows as activities of the organisation, with catalogue entries matched and the rest created', async () => {
    const register = await registerWith(['SIA Firma']);
    const file = await workbookFile([ICO_HEADERS, PAYROLL, NEWSLETTER]);
    const result = await ropaInProcess(['import', 'xlsx', file, '--db', register]);
    expect(result.stderr).toBe('Imported: 2 processing activities, 0 processors, 2 retention rules.\n');
    expect(result.status).toBe(0);

    const document = await documentOf(register);
    const [payroll, newsletter] = document.activities;
    const rule = (id: string | null) => document.retentionRules.find((r) => r.id === id);
    const category = (name: string) => document.catalogues.dataCategories.find((c) => c.nameEn === name || c.nameLv === name);

    expect(payroll).toMatchObject({
      number: 'PD-01',
      name: 'Paying staff salaries',
      kind: 'controller',
      status: 'active',
      ownerUnit: 'HR',
      art9ConditionIds: ['a9-b'],
      dataSubjectCategoryIds: ['ds-employees', 'ds-former-employees'],
      sourceTypes: ['data_subject'],
      securityMeasureIds: [],
      securityNotes: 'Access control and roles\nLaptops are encrypted',
      dataLocation: 'Latvia, own server',
      automatedDecision: false,
      dpiaStatus: 'not_required',
    });
    expect(payroll!.purposes.map((p) => [p.description, p.legalBasisIds])).toEqual([
      ['Paying staff salaries', ['lb-b']],
      ['Tax and social security reporting', ['lb-c']],
    ]);
    expect(payroll!.dataCategories.map((c) => c.dataCategoryId)).toEqual(['dc-contact', 'dc-bank', 'dc-health', category('Timesheets')!.id]);
    expect(category('Timesheets')).toMatchObject({ builtin: false, kind: 'ordinary' });
    // The period as typed is kept beside what was read from it (issue 15).
    expect(rule(payroll!.dataCategories[0]!.retentionRuleId)).toMatchObject({
      periodValue: 10,
      periodUnit: 'years',
      startEvent: 'after the end of the tax year',
      periodState: 'structured',
      periodText: expect.stringMatching(/^10 years/),
    });
    expect(new Set(payroll!.dataCategories.map((c) => c.retentionRuleId)).size).toBe(1);
    expect(payroll!.recipients.map((r) => r.recipientCategoryId)).toEqual(['rc-vid', expect.stringMatching(/^[0-9a-f-]{36}$/)]);

    expect(newsletter).toMatchObject({ number: 'PD-02', name: 'Sending the newsletter', dataSubjectCategoryIds: ['ds-subscribers'] });
    expect(newsletter!.purposes[0]!.legalBasisIds).toEqual(['lb-a']);
    expect(newsletter!.dataCategories.map((c) => c.dataCategoryId)).toEqual(['dc-contact', 'dc-marketing']);
    expect(newsletter!.transfers).toEqual([
      expect.objectContaining({ countryId: 'US', transferMechanismId: 'tm-dpf', safeguardDocuments: 'EU-US Data Privacy Framework, recipient certified' }),
    ]);
    expect(rule(newsletter!.dataCategories[0]!.retentionRuleId)).toMatchObject({ periodValue: null, criterion: 'Until consent is withdrawn', periodState: 'structured', periodText: '' });
  });

  it('reads a Latvian table: "līguma izpilde", "contract" and "6(1)(b)" are all the same legal basis; dd.mm.gggg dates; numbers kept', async () => {
    const register = await registerWith(['SIA Koks']);
    const file = await workbookFile([
      ['Nr.', 'Apstrādes darbība', 'Mērķis', 'Tiesiskais pamats', 'Datu subjekti', 'Personas dati', 'Saņēmēji', 'Glabāšanas termiņš', 'Atbildīgā persona', 'Pārskatīts', 'Drošības pasākumi'],
      ['A-1', 'Klientu līgumi', 'Līgumu slēgšana', 'līguma izpilde', 'Klienti (fiziskas personas)', 'Līguma dati', 'Grāmatvedība', '10 gadi', 'Valde', '15.03.2026', 'Divfaktoru autentifikācija; Šifrēti klēpjdatori'],
      ['A-2', 'Piegādes', 'Preču piegāde', 'contract', 'Klienti (fiziskas personas)', 'Kontaktinformācija', 'Kurjeri un pasta pakalpojumu sniedzēji', '3 gadi', 'Loģistika', new Date(Date.UTC(2026, 2, 16))],
      ['A-3', 'Garantija', 'Garantijas apkalpošana', 'VDAR 6(1)(b)', 'Klienti (fiziskas personas)', 'Pasūtījumu un pirkumu vēsture', '', '2 gadi no pirkuma dienas', 'Serviss', '2026-03-17'],
      ['A-4', 'Videonovērošana', 'Īpašuma aizsardzība', 'leģitīmās intereses', 'Apmeklētāji telpās', 'Attēli un videoieraksti', 'Apsardzes uzņēmums', '30 dienas', 'Valde', ''],
    ]);
    const result = await ropaInProcess(['import', 'xlsx', file, '--db', register], 'lv');
    expect(result.stderr).toBe('Importēts: 4 apstrādes darbības, 0 apstrādātāji, 4 glabāšanas noteikumi.\n');
    const document = await documentOf(register);
    const byNumber = new Map(document.activities.map((a) => [a.number, a]));
    expect([...byNumber.keys()].sort()).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    for (const number of ['A-1', 'A-2', 'A-3']) expect(byNumber.get(number)!.purposes[0]!.legalBasisIds).toEqual(['lb-b']);
    expect(byNumber.get('A-4')!.purposes[0]!.legalBasisIds).toEqual(['lb-f']);
    expect(['A-1', 'A-2', 'A-3'].map((n) => byNumber.get(n)!.lastReviewedOn)).toEqual(['2026-03-15', '2026-03-16', '2026-03-17']);
    expect(byNumber.get('A-1')).toMatchObject({
      ownerPerson: 'Valde',
      dataSubjectCategoryIds: ['ds-customers'],
      recipients: [{ recipientCategoryId: 'rc-accounting', notes: '' }],
      securityMeasureIds: ['sm-mfa'],
      securityNotes: 'Šifrēti klēpjdatori',
    });
    const video = byNumber.get('A-4')!;
    const rule = document.retentionRules.find((r) => r.id === video.dataCategories[0]!.retentionRuleId)!;
    expect(rule).toMatchObject({ name: '30 dienas', periodValue: 30, periodUnit: 'days' });
    const guard = document.catalogues.recipientCategories.find((c) => c.id === video.recipients[0]!.recipientCategoryId)!;
    expect(guard).toMatchObject({ nameLv: 'Apsardzes uzņēmums', builtin: false, type: 'external' });
  });

  it('lists every row that cannot be taken with its row number, column and reason, and imports nothing', async () => {
    const register = await registerWith(['SIA Firma']);
    const before = fileHash(register);
    const badBasis = icoRow({ ...Object.fromEntries(ICO_HEADERS.map((h, i) => [h, NEWSLETTER[i]!])), 'Article 6 lawful basis for processing personal data': 'maybe' });
    const badCountry = icoRow({ ...Object.fromEntries(ICO_HEADERS.map((h, i) => [h, NEWSLETTER[i]!])), 'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'Atlantis' });
    const badYesNo = icoRow({ ...Object.fromEntries(ICO_HEADERS.map((h, i) => [h, PAYROLL[i]!])), 'Existence of automated decision-making, including profiling (if applicable)': 'sometimes' });
    const file = await workbookFile([ICO_HEADERS, PAYROLL, badBasis, NEWSLETTER, badCountry, badYesNo]);

    const dryRun = await ropaInProcess(['import', 'xlsx', file, '--db', register, '--dry-run']);
    expect(dryRun.status).toBe(2);
    expect(dryRun.stdout).toContain('Rows that cannot be taken (3):');
    expect(dryRun.stdout).toContain(
      '  row 3, column L “Article 6 lawful basis for processing personal data”: unknown legal basis “maybe” (write, for example, “contract”, “līguma izpilde” or “6(1)(b)”)',
    );
    expect(dryRun.stdout).toContain(
      '  row 5, column H “Names of third countries or international organisations that personal data are transferred to (if applicable)”: unknown third country or international organisation “Atlantis”',
    );
    expect(dryRun.stdout).toContain('  row 6, column Q “Existence of automated decision-making, including profiling (if applicable)”: “sometimes” is not “Yes” or “No”');
    expect(dryRun.stdout).toContain('2 processing activit(y/ies) can be imported.');

    const result = await ropaInProcess(['import', 'xlsx', file, '--db', register]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'ropa: Nothing was imported: 3 row(s) cannot be taken. row 3, column L “Article 6 lawful basis for processing personal data”: unknown legal basis “maybe” (write, for example, “contract”, “līguma izpilde” or “6(1)(b)”)\n',
    );
    expect(fileHash(register)).toBe(before);
  });

  it('numbers rows that have none after the organisation’s own, and refuses a number twice or one already used', async () => {
    const register = await registerWith(['SIA Firma']);
    const first = await workbookFile([['Nr.', 'Activity name'], ['PD-07', 'Payroll']]);
    expect((await ropaInProcess(['import', 'xlsx', first, '--db', register])).status).toBe(0);
    const second = await workbookFile([['Activity name', 'Purposes'], ['Recruitment', 'Hiring'], ['CCTV', 'Security']]);
    expect((await ropaInProcess(['import', 'xlsx', second, '--db', register])).status).toBe(0);
    expect((await documentOf(register)).activities.map((a) => `${a.number} ${a.name}`).sort()).toEqual(['PD-07 Payroll', 'PD-08 Recruitment', 'PD-09 CCTV']);

    const clash = await workbookFile([['Nr.', 'Activity name'], ['PD-07', 'Payroll again'], ['X-1', 'One'], ['X-1', 'Two']]);
    const dryRun = await ropaInProcess(['import', 'xlsx', clash, '--db', register, '--dry-run']);
    expect(dryRun.stdout).toContain('row 2, column A “Nr.”: number PD-07 is already used by the processing activity “Payroll”');
    expect(dryRun.stdout).toContain('row 4, column A “Nr.”: number X-1 is already on row 3');
  });

  it('goes into the organisation given with --org, and asks for one when the register has several', async () => {
    const register = await registerWith(['SIA Alfa', 'SIA Beta']);
    const file = await workbookFile([['Activity name'], ['Payroll']]);
    const asked = await ropaInProcess(['import', 'xlsx', file, '--db', register]);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toMatch(/^ropa: The register holds 2 organisations\. Say which one the processing activities belong to \(--org ID\): .+ \(SIA Alfa\), .+ \(SIA Beta\)\.\n$/);
    const beta = (await documentOf(register)).organisations.find((o) => o.name === 'SIA Beta')!;
    expect((await ropaInProcess(['import', 'xlsx', file, '--db', register, '--org', beta.id])).status).toBe(0);
    expect((await documentOf(register)).activities.map((a) => a.organisationId)).toEqual([beta.id]);
    expect((await ropaInProcess(['import', 'xlsx', file, '--db', register, '--org', 'nope'])).stderr).toContain('Record not found');

    const empty = await registerWith([]);
    expect((await ropaInProcess(['import', 'xlsx', file, '--db', empty])).stderr).toContain('The register has no organisation to import the processing activities into.');
  });
});
