/**
 * The built-in catalogue entries every register starts with, in the words of
 * the Latvian text of the GDPR (VDAR). Entries are marked `builtin`; the DPO
 * can rename them and add their own. A later change to this vocabulary (a new
 * adequacy decision, say) is a new migration that updates built-in rows only.
 */
import type { Kysely } from 'kysely';
import { COUNTRY_NAMES } from './data/country-names.ts';

const SEEDED_AT = '2026-11-22T00:00:00.000Z';
/** The day the adequacy list below was compared with the Commission's. */
export const ADEQUACY_CHECKED_ON = '2026-11-21';

type Row = Record<string, string | number | null>;

const base = (id: string, nameLv: string, nameEn: string, extra: Row): Row => ({
  id,
  name_lv: nameLv,
  name_en: nameEn,
  description: '',
  builtin: 1,
  revision: 1,
  created_at: SEEDED_AT,
  updated_at: SEEDED_AT,
  ...extra,
});

const legalBases: Row[] = [
  base('lb-a', 'Datu subjekta piekrišana', 'Consent of the data subject', { gdpr_point: 'a', law_reference: '' }),
  base('lb-b', 'Līguma izpilde vai pasākumi pirms līguma noslēgšanas', 'Performance of a contract or pre-contractual steps', { gdpr_point: 'b', law_reference: '' }),
  base('lb-c', 'Pārzinim piemērojams juridisks pienākums', 'Legal obligation of the controller', { gdpr_point: 'c', law_reference: '' }),
  base('lb-d', 'Datu subjekta vai citas fiziskas personas vitālas intereses', 'Vital interests of the data subject or another person', { gdpr_point: 'd', law_reference: '' }),
  base('lb-e', 'Uzdevums sabiedrības interesēs vai likumīgas oficiālās pilnvaras', 'Public interest or official authority', { gdpr_point: 'e', law_reference: '' }),
  base('lb-f', 'Pārziņa vai trešās personas leģitīmās intereses', 'Legitimate interests of the controller or a third party', { gdpr_point: 'f', law_reference: '' }),
];

const art9Conditions: Row[] = [
  base('a9-a', 'Nepārprotama piekrišana', 'Explicit consent', { point: 'a' }),
  base('a9-b', 'Pienākumi nodarbinātības, sociālā nodrošinājuma un sociālās aizsardzības jomā', 'Employment, social security and social protection obligations', { point: 'b' }),
  base('a9-c', 'Vitālas intereses, ja datu subjekts nespēj dot piekrišanu', 'Vital interests where the data subject cannot consent', { point: 'c' }),
  base('a9-d', 'Bezpeļņas organizācijas likumīgas darbības ietvaros', 'Legitimate activities of a not-for-profit body', { point: 'd' }),
  base('a9-e', 'Datu subjekts datus acīmredzami publiskojis', 'Data manifestly made public by the data subject', { point: 'e' }),
  base('a9-f', 'Likumīgu prasību celšana, īstenošana vai aizstāvēšana', 'Establishment, exercise or defence of legal claims', { point: 'f' }),
  base('a9-g', 'Būtiskas sabiedrības intereses', 'Substantial public interest', { point: 'g' }),
  base('a9-h', 'Profilaktiskā vai arodmedicīna, veselības vai sociālā aprūpe', 'Preventive or occupational medicine, health or social care', { point: 'h' }),
  base('a9-i', 'Sabiedrības intereses sabiedrības veselības jomā', 'Public interest in public health', { point: 'i' }),
  base('a9-j', 'Arhivēšana sabiedrības interesēs, zinātniskā vai vēstures pētniecība, statistika', 'Archiving in the public interest, research or statistics', { point: 'j' }),
];

const dataCategories: Row[] = [
  base('dc-identity', 'Identifikācijas dati (vārds, uzvārds, personas kods, dzimšanas datums)', 'Identification data (name, personal code, date of birth)', { kind: 'ordinary' }),
  base('dc-contact', 'Kontaktinformācija (adrese, e-pasts, tālrunis)', 'Contact details (address, e-mail, phone)', { kind: 'ordinary' }),
  base('dc-id-document', 'Personu apliecinoša dokumenta dati', 'Identity document data', { kind: 'ordinary' }),
  base('dc-employment', 'Nodarbinātības dati (amats, darba līgums, darba laiks)', 'Employment data (position, contract, working time)', { kind: 'ordinary' }),
  base('dc-payroll', 'Atalgojuma un nodokļu dati', 'Pay and tax data', { kind: 'ordinary' }),
  base('dc-bank', 'Bankas konta dati', 'Bank account details', { kind: 'ordinary' }),
  base('dc-financial', 'Finanšu un norēķinu dati', 'Financial and billing data', { kind: 'ordinary' }),
  base('dc-contract', 'Līguma dati', 'Contract data', { kind: 'ordinary' }),
  base('dc-order', 'Pasūtījumu un pirkumu vēsture', 'Order and purchase history', { kind: 'ordinary' }),
  base('dc-account', 'Lietotāja konta dati (lietotājvārds, parole)', 'User account data (username, password)', { kind: 'ordinary' }),
  base('dc-online', 'Tiešsaistes identifikatori (IP adrese, sīkdatnes)', 'Online identifiers (IP address, cookies)', { kind: 'ordinary' }),
  base('dc-usage', 'Lietošanas un uzvedības dati', 'Usage and behaviour data', { kind: 'ordinary' }),
  base('dc-marketing', 'Mārketinga izvēles un piekrišanas', 'Marketing preferences and consents', { kind: 'ordinary' }),
  base('dc-image', 'Attēli un videoieraksti', 'Images and video recordings', { kind: 'ordinary' }),
  base('dc-correspondence', 'Sarakste un saziņas saturs', 'Correspondence and communications', { kind: 'ordinary' }),
  base('dc-education', 'Izglītības un kvalifikācijas dati (CV)', 'Education and qualifications (CV)', { kind: 'ordinary' }),
  base('dc-family', 'Ģimenes dati (apgādājamie)', 'Family data (dependants)', { kind: 'ordinary' }),
  base('dc-location', 'Atrašanās vietas dati', 'Location data', { kind: 'ordinary' }),
  base('dc-vehicle', 'Transportlīdzekļa dati', 'Vehicle data', { kind: 'ordinary' }),
  base('dc-health', 'Veselības dati', 'Health data', { kind: 'special' }),
  base('dc-biometric', 'Biometriskie dati', 'Biometric data', { kind: 'special' }),
  base('dc-genetic', 'Ģenētiskie dati', 'Genetic data', { kind: 'special' }),
  base('dc-racial', 'Rases vai etniskā izcelsme', 'Racial or ethnic origin', { kind: 'special' }),
  base('dc-political', 'Politiskie uzskati', 'Political opinions', { kind: 'special' }),
  base('dc-religious', 'Reliģiskā vai filozofiskā pārliecība', 'Religious or philosophical beliefs', { kind: 'special' }),
  base('dc-union', 'Dalība arodbiedrībās', 'Trade union membership', { kind: 'special' }),
  base('dc-sex-life', 'Dzimumdzīve vai seksuālā orientācija', 'Sex life or sexual orientation', { kind: 'special' }),
  base('dc-criminal', 'Personas dati par sodāmību un pārkāpumiem', 'Criminal convictions and offences', { kind: 'criminal' }),
];

const subject = (id: string, lv: string, en: string, employees: 0 | 1, vulnerable: 0 | 1): Row =>
  base(id, lv, en, { employees, vulnerable });
const dataSubjectCategories: Row[] = [
  subject('ds-employees', 'Darbinieki', 'Employees', 1, 0),
  subject('ds-former-employees', 'Bijušie darbinieki', 'Former employees', 1, 0),
  subject('ds-applicants', 'Darba kandidāti', 'Job applicants', 0, 0),
  subject('ds-employee-family', 'Darbinieku ģimenes locekļi', "Employees' family members", 0, 0),
  subject('ds-customers', 'Klienti (fiziskas personas)', 'Customers (individuals)', 0, 0),
  subject('ds-prospects', 'Potenciālie klienti', 'Prospective customers', 0, 0),
  subject('ds-business-contacts', 'Klientu un partneru kontaktpersonas', 'Contact persons of business customers and partners', 0, 0),
  subject('ds-supplier-contacts', 'Piegādātāju kontaktpersonas', 'Supplier contact persons', 0, 0),
  subject('ds-website-visitors', 'Tīmekļa vietnes apmeklētāji', 'Website visitors', 0, 0),
  subject('ds-subscribers', 'Jaunumu abonenti', 'Newsletter subscribers', 0, 0),
  subject('ds-visitors', 'Apmeklētāji telpās', 'Visitors to the premises', 0, 0),
  subject('ds-shareholders', 'Dalībnieki un valdes locekļi', 'Shareholders and board members', 0, 0),
  subject('ds-children', 'Bērni', 'Children', 0, 1),
  subject('ds-patients', 'Pacienti', 'Patients', 0, 1),
];

const recipient = (id: string, lv: string, en: string, type: string): Row => base(id, lv, en, { type });
const recipientCategories: Row[] = [
  recipient('rc-management', 'Vadība', 'Management', 'internal'),
  recipient('rc-hr', 'Personāla daļa', 'Human resources', 'internal'),
  recipient('rc-accounting', 'Grāmatvedība', 'Accounting', 'internal'),
  recipient('rc-it', 'IT atbalsts', 'IT support', 'internal'),
  recipient('rc-processors', 'Apstrādātāji (pakalpojumu sniedzēji)', 'Processors (service providers)', 'processor'),
  recipient('rc-vid', 'Valsts ieņēmumu dienests', 'State Revenue Service (VID)', 'authority'),
  recipient('rc-authorities', 'Valsts un pašvaldību iestādes pēc pieprasījuma', 'Public authorities on request', 'authority'),
  recipient('rc-courts', 'Tiesas un tiesībsargājošās iestādes', 'Courts and law enforcement', 'authority'),
  recipient('rc-banks', 'Bankas un maksājumu pakalpojumu sniedzēji', 'Banks and payment service providers', 'external'),
  recipient('rc-insurers', 'Apdrošinātāji', 'Insurers', 'external'),
  recipient('rc-auditors', 'Revidenti un juridiskie konsultanti', 'Auditors and legal advisers', 'external'),
  recipient('rc-couriers', 'Kurjeri un pasta pakalpojumu sniedzēji', 'Couriers and postal services', 'external'),
  recipient('rc-debt-collectors', 'Parādu piedzinēji', 'Debt collectors', 'external'),
  recipient('rc-occupational-health', 'Arodveselības ārsti', 'Occupational health doctors', 'external'),
];

const mechanism = (id: string, article: string, lv: string, en: string): Row => base(id, lv, en, { article });
const transferMechanisms: Row[] = [
  mechanism('tm-adequacy', '45', 'Lēmums par aizsardzības līmeņa pietiekamību (45. pants)', 'Adequacy decision (Art. 45)'),
  mechanism('tm-dpf', '45', 'ES–ASV datu privātuma regulējums (DPF, Lēmums 2023/1795)', 'EU–US Data Privacy Framework (Decision 2023/1795)'),
  mechanism('tm-scc-c2c', '46', 'Standarta datu aizsardzības klauzulas, 1. modulis (pārzinis–pārzinis)', 'Standard contractual clauses, module 1 (controller to controller)'),
  mechanism('tm-scc-c2p', '46', 'Standarta datu aizsardzības klauzulas, 2. modulis (pārzinis–apstrādātājs)', 'Standard contractual clauses, module 2 (controller to processor)'),
  mechanism('tm-scc-p2p', '46', 'Standarta datu aizsardzības klauzulas, 3. modulis (apstrādātājs–apstrādātājs)', 'Standard contractual clauses, module 3 (processor to processor)'),
  mechanism('tm-scc-p2c', '46', 'Standarta datu aizsardzības klauzulas, 4. modulis (apstrādātājs–pārzinis)', 'Standard contractual clauses, module 4 (processor to controller)'),
  mechanism('tm-bcr', '46', 'Saistoši uzņēmuma noteikumi (47. pants)', 'Binding corporate rules (Art. 47)'),
  mechanism('tm-code', '46', 'Apstiprināts rīcības kodekss (40. pants)', 'Approved code of conduct (Art. 40)'),
  mechanism('tm-certification', '46', 'Apstiprināts sertifikācijas mehānisms (42. pants)', 'Approved certification mechanism (Art. 42)'),
  mechanism('tm-adhoc', '46', 'Līguma klauzulas ar uzraudzības iestādes atļauju (46. panta 3. punkts)', 'Ad hoc contractual clauses authorised by the supervisory authority (Art. 46(3))'),
  mechanism('tm-derogation-consent', '49', 'Atkāpe: nepārprotama piekrišana (49. panta 1. punkta a) apakšpunkts)', 'Derogation: explicit consent (Art. 49(1)(a))'),
  mechanism('tm-derogation-contract', '49', 'Atkāpe: līguma izpilde (49. panta 1. punkta b) un c) apakšpunkts)', 'Derogation: performance of a contract (Art. 49(1)(b), (c))'),
  mechanism('tm-derogation-public-interest', '49', 'Atkāpe: svarīgi sabiedrības interešu iemesli (49. panta 1. punkta d) apakšpunkts)', 'Derogation: important reasons of public interest (Art. 49(1)(d))'),
  mechanism('tm-derogation-legal-claims', '49', 'Atkāpe: likumīgu prasību celšana, īstenošana vai aizstāvēšana (49. panta 1. punkta e) apakšpunkts)', 'Derogation: legal claims (Art. 49(1)(e))'),
  mechanism('tm-derogation-vital', '49', 'Atkāpe: vitālas intereses (49. panta 1. punkta f) apakšpunkts)', 'Derogation: vital interests (Art. 49(1)(f))'),
  mechanism('tm-derogation-register', '49', 'Atkāpe: publisks reģistrs (49. panta 1. punkta g) apakšpunkts)', 'Derogation: public register (Art. 49(1)(g))'),
  mechanism('tm-derogation-legitimate', '49', 'Atkāpe: pārliecinošas leģitīmās intereses (49. panta 1. punkta otrā daļa)', 'Derogation: compelling legitimate interests (Art. 49(1), second subparagraph)'),
];

const measure = (id: string, type: string, lv: string, en: string): Row => base(id, lv, en, { type });
const securityMeasures: Row[] = [
  measure('sm-access-control', 'technical', 'Piekļuves tiesību kontrole un lomas', 'Access control and roles'),
  measure('sm-mfa', 'technical', 'Divfaktoru autentifikācija', 'Multi-factor authentication'),
  measure('sm-encryption-rest', 'technical', 'Šifrēšana glabāšanā', 'Encryption at rest'),
  measure('sm-encryption-transit', 'technical', 'Šifrēšana pārsūtīšanā (TLS)', 'Encryption in transit (TLS)'),
  measure('sm-pseudonymisation', 'technical', 'Pseidonimizācija', 'Pseudonymisation'),
  measure('sm-backup', 'technical', 'Regulāras rezerves kopijas', 'Regular backups'),
  measure('sm-logging', 'technical', 'Piekļuves žurnalēšana', 'Access logging'),
  measure('sm-malware', 'technical', 'Aizsardzība pret ļaunatūru', 'Malware protection'),
  measure('sm-network', 'technical', 'Ugunsmūris un tīkla segmentācija', 'Firewall and network segmentation'),
  measure('sm-patching', 'technical', 'Programmatūras atjauninājumu pārvaldība', 'Patch management'),
  measure('sm-physical', 'organisational', 'Fiziskā drošība (slēdzamas telpas, piekļuves kartes)', 'Physical security (locked rooms, access cards)'),
  measure('sm-policy', 'organisational', 'Informācijas drošības politika', 'Information security policy'),
  measure('sm-training', 'organisational', 'Darbinieku apmācība datu aizsardzībā', 'Staff data protection training'),
  measure('sm-confidentiality', 'organisational', 'Konfidencialitātes saistības', 'Confidentiality undertakings'),
  measure('sm-need-to-know', 'organisational', 'Piekļuve tikai pēc nepieciešamības', 'Need-to-know access'),
  measure('sm-incident', 'organisational', 'Personas datu aizsardzības pārkāpumu pārvaldības kārtība', 'Personal data breach procedure'),
  measure('sm-erasure', 'organisational', 'Datu dzēšanas kārtība', 'Data erasure procedure'),
  measure('sm-vendor', 'organisational', 'Apstrādātāju izvērtēšana un līgumi', 'Processor due diligence and contracts'),
];

const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

/** Art. 45 decisions in force on ADEQUACY_CHECKED_ON. */
const ADEQUATE: Record<string, { decision: string; partial?: { lv: string } }> = {
  AD: { decision: '2010/625/ES' },
  AR: { decision: '2003/490/EK' },
  CA: { decision: '2002/2/EK', partial: { lv: 'tikai komercorganizācijām, uz kurām attiecas PIPEDA' } },
  FO: { decision: '2010/146/ES' },
  GG: { decision: '2003/821/EK' },
  IL: { decision: '2011/61/ES' },
  IM: { decision: '2004/411/EK' },
  JP: { decision: '(ES) 2019/419' },
  JE: { decision: '2008/393/EK' },
  NZ: { decision: '2013/65/ES' },
  KR: { decision: '(ES) 2022/254' },
  CH: { decision: '2000/518/EK' },
  GB: { decision: '(ES) 2021/1772' },
  UY: { decision: '2012/484/ES' },
  US: { decision: '(ES) 2023/1795', partial: { lv: 'tikai organizācijām, kas sertificētas ES–ASV datu privātuma regulējumā (DPF)' } },
  BR: { decision: '2026' },
};

function countries(): Row[] {
  const rows = COUNTRY_NAMES.map(([code, lv, en]) => {
    const adequate = ADEQUATE[code];
    return base(code, lv, en, {
      kind: 'country',
      eea: EEA.has(code) ? 1 : 0,
      adequacy: adequate ? (adequate.partial ? 'partial' : 'adequate') : 'none',
      adequacy_note: adequate?.partial?.lv ?? '',
      adequacy_decision: adequate?.decision ?? '',
      checked_on: ADEQUACY_CHECKED_ON,
    });
  });
  rows.push(
    base('IO-EPO', 'Eiropas Patentu organizācija', 'European Patent Organisation', {
      kind: 'international_organisation',
      eea: 0,
      adequacy: 'adequate',
      adequacy_note: '',
      adequacy_decision: '',
      checked_on: ADEQUACY_CHECKED_ON,
    }),
  );
  return rows;
}

export async function up(db: Kysely<any>): Promise<void> {
  const tables: Array<[string, Row[]]> = [
    ['legal_basis', legalBases],
    ['art9_condition', art9Conditions],
    ['data_category', dataCategories],
    ['data_subject_category', dataSubjectCategories],
    ['recipient_category', recipientCategories],
    ['transfer_mechanism', transferMechanisms],
    ['security_measure', securityMeasures],
    ['country', countries()],
  ];
  for (const [table, rows] of tables) {
    await db.insertInto(table).values(rows).execute();
  }
  await db
    .insertInto('meta')
    .values({ key: 'adequacy_list_checked_on', value: ADEQUACY_CHECKED_ON })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: ADEQUACY_CHECKED_ON }))
    .execute();
}
