/**
 * The built-in demo register: the Art. 30 record of a fictional Latvian
 * furniture maker, SIA "Ziemeļkurzemes Mēbeles" (about 120 employees, a
 * factory and showroom in Ventspils, a web shop), which also hosts an online
 * booking system for a hotel and so keeps an Art. 30(2) processor record too,
 * plus its service company SIA "ZKM Serviss" (several organisations in one
 * register). Used by `ropa demo` and the "open the demo" menu item.
 *
 * Everything is written through the repository functions, so the change
 * history records the demo like any other content, and every input is first
 * validated with its zod schema and its references checked, as the handlers
 * do: the demo is always a valid register. Every date is relative to
 * `ctx.now()`, so the demo looks current whenever it is created.
 *
 * One file on purpose, although long: it is data (a register read top to
 * bottom like the DPO wrote it), and splitting it would scatter the ids that
 * link activities, processors and retention rules.
 *
 * DELIBERATE IMPERFECTIONS. The register is complete and consistent except
 * for exactly these four findings, which a DPO would recognise as typical and
 * which the compliance checks should report (see DEMO_IMPERFECTIONS):
 *   1. Processor SIA "Drošības Serviss Kurzeme" (CCTV operator): its Art. 28
 *      contract expired about 2 months ago (contractExpiry in the past).
 *   2. Activity PD-13 "Piegādātāju kontaktpersonu datu apstrāde": the next
 *      review date passed about 1 month ago (last review about 13 months ago).
 *   3. Activity PD-14 "IT sistēmu piekļuves žurnāli un informācijas drošība":
 *      data category dc-account (user accounts) has no retention rule
 *      (retentionRuleId null).
 *   4. Activity PD-08 "Interneta veikala pasūtījumi un piegāde": the
 *      legitimate-interest purpose "Klientu apmierinātības aptauja" has no
 *      recorded balancing assessment (legitimateInterestAssessment empty).
 * Everything else holds: every other lb-f purpose has its interest and its
 * assessment; special-category data always has an Art. 9(2) condition; the one
 * third-country transfer (US) has a mechanism (DPF) and a DPF-certified
 * recipient; every processor and sub-processor has a current Art. 28 contract;
 * no consent is relied on for employees; activities with two or more WP248
 * criteria, ticked or inferred from their content (docs/inspector-checks.md),
 * have a completed DPIA; the approximate numbers of data subjects stay below
 * the default large-scale threshold; active activities were reviewed within the
 * last year and their next review is in the future.
 */
import type { Kysely } from 'kysely';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { ActivityInput, emptyActivity, type ActivityDraft, type Purpose } from '../../shared/domain/activity.ts';
import { catalogueInputs } from '../../shared/domain/catalogues.ts';
import { OrganisationInput } from '../../shared/domain/organisation.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';
import type { DB } from '../db/schema.ts';
import { changeRegisterInfo } from '../db/register-meta.ts';
import { saveActivity } from '../db/repositories/activity-repository.ts';
import { saveCatalogueEntry } from '../db/repositories/catalogue-repository.ts';
import { saveOrganisation } from '../db/repositories/organisation-repository.ts';
import { saveProcessor } from '../db/repositories/processor-repository.ts';
import { saveRetentionRule } from '../db/repositories/retention-repository.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { assertActivityReferences, assertProcessorReferences, assertRetentionReferences } from '../services/references.ts';

/** The demo's main organisation (also the register's title). */
export const DEMO_ORGANISATION_NAME = 'SIA "Ziemeļkurzemes Mēbeles"';
/** The group's second organisation. */
export const DEMO_SECOND_ORGANISATION_NAME = 'SIA "ZKM Serviss"';

/** Which compliance finding a deliberate imperfection should produce. */
export type DemoImperfectionCheck =
  | 'processor-contract-expired'
  | 'activity-review-overdue'
  | 'data-category-without-retention-rule'
  | 'legitimate-interest-without-assessment';

export interface DemoImperfection {
  check: DemoImperfectionCheck;
  /** The compliance rule (shared/rules) that reports it. */
  ruleId: string;
  /** The field its finding points at, in the activity or processor. */
  field: string;
  /** The activity concerned (numbers are unique across the demo register). */
  activityNumber?: string;
  /** The processor concerned. */
  processorName?: string;
  /** For a data category finding: the catalogue id of the category. */
  dataCategoryId?: string;
  what: string;
}

/**
 * The four findings the demo is built to show, and nothing else: `ropa
 * check` on a fresh demo reports exactly these (test/demo/demo-register.test.ts).
 */
export const DEMO_IMPERFECTIONS: readonly DemoImperfection[] = [
  {
    check: 'processor-contract-expired',
    ruleId: 'processor.contract-expired',
    field: 'contractExpiry',
    processorName: 'SIA "Drošības Serviss Kurzeme"',
    what: 'Art. 28 contract expired about 2 months ago (contractExpiry in the past)',
  },
  {
    check: 'activity-review-overdue',
    ruleId: 'review.overdue',
    field: 'nextReviewOn',
    activityNumber: 'PD-13',
    what: 'next review date passed about 1 month ago',
  },
  {
    check: 'data-category-without-retention-rule',
    ruleId: 'retention.missing',
    field: 'dataCategories.2.retentionRuleId',
    activityNumber: 'PD-14',
    dataCategoryId: 'dc-account',
    what: 'data category "user account data" has no retention rule',
  },
  {
    check: 'legitimate-interest-without-assessment',
    ruleId: 'legitimate-interest.no-assessment',
    field: 'purposes.2.legitimateInterestAssessment',
    activityNumber: 'PD-08',
    what: 'legitimate-interest purpose (customer satisfaction survey) without a recorded balancing assessment',
  },
];

const BASELINE_MEASURES = [
  'sm-access-control',
  'sm-mfa',
  'sm-encryption-transit',
  'sm-backup',
  'sm-logging',
  'sm-malware',
  'sm-patching',
  'sm-policy',
  'sm-training',
  'sm-confidentiality',
  'sm-need-to-know',
  'sm-incident',
  'sm-erasure',
];

/**
 * Writes the demo register: two organisations, their processors, retention
 * rules and processing activities, and two catalogue entries of their own.
 * Runs inside the caller's transaction (createRegisterFile's `initialise`).
 */
export async function seedDemo(trx: Kysely<DB>, ctx: WriteContext): Promise<void> {
  const now = ctx.now();
  const day = (date: Date): string => format(date, 'yyyy-MM-dd');
  const lv = (date: Date): string => format(date, 'dd.MM.yyyy');
  const monthsAgo = (months: number): Date => subMonths(now, months);
  const monthsAhead = (months: number): Date => addMonths(now, months);
  /** Reviewed `months` ago, next review a year after that. */
  const reviewed = (months: number) => ({
    lastReviewedOn: day(monthsAgo(months)),
    nextReviewOn: day(addMonths(monthsAgo(months), 12)),
    reviewedBy: 'Ilze Kalniņa (datu aizsardzības speciāliste)',
  });
  const registerStart = subYears(now, 3);
  // The DPO checked the adequacy list against the Commission's two months ago (adequacy.list-outdated, issue 15).
  // Recorded like the app records it, so verify can name the date changed outside the app.
  await changeRegisterInfo(trx, { adequacyListCheckedOn: day(monthsAgo(2)) }, now.toISOString());

  // Organisations --------------------------------------------------------
  const zkm = await saveOrganisation(
    trx,
    OrganisationInput.parse({
      name: DEMO_ORGANISATION_NAME,
      roles: ['controller', 'processor', 'group_member'],
      regNo: '40003612577',
      address: 'Rūpniecības iela 12, Ventspils, LV-3601',
      email: 'birojs@zkmebeles.lv',
      phone: '+371 63 612 300',
      website: 'https://www.zkmebeles.lv',
      contactPerson: 'Andris Bērziņš, valdes priekšsēdētājs',
      dpoName: 'Ilze Kalniņa',
      dpoEmail: 'das@zkmebeles.lv',
      dpoPhone: '+371 63 612 345',
      representativeName: '',
      representativeContact: '',
      notes:
        'Mēbeļu ražošana (ražotne Ventspilī) un tirdzniecība salonā un interneta veikalā www.zkmebeles.lv; ap 120 darbinieku. ' +
        'Kā apstrādātājs uztur un administrē tiešsaistes rezervāciju sistēmu klientam (skat. PD-15). ' +
        'Datu aizsardzības speciāliste iecelta ar valdes lēmumu un paziņota Datu valsts inspekcijai.',
    }),
    ctx,
  );
  const serviss = await saveOrganisation(
    trx,
    OrganisationInput.parse({
      name: DEMO_SECOND_ORGANISATION_NAME,
      roles: ['controller', 'group_member'],
      regNo: '40103987212',
      address: 'Rūpniecības iela 12A, Ventspils, LV-3601',
      email: 'serviss@zkmebeles.lv',
      phone: '+371 63 612 360',
      website: 'https://www.zkmebeles.lv/serviss',
      contactPerson: 'Kristaps Lapiņš, valdes loceklis',
      dpoName: 'Ilze Kalniņa',
      dpoEmail: 'das@zkmebeles.lv',
      dpoPhone: '+371 63 612 345',
      representativeName: '',
      representativeContact: '',
      notes: 'Grupas meitas sabiedrība: mēbeļu piegāde, montāža un garantijas serviss; 15 darbinieku. Datu aizsardzības speciāliste kopīga ar mātes sabiedrību.',
    }),
    ctx,
  );

  // Catalogue entries of the register's own ----------------------------------
  const hotelGuests = await saveCatalogueEntry(
    trx,
    'dataSubjectCategories',
    catalogueInputs.dataSubjectCategories.parse({
      nameLv: 'Klienta (pārziņa) viesi — rezervāciju sistēmas lietotāji',
      nameEn: "Controller's guests — booking system users",
      description: 'Fiziskas personas, kas veic rezervācijas klienta viesnīcas tiešsaistes rezervāciju sistēmā, kuru uzturam kā apstrādātājs.',
      employees: false,
      vulnerable: false,
    }),
    ctx,
  );
  const hotelGuestsId = hotelGuests.id as string;

  // Processors and other recipients -------------------------------------------
  const processor = async (fields: Partial<ProcessorInput> & Pick<ProcessorInput, 'name' | 'role' | 'service'>): Promise<string> => {
    const input = ProcessorInput.parse({
      regNo: '',
      countryId: 'LV',
      address: '',
      contact: '',
      contractDate: null,
      contractReference: '',
      contractExpiry: null,
      dataLocation: 'Latvija',
      transferMechanismId: null,
      dpfCertified: false,
      dpfCheckedOn: null,
      subProcessorIds: [],
      subProcessorNotes: '',
      lastReviewedOn: day(monthsAgo(4)),
      notes: '',
      ...fields,
    });
    await assertProcessorReferences(trx, input);
    return (await saveProcessor(trx, input, ctx)).id;
  };

  const dataCentre = await processor({
    name: 'SIA "Ventspils Datu Centrs"',
    regNo: '40003654320',
    address: 'Ostas iela 40, Ventspils, LV-3601',
    contact: 'atbalsts@vdc.lv, +371 63 600 100',
    role: 'sub_processor',
    service: 'Serveru kolokācija, virtuālie serveri un šifrētas rezerves kopijas',
    contractDate: day(subMonths(now, 30)),
    contractReference: 'Kolokācijas līgums Nr. VDC-2/118 ar datu apstrādes pielikumu (VDAR 28. panta 4. punkts)',
    contractExpiry: day(monthsAhead(18)),
    dataLocation: 'Latvija (Ventspils; rezerves kopijas Rīgā)',
    lastReviewedOn: day(monthsAgo(3)),
    notes: 'Papildu apstrādātājs rezervāciju sistēmai (PD-15) ar pārziņa rakstisku vispārēju atļauju; ISO/IEC 27001 sertifikāts pārbaudīts pārskatīšanas laikā.',
  });
  const accountingSoftware = await processor({
    name: 'SIA "Kontu Serviss"',
    regNo: '40003987659',
    address: 'Brīvības iela 155, Rīga, LV-1012',
    contact: 'klienti@kontuserviss.lv, +371 67 000 210',
    role: 'processor',
    service: 'Grāmatvedības programmatūra kā mākoņpakalpojums',
    contractDate: day(subMonths(now, 40)),
    contractReference: 'Pakalpojuma līgums Nr. KS-2022/771, 2. pielikums "Personas datu apstrāde"',
    contractExpiry: null,
    dataLocation: 'Latvija (SIA "Ventspils Datu Centrs")',
    subProcessorIds: [dataCentre],
    subProcessorNotes: 'Mitināšana Latvijā; citu papildu apstrādātāju nav.',
    lastReviewedOn: day(monthsAgo(5)),
    notes: 'Beztermiņa līgums ar 3 mēnešu uzteikuma termiņu.',
  });
  const payrollSystem = await processor({
    name: 'SIA "Algu Eksperts"',
    regNo: '40003876546',
    address: 'Lielā iela 8, Jelgava, LV-3001',
    contact: 'atbalsts@alguseksperts.lv, +371 63 000 480',
    role: 'processor',
    service: 'Personāla uzskaites un algu aprēķina sistēma (SaaS)',
    contractDate: day(subMonths(now, 26)),
    contractReference: 'Licences un apkalpošanas līgums Nr. AE-24/053 ar datu apstrādes līgumu',
    contractExpiry: day(monthsAhead(10)),
    dataLocation: 'Latvija (SIA "Ventspils Datu Centrs")',
    subProcessorIds: [dataCentre],
    subProcessorNotes: 'Serveri SIA "Ventspils Datu Centrs"; izmaiņas papildu apstrādātājos paziņo 30 dienas iepriekš.',
    lastReviewedOn: day(monthsAgo(2)),
  });
  const courier = await processor({
    name: 'SIA "Kurjers Baltic"',
    regNo: '40003543218',
    address: 'Krasta iela 90, Rīga, LV-1019',
    contact: 'bizness@kurjersbaltic.lv, +371 67 111 222',
    role: 'processor',
    service: 'Pasūtījumu piegāde klientiem un preču atpakaļ saņemšana',
    contractDate: day(subMonths(now, 22)),
    contractReference: 'Piegādes pakalpojumu līgums Nr. KB-1907 ar personas datu apstrādes pielikumu',
    contractExpiry: day(monthsAhead(14)),
    dataLocation: 'Latvija, Lietuva (kurjeru sistēma ES)',
    subProcessorNotes: 'Kurjeru mobilā lietotne un sūtījumu izsekošanas sistēma, mitināta ES.',
    lastReviewedOn: day(monthsAgo(6)),
  });
  const emailMarketing = await processor({
    name: 'UAB "Laiškų Paštas"',
    regNo: '305123456',
    countryId: 'LT',
    address: 'Gedimino pr. 20, Vilnius, LT-01103',
    contact: 'privacy@laiskupastas.lt',
    role: 'processor',
    service: 'E-pasta mārketinga platforma (jaunumu izsūtne)',
    contractDate: day(subMonths(now, 15)),
    contractReference: 'Datu apstrādes līgums (DPA) pieņemts platformā; versija 3.2, saglabāta PDF',
    contractExpiry: null,
    dataLocation: 'ES (Vācija, Frankfurte)',
    subProcessorNotes: 'Papildu apstrādātāju saraksts publicēts pakalpojuma sniedzēja vietnē; visi ES/EEZ. Izmaiņas paziņo 30 dienas iepriekš.',
    lastReviewedOn: day(monthsAgo(3)),
  });
  const analytics = await processor({
    name: 'Clearmetrics, Inc.',
    regNo: 'Delaware 7654321',
    countryId: 'US',
    address: '500 Market Street, San Francisco, CA 94105, USA',
    contact: 'privacy@clearmetrics.example',
    role: 'processor',
    service: 'Tīmekļa vietnes apmeklējumu analītika',
    contractDate: day(subMonths(now, 18)),
    contractReference: 'Clearmetrics Data Processing Addendum, pieņemts konta iestatījumos',
    contractExpiry: null,
    dataLocation: 'ASV (Virdžīnija)',
    transferMechanismId: 'tm-dpf',
    dpfCertified: true,
    dpfCheckedOn: day(subDays(now, 21)),
    subProcessorNotes: 'Mākoņmitināšana ASV; papildu apstrādātāji uzskaitīti DPA pielikumā.',
    lastReviewedOn: day(subDays(now, 21)),
    notes: 'DPF sertifikācija pārbaudīta oficiālajā sarakstā dataprivacyframework.gov: statuss "Active", aptver ne-HR datus.',
  });
  const hosting = await processor({
    name: 'Nordhost GmbH',
    regNo: 'HRB 204518, Amtsgericht München',
    countryId: 'DE',
    address: 'Leopoldstraße 50, 80802 München, Deutschland',
    contact: 'dataprotection@nordhost.example',
    role: 'processor',
    service: 'Tīmekļa vietnes un interneta veikala mitināšana',
    contractDate: day(subMonths(now, 28)),
    contractReference: 'Auftragsverarbeitungsvertrag (AVV) / datu apstrādes līgums Nr. NH-44120',
    contractExpiry: null,
    dataLocation: 'Vācija (Nirnberga, Falkenšteina)',
    subProcessorNotes: 'Savi datu centri Vācijā; papildu apstrādātāju nav.',
    lastReviewedOn: day(monthsAgo(7)),
  });
  const occupationalHealth = await processor({
    name: 'SIA "Ostas Klīnika"',
    regNo: '40103543290',
    address: 'Kuldīgas iela 21, Ventspils, LV-3601',
    contact: 'reception@ostasklinika.lv, +371 63 622 000',
    role: 'independent_controller',
    service: 'Obligātās veselības pārbaudes (arodveselības ārsts)',
    dataLocation: 'Latvija',
    lastReviewedOn: day(monthsAgo(5)),
    notes:
      'Ārstniecības iestāde ir patstāvīgs pārzinis attiecībā uz medicīniskajiem datiem; darba devējs saņem tikai atzinumu par piemērotību darbam. ' +
      'Pakalpojuma līgums par obligātajām veselības pārbaudēm (nav VDAR 28. panta līgums).',
  });
  const bank = await processor({
    name: 'AS "Dzintarjūras Banka"',
    regNo: '40003761234',
    address: 'Elizabetes iela 1, Rīga, LV-1010',
    contact: 'dpo@dzintarjurasbanka.example',
    role: 'independent_controller',
    service: 'Norēķinu konti, algu un maksājumu izpilde',
    dataLocation: 'ES',
    lastReviewedOn: day(monthsAgo(8)),
    notes: 'Banka ir patstāvīgs pārzinis (Kredītiestāžu likums, NILLTPFN likums).',
  });
  const securityCompany = await processor({
    name: 'SIA "Drošības Serviss Kurzeme"',
    regNo: '40103345675',
    address: 'Talsu iela 5, Ventspils, LV-3601',
    contact: 'centrs@dsk.lv, +371 63 655 555',
    role: 'processor',
    service: 'Videonovērošanas sistēmas uzturēšana, apsardzes pults un ierakstu izsniegšana pēc pieprasījuma',
    // Imperfection 1: the contract ran out about two months ago.
    contractDate: day(subMonths(now, 38)),
    contractReference: 'Apsardzes un videonovērošanas pakalpojumu līgums Nr. DSK-2023/17 ar personas datu apstrādes pielikumu',
    contractExpiry: day(monthsAgo(2)),
    dataLocation: 'Latvija (ierakstu serveris ražotnes serveru telpā)',
    subProcessorNotes: 'Papildu apstrādātāju nav.',
    lastReviewedOn: day(monthsAgo(8)),
  });
  const itSupport = await processor({
    name: 'SIA "Kurzemes IT Risinājumi"',
    regNo: '40003123400',
    address: 'Pils iela 3, Ventspils, LV-3601',
    contact: 'serviss@kitr.lv, +371 63 633 100',
    role: 'processor',
    service: 'IT infrastruktūras uzturēšana, žurnālu uzraudzība un incidentu izmeklēšana',
    contractDate: day(subMonths(now, 20)),
    contractReference: 'IT ārpakalpojuma līgums Nr. KITR-25/09 ar datu apstrādes pielikumu',
    contractExpiry: day(monthsAhead(16)),
    dataLocation: 'Latvija (uzņēmuma serveru telpa; attālināta piekļuve no Latvijas)',
    subProcessorNotes: 'Papildu apstrādātāju nav.',
    lastReviewedOn: day(monthsAgo(2)),
  });
  const gpsProvider = await processor({
    name: 'SIA "Auto Kontrole"',
    regNo: '40003456781',
    address: 'Dzelzceļnieku iela 14, Liepāja, LV-3401',
    contact: 'info@autokontrole.lv, +371 63 400 700',
    role: 'processor',
    service: 'Transportlīdzekļu GPS uzraudzības platforma',
    contractDate: day(subMonths(now, 16)),
    contractReference: 'Pakalpojuma līgums Nr. AK-3321 ar datu apstrādes līgumu',
    contractExpiry: day(monthsAhead(8)),
    dataLocation: 'ES (Somija)',
    subProcessorNotes: 'Mākoņmitināšana ES (Somija).',
    lastReviewedOn: day(monthsAgo(4)),
  });

  // Retention rules -----------------------------------------------------------
  const rule = async (fields: Partial<RetentionRuleInput> & Pick<RetentionRuleInput, 'name'>): Promise<string> => {
    const input = RetentionRuleInput.parse({
      dataCategoryId: null,
      periodValue: null,
      periodUnit: null,
      criterion: '',
      startEvent: '',
      legalSource: '',
      legalArticle: '',
      actionAtExpiry: 'delete',
      backupsCovered: true,
      owner: '',
      lastReviewedOn: day(monthsAgo(4)),
      notes: '',
      ...fields,
    });
    await assertRetentionReferences(trx, input);
    return (await saveRetentionRule(trx, input, ctx)).id;
  };

  const rAccounting = await rule({
    name: 'Grāmatvedības reģistri un inventarizācijas saraksti',
    dataCategoryId: 'dc-financial',
    periodValue: 10,
    periodUnit: 'years',
    startEvent: 'Pārskata gada beigas',
    legalSource: 'Grāmatvedības likums',
    legalArticle: '28. pants',
    owner: 'Finanšu daļa, galvenā grāmatvede Dace Liepa',
    notes: 'Gada pārskatus glabā līdz uzņēmuma reorganizācijai vai likvidācijai.',
  });
  const rPayroll = await rule({
    name: 'Darba samaksas uzskaites dokumenti (algu saraksti, aprēķini)',
    dataCategoryId: 'dc-payroll',
    periodValue: 10,
    periodUnit: 'years',
    startEvent: 'Pārskata gada beigas',
    legalSource: 'Grāmatvedības likums',
    legalArticle: '28. pants',
    owner: 'Finanšu daļa, galvenā grāmatvede Dace Liepa',
    notes: 'Vecākiem algu dokumentiem var būt piemērojams ilgāks termiņš pēc iepriekšējā regulējuma — pirms dzēšanas pārbaudīt.',
  });
  const rPersonnel = await rule({
    name: 'Darbinieku personāla lietas (arhīviski vērtīgie personāla dokumenti)',
    dataCategoryId: 'dc-employment',
    periodValue: 90,
    periodUnit: 'years',
    criterion: 'Līdz 90 gadiem no personas dzimšanas dienas.',
    startEvent: 'Darbinieka dzimšanas diena',
    legalSource: 'Arhīvu likums; MK noteikumi Nr. 690',
    legalArticle: 'Personāla dokumentu glabāšanas termiņi',
    actionAtExpiry: 'archive',
    backupsCovered: false,
    owner: 'Personāla daļa, personāla vadītāja Līga Ozola',
    notes: 'Pēc darba attiecību beigām personāla lietu nodod uzņēmuma arhīvā; elektroniskās kopijas sistēmā dzēš 2 gadus pēc darba attiecību beigām.',
  });
  const rEmploymentRecords = await rule({
    name: 'Darba tiesisko attiecību dokumenti bez arhīviskas vērtības',
    periodValue: 2,
    periodUnit: 'years',
    startEvent: 'Darba tiesisko attiecību izbeigšanās',
    legalSource: 'Darba likums',
    legalArticle: '31. pants (prasījumu noilgums)',
    owner: 'Personāla daļa, personāla vadītāja Līga Ozola',
    notes: 'Darba laika grafiki, atvaļinājumu pieteikumi, darbinieku kontaktinformācija, ārkārtas kontaktpersonas.',
  });
  const rOccHealth = await rule({
    name: 'Obligāto veselības pārbaužu atzinumi',
    dataCategoryId: 'dc-health',
    periodValue: 2,
    periodUnit: 'years',
    startEvent: 'Darba tiesisko attiecību izbeigšanās',
    legalSource: 'Darba likums',
    legalArticle: '31. pants (prasījumu noilgums)',
    owner: 'Personāla daļa, darba aizsardzības speciālists Roberts Grīns',
    notes: 'Veselības pārbaudes karti glabā darba attiecību laikā (MK noteikumi Nr. 219 "Kārtība, kādā veicama obligātā veselības pārbaude"), pēc tam — līdz prasījumu noilgumam.',
  });
  const rSickLeave = await rule({
    name: 'Darbnespējas lapu dati un slimības naudas aprēķins',
    periodValue: 10,
    periodUnit: 'years',
    startEvent: 'Pārskata gada beigas',
    legalSource: 'Grāmatvedības likums',
    legalArticle: '28. pants',
    owner: 'Finanšu daļa, galvenā grāmatvede Dace Liepa',
    notes: 'Glabā tikai darbnespējas lapas numuru, veidu un periodu kā slimības naudas aprēķina pamatojumu; diagnoze darba devējam netiek nodota.',
  });
  const rApplicants = await rule({
    name: 'Darba kandidātu pieteikumi (CV, motivācijas vēstules, intervijas piezīmes)',
    dataCategoryId: 'dc-education',
    periodValue: 6,
    periodUnit: 'months',
    criterion: 'Ja kandidāts piekritis iekļaušanai kandidātu rezervē — 12 mēneši no piekrišanas vai līdz tās atsaukšanai, ja tā notiek agrāk.',
    startEvent: 'Konkursa noslēgums (paziņojums par atlases rezultātu)',
    legalSource: 'Darba likums',
    legalArticle: '34. pants (prasības celšanas termiņš par diskrimināciju, pieņemot darbā)',
    owner: 'Personāla daļa, personāla vadītāja Līga Ozola',
    notes: 'Pieņemtā kandidāta dokumenti pāriet personāla lietā (PD-01).',
  });
  const rContracts = await rule({
    name: 'Klientu līgumi un pasūtījumu dokumentācija (fiziskas personas)',
    dataCategoryId: 'dc-contract',
    periodValue: 10,
    periodUnit: 'years',
    startEvent: 'Līgumsaistību pilnīga izpilde',
    legalSource: 'Civillikums',
    legalArticle: '1895. pants (vispārējais noilgums)',
    owner: 'Pārdošanas daļa, vadītājs Jānis Kalējs',
  });
  const rB2B = await rule({
    name: 'Komercdarījumu sarakste un kontaktpersonu dati',
    dataCategoryId: 'dc-correspondence',
    periodValue: 3,
    periodUnit: 'years',
    startEvent: 'Pēdējā darījuma vai sadarbības beigas',
    legalSource: 'Komerclikums',
    legalArticle: '406. pants (komercdarījumu prasījumu noilgums)',
    owner: 'Iepirkumu daļa, vadītāja Sanita Jansone',
  });
  const rWebOrders = await rule({
    name: 'Interneta veikala pasūtījumi un piegādes dati',
    dataCategoryId: 'dc-order',
    periodValue: 3,
    periodUnit: 'years',
    startEvent: 'Pasūtījuma piegāde',
    legalSource: 'Komerclikums',
    legalArticle: '406. pants',
    owner: 'E-komercijas vadītāja Elīna Krūmiņa',
    notes: 'Rēķini tiek glabāti grāmatvedībā pēc noteikuma "Grāmatvedības reģistri".',
  });
  const rShopAccounts = await rule({
    name: 'Interneta veikala lietotāju konti',
    periodValue: 3,
    periodUnit: 'years',
    criterion: 'Vai līdz brīdim, kad lietotājs pats dzēš kontu, ja tas notiek agrāk.',
    startEvent: 'Pēdējā pieteikšanās kontā',
    legalSource: 'Vispārīgā datu aizsardzības regula',
    legalArticle: '5. panta 1. punkta e) apakšpunkts (glabāšanas ierobežojums)',
    owner: 'E-komercijas vadītāja Elīna Krūmiņa',
    notes: 'Neaktīvos kontus dzēš automātiski; 30 dienas iepriekš lietotājam nosūta brīdinājumu.',
  });
  const rComplaints = await rule({
    name: 'Klientu pretenzijas un garantijas lietas',
    periodValue: 2,
    periodUnit: 'years',
    startEvent: 'Pretenzijas izskatīšanas pabeigšana',
    legalSource: 'Patērētāju tiesību aizsardzības likums',
    legalArticle: '27. pants',
    owner: 'Klientu servisa vadītāja Inese Strautiņa',
  });
  const rCctv = await rule({
    name: 'Videonovērošanas ieraksti',
    dataCategoryId: 'dc-image',
    periodValue: 30,
    periodUnit: 'days',
    startEvent: 'Ieraksta izdarīšana',
    legalSource: 'Normatīvajos aktos termiņš nav noteikts; pārziņa leģitīmās intereses, ierastā prakse',
    legalArticle: 'VDAR 5. panta 1. punkta e) apakšpunkts',
    owner: 'Saimniecības daļa, vadītājs Raimonds Vītols',
    notes: 'Ieraksti tiek automātiski pārrakstīti. Ierakstu, kas nepieciešams incidenta izmeklēšanai, saglabā līdz lietas izbeigšanai un to reģistrē incidentu žurnālā. Rezerves kopijas netiek veidotas.',
  });
  const rNewsletter = await rule({
    name: 'Jaunumu abonentu dati un piekrišanas',
    dataCategoryId: 'dc-marketing',
    criterion: 'Līdz piekrišanas atsaukšanai (atrakstīšanās saite katrā vēstulē).',
    startEvent: 'Piekrišanas saņemšana',
    legalSource: 'Vispārīgā datu aizsardzības regula; Informācijas sabiedrības pakalpojumu likums',
    legalArticle: 'VDAR 7. panta 3. punkts; ISPL 9. pants',
    owner: 'Mārketinga vadītāja Elīna Krūmiņa',
    notes: 'Pēc atsaukšanas e-pasta adrese paliek tikai atrakstīto sarakstā, lai vēstules netiktu sūtītas atkārtoti.',
  });
  const rAnalytics = await rule({
    name: 'Analītikas sīkdatnes un tiešsaistes identifikatori',
    dataCategoryId: 'dc-online',
    periodValue: 14,
    periodUnit: 'months',
    startEvent: 'Sīkdatnes iestatīšana vai pēdējais apmeklējums',
    legalSource: 'Informācijas sabiedrības pakalpojumu likums',
    legalArticle: '7.¹ pants',
    owner: 'Mārketinga vadītāja Elīna Krūmiņa',
    notes: 'Termiņš iestatīts analītikas rīka datu glabāšanas iestatījumos; IP adreses tiek saīsinātas pirms saglabāšanas.',
  });
  const rItLogs = await rule({
    name: 'IT sistēmu piekļuves un drošības žurnāli',
    dataCategoryId: 'dc-usage',
    periodValue: 12,
    periodUnit: 'months',
    startEvent: 'Ieraksta izdarīšana žurnālā',
    legalSource: 'Vispārīgā datu aizsardzības regula',
    legalArticle: '32. pants (apstrādes drošība)',
    owner: 'IT vadītājs Mārtiņš Zariņš',
    notes: 'Žurnālus, kas saistīti ar personas datu aizsardzības pārkāpumu, glabā līdz izmeklēšanas beigām.',
  });
  const rBooking = await rule({
    name: 'Rezervāciju sistēmas dati (apstrāde pārziņa vārdā)',
    criterion:
      'Saskaņā ar pārziņa dokumentētiem norādījumiem; pēc pakalpojuma līguma izbeigšanas dati tiek atdoti pārzinim un dzēsti 30 dienu laikā, ieskaitot rezerves kopijas.',
    startEvent: 'Pakalpojuma līguma izbeigšana',
    legalSource: 'Vispārīgā datu aizsardzības regula; apstrādes līgums ar pārzini',
    legalArticle: '28. panta 3. punkta g) apakšpunkts',
    owner: 'IT vadītājs Mārtiņš Zariņš',
  });
  const rLoyalty = await rule({
    name: 'Lojalitātes programmas "ZKM Klubs" dalībnieku dati',
    periodValue: 3,
    periodUnit: 'months',
    periodText: '3 mēneši pēc programmas izbeigšanas (privātuma politikas 6.2. punkts)',
    startEvent: 'Programmas izbeigšana',
    legalSource: 'Vispārīgā datu aizsardzības regula',
    legalArticle: '5. panta 1. punkta e) apakšpunkts; 7. panta 3. punkts',
    actionAtExpiry: 'anonymise',
    owner: 'Mārketinga vadītāja Elīna Krūmiņa',
    notes: 'Pēc programmas izbeigšanas dalībnieku dati dzēsti, pirkumu statistika saglabāta anonimizētā veidā.',
  });
  const rGps = await rule({
    name: 'Transportlīdzekļu GPS maršrutu dati',
    dataCategoryId: 'dc-location',
    periodValue: 3,
    periodUnit: 'months',
    startEvent: 'Brauciena datums',
    legalSource: 'Pārziņa leģitīmās intereses; normatīvajos aktos termiņš nav noteikts',
    legalArticle: 'VDAR 5. panta 1. punkta e) apakšpunkts',
    owner: 'SIA "ZKM Serviss", loģistikas vadītājs Kristaps Lapiņš',
    notes: 'Apkopotie nobraukuma dati degvielas norakstīšanai tiek glabāti grāmatvedībā (10 gadi).',
  });

  // Activities ----------------------------------------------------------------
  const save = async (organisationId: string, fields: Partial<ActivityInput> & Pick<ActivityInput, 'number' | 'name'>): Promise<string> => {
    const draft: ActivityDraft = ActivityInput.parse({
      ...emptyActivity(organisationId, day(registerStart)),
      status: 'active',
      dpiaStatus: 'not_required',
      dpiaNotes: 'Neviens WP248 kritērijs neattiecas; NIDA nav nepieciešams.',
      securityMeasureIds: BASELINE_MEASURES,
      ...fields,
    });
    await assertActivityReferences(trx, draft);
    return (await saveActivity(trx, draft, ctx)).id;
  };
  const purpose = (description: string, legalBasisIds: string[]): Purpose => ({
    description,
    legalBasisIds,
    legitimateInterest: '',
    legitimateInterestAssessment: '',
    legitimateInterestAssessedOn: null,
  });
  const interest = (description: string, legitimateInterest: string, assessment: string, assessedMonthsAgo: number): Purpose => ({
    description,
    legalBasisIds: ['lb-f'],
    legitimateInterest,
    legitimateInterestAssessment: `${assessment}, ${lv(monthsAgo(assessedMonthsAgo))}`,
    legitimateInterestAssessedOn: day(monthsAgo(assessedMonthsAgo)),
  });
  const data = (dataCategoryId: string, retentionRuleId: string | null, notes = '') => ({ dataCategoryId, retentionRuleId, notes });
  const to = (recipientCategoryId: string, notes = '') => ({ recipientCategoryId, notes });
  const via = (processorId: string, notes = '') => ({ processorId, notes });

  await save(zkm.id, {
    number: 'PD-01',
    approxSubjects: 140,
    approxRecords: 140,
    name: 'Darbinieku personāla lietvedība',
    description: 'Darbinieku personāla lietu kārtošana: darba līgumi, rīkojumi, amata apraksti, izglītības dokumentu kopijas, atvaļinājumu uzskaite, darba tiesisko attiecību izbeigšana.',
    ownerUnit: 'Personāla daļa',
    ownerPerson: 'Līga Ozola, personāla vadītāja',
    ...reviewed(4),
    purposes: [
      purpose('Darba tiesisko attiecību nodibināšana, uzturēšana un izbeigšana (Darba likums)', ['lb-b', 'lb-c']),
      purpose('Personāla dokumentu glabāšana un nodošana arhīvā (Arhīvu likums)', ['lb-c']),
    ],
    dataSubjectCategoryIds: ['ds-employees', 'ds-former-employees', 'ds-employee-family'],
    dataCategories: [
      data('dc-identity', rPersonnel),
      data('dc-id-document', rPersonnel, 'Tikai pases vai ID kartes numurs un derīguma termiņš; kopijas netiek glabātas.'),
      data('dc-employment', rPersonnel),
      data('dc-education', rPersonnel, 'Izglītības un kvalifikācijas dokumentu kopijas, ja amatam nepieciešama noteikta kvalifikācija.'),
      data('dc-contact', rEmploymentRecords),
      data('dc-family', rEmploymentRecords, 'Ārkārtas kontaktpersona; bērnu dati papildatvaļinājuma piešķiršanai.'),
    ],
    sourceTypes: ['data_subject'],
    sourceNotes: 'No darbinieka; bērnu dati — no darbinieka iesniegtajiem dokumentiem.',
    recipients: [
      to('rc-hr'),
      to('rc-management'),
      to('rc-accounting', 'Dati, kas nepieciešami darba samaksas aprēķinam.'),
      to('rc-processors'),
      to('rc-authorities', 'Valsts darba inspekcija, VSAA — pēc pieprasījuma.'),
      to('rc-courts', 'Darba strīdu gadījumā.'),
    ],
    processors: [via(payrollSystem, 'Personāla uzskaites modulis.')],
    securityMeasureIds: [...BASELINE_MEASURES, 'sm-physical'],
    securityNotes: 'Papīra personāla lietas glabā slēdzamā skapī personāla daļā; piekļuve tikai personāla daļai un valdei.',
    systems: '"Algu Eksperts" personāla modulis; papīra personāla lietas',
    dataLocation: 'Latvija (birojs Ventspilī; SIA "Ventspils Datu Centrs")',
  });

  await save(zkm.id, {
    number: 'PD-02',
    name: 'Darba samaksas aprēķins un ziņošana VID',
    description: 'Darba algas, piemaksu, atvaļinājuma naudas un slimības naudas aprēķins un izmaksa; nodokļu ieturēšana un darba devēja ziņojumu iesniegšana Valsts ieņēmumu dienestam.',
    ownerUnit: 'Finanšu daļa',
    ownerPerson: 'Dace Liepa, galvenā grāmatvede',
    ...reviewed(3),
    purposes: [
      purpose('Darba samaksas aprēķins un izmaksa (Darba likums, darba līgums)', ['lb-b', 'lb-c']),
      purpose(
        'Iedzīvotāju ienākuma nodokļa un valsts sociālās apdrošināšanas obligāto iemaksu aprēķins un darba devēja ziņojumu iesniegšana VID (likums "Par iedzīvotāju ienākuma nodokli", likums "Par valsts sociālo apdrošināšanu", likums "Par nodokļiem un nodevām")',
        ['lb-c'],
      ),
    ],
    dataSubjectCategoryIds: ['ds-employees', 'ds-former-employees', 'ds-employee-family'],
    dataCategories: [
      data('dc-identity', rPayroll, 'Vārds, uzvārds, personas kods.'),
      data('dc-employment', rPayroll, 'Amats, darba laika uzskaite, atvaļinājumi.'),
      data('dc-payroll', rPayroll),
      data('dc-bank', rPayroll),
      data('dc-family', rPayroll, 'Apgādājamie IIN atvieglojumu piemērošanai.'),
    ],
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'No darbinieka; algas nodokļa grāmatiņas dati — no VID Elektroniskās deklarēšanas sistēmas.',
    namedSources: [{ sourceType: 'other_controller', name: 'VID (Valsts ieņēmumu dienests), Elektroniskās deklarēšanas sistēma', dataCategoryId: null }],
    recipients: [
      to('rc-accounting'),
      to('rc-vid', 'Darba devēja ziņojumi, paziņojumi par fiziskajai personai izmaksātajām summām.'),
      to('rc-banks', 'Algu maksājumi.'),
      to('rc-auditors', 'Zvērināts revidents gada pārskata revīzijā.'),
      to('rc-processors'),
    ],
    processors: [via(payrollSystem, 'Algu aprēķina modulis.'), via(accountingSoftware, 'Algu grāmatojumi.'), via(bank, 'Algu izmaksa.')],
    systems: '"Algu Eksperts"; "Kontu Serviss" grāmatvedības programma; VID EDS; internetbanka',
    dataLocation: 'Latvija (SIA "Ventspils Datu Centrs")',
  });

  await save(zkm.id, {
    number: 'PD-03',
    approxSubjects: 140,
    approxRecords: 280,
    name: 'Obligātās veselības pārbaudes (arodveselība)',
    description: 'Darbinieku nosūtīšana uz obligātajām veselības pārbaudēm pirms darba uzsākšanas un periodiski, atzinumu par piemērotību darbam saņemšana un uzskaite.',
    ownerUnit: 'Personāla daļa / darba aizsardzība',
    ownerPerson: 'Roberts Grīns, darba aizsardzības speciālists',
    ...reviewed(5),
    purposes: [
      purpose(
        'Darba devēja pienākums nodrošināt obligātās veselības pārbaudes darbiniekiem, kas pakļauti kaitīgiem darba vides faktoriem (Darba aizsardzības likums; MK noteikumi Nr. 219)',
        ['lb-c'],
      ),
    ],
    art9ConditionIds: ['a9-b', 'a9-h'],
    art9Notes:
      '9. panta 2. punkta b) apakšpunkts — darba devēja pienākumi darba aizsardzības jomā (Darba aizsardzības likums). ' +
      '9. panta 2. punkta h) apakšpunkts — arodmedicīna, ko veic arodveselības ārsts, uz kuru attiecas profesionālā noslēpuma pienākums. ' +
      'Darba devējs saņem tikai atzinumu par piemērotību darbam un ierobežojumus, nevis diagnozes.',
    dataSubjectCategoryIds: ['ds-employees'],
    dataCategories: [
      data('dc-identity', rOccHealth),
      data('dc-employment', rOccHealth, 'Amats un darba vides riska faktori nosūtījumā.'),
      data('dc-health', rOccHealth, 'Arodveselības ārsta atzinums par piemērotību darbam un ierobežojumi.'),
    ],
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'Atzinumu sniedz arodveselības ārsts (SIA "Ostas Klīnika").',
    namedSources: [{ sourceType: 'partner', name: 'SIA "Ostas Klīnika" (arodveselības ārsts)', dataCategoryId: null }],
    recipients: [
      to('rc-occupational-health', 'Nosūtījums ar darba vides riska faktoriem.'),
      to('rc-hr'),
      to('rc-authorities', 'Valsts darba inspekcija pēc pieprasījuma.'),
    ],
    processors: [via(occupationalHealth, 'Patstāvīgs pārzinis medicīniskajiem datiem.')],
    securityMeasureIds: [...BASELINE_MEASURES, 'sm-physical', 'sm-encryption-rest'],
    securityNotes: 'Atzinumi glabājas atsevišķi no personāla lietas, slēgtā mapē; piekļuve tikai darba aizsardzības speciālistam un personāla vadītājai.',
    systems: 'Papīra veselības pārbaudes kartes; darba aizsardzības reģistrs (Excel, šifrēts tīkla disks)',
    dataLocation: 'Latvija (birojs Ventspilī)',
    dpiaCriteria: ['sensitive_data'],
    dpiaNotes: 'Viens WP248 kritērijs (īpašu kategoriju dati), apjoms neliels, darba devējs nesaņem diagnozes: NIDA nav nepieciešams.',
  });

  await save(zkm.id, {
    number: 'PD-04',
    name: 'Darbnespējas lapu un slimības naudas administrēšana',
    description: 'E-darbnespējas lapu datu saņemšana, slimības naudas aprēķins un informācijas sniegšana VSAA slimības pabalsta piešķiršanai.',
    ownerUnit: 'Finanšu daļa',
    ownerPerson: 'Dace Liepa, galvenā grāmatvede',
    ...reviewed(3),
    purposes: [
      purpose('Slimības naudas aprēķins un izmaksa, darba laika uzskaite (Darba likums; likums "Par maternitātes un slimības apdrošināšanu")', ['lb-c']),
    ],
    art9ConditionIds: ['a9-b'],
    art9Notes: '9. panta 2. punkta b) apakšpunkts — darba devēja pienākumi nodarbinātības un sociālā nodrošinājuma jomā. Darba devējs redz tikai darbnespējas periodu un lapas veidu.',
    dataSubjectCategoryIds: ['ds-employees'],
    dataCategories: [
      data('dc-identity', rSickLeave),
      data('dc-health', rSickLeave, 'Darbnespējas fakts, periods un lapas veids (A/B).'),
      data('dc-payroll', rPayroll),
    ],
    sourceTypes: ['third_party', 'data_subject'],
    sourceNotes: 'E-darbnespējas lapas no e-veselības sistēmas; darbinieka paziņojums.',
    namedSources: [{ sourceType: 'public_register', name: 'E-veselības sistēma (Nacionālais veselības dienests)', dataCategoryId: null }],
    recipients: [to('rc-accounting'), to('rc-vid'), to('rc-authorities', 'VSAA slimības pabalsta piešķiršanai.'), to('rc-processors')],
    processors: [via(payrollSystem)],
    systems: 'E-veselība (darba devēja piekļuve); "Algu Eksperts"',
    dataLocation: 'Latvija',
    dpiaCriteria: ['sensitive_data'],
    dpiaNotes: 'Viens WP248 kritērijs (veselības dati minimālā apjomā): NIDA nav nepieciešams.',
  });

  await save(zkm.id, {
    number: 'PD-05',
    name: 'Darbinieku atlase (darba kandidāti)',
    description: 'Vakanču izsludināšana, kandidātu pieteikumu izvērtēšana, darba intervijas un atlases rezultātu paziņošana; kandidātu rezerve ar piekrišanu.',
    ownerUnit: 'Personāla daļa',
    ownerPerson: 'Līga Ozola, personāla vadītāja',
    ...reviewed(6),
    purposes: [
      purpose('Kandidātu atlase konkrētai vakancei (pasākumi pirms darba līguma noslēgšanas pēc kandidāta pieprasījuma)', ['lb-b']),
      purpose('Kandidāta iekļaušana kandidātu rezervē nākamajām vakancēm', ['lb-a']),
      interest(
        'Atlases dokumentācijas glabāšana iespējamo prasījumu aizstāvībai pēc konkursa',
        'Spēja pierādīt vienlīdzīgu attieksmi atlasē, ja kandidāts ceļ prasību (Darba likums 34. pants).',
        'Leģitīmo interešu izvērtējums LII-02 "Darba kandidātu dati"',
        6,
      ),
    ],
    dataSubjectCategoryIds: ['ds-applicants'],
    dataCategories: [
      data('dc-identity', rApplicants),
      data('dc-contact', rApplicants),
      data('dc-education', rApplicants),
      data('dc-correspondence', rApplicants, 'Intervijas piezīmes un sarakste ar kandidātu.'),
    ],
    transfersNone: true,
    processorsNone: true,
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'No kandidāta; atsauksmes no iepriekšējiem darba devējiem tikai ar kandidāta ziņu.',
    namedSources: [{ sourceType: 'other_controller', name: 'Kandidāta iepriekšējie darba devēji', dataCategoryId: null }],
    recipients: [to('rc-hr'), to('rc-management', 'Struktūrvienības vadītājs, kas piedalās intervijā.')],
    systems: 'Vakanču e-pasta kastīte darbs@zkmebeles.lv; personāla daļas tīkla mape',
    dataLocation: 'Latvija (birojs Ventspilī)',
    dpiaCriteria: ['evaluation_scoring'],
    dpiaNotes: 'Kandidātu izvērtēšana bez automatizētiem lēmumiem; viens WP248 kritērijs: NIDA nav nepieciešams.',
  });

  await save(zkm.id, {
    number: 'PD-06',
    name: 'Grāmatvedības kārtošana',
    description: 'Saimniecisko darījumu uzskaite, rēķinu izrakstīšana un apstrāde, norēķini ar klientiem, piegādātājiem un darbiniekiem (avansa norēķini), gada pārskata sagatavošana.',
    ownerUnit: 'Finanšu daļa',
    ownerPerson: 'Dace Liepa, galvenā grāmatvede',
    ...reviewed(3),
    // The basis is stated once for the activity; both purposes inherit it (issue 15).
    legalBasisIds: ['lb-c'],
    purposes: [
      purpose('Grāmatvedības uzskaite un nodokļu saistību izpilde (Grāmatvedības likums; likums "Par nodokļiem un nodevām")', []),
      purpose('Gada pārskata sagatavošana un iesniegšana (Gada pārskatu un konsolidēto gada pārskatu likums)', []),
    ],
    dataSubjectCategoryIds: ['ds-customers', 'ds-business-contacts', 'ds-supplier-contacts', 'ds-employees'],
    dataCategories: [
      data('dc-identity', rAccounting),
      data('dc-financial', rAccounting),
      data('dc-bank', rAccounting),
      data('dc-contract', rAccounting, 'Līguma rekvizīti grāmatojumu pamatojumam.'),
    ],
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'Rēķini, līgumi, bankas izraksti.',
    namedSources: [{ sourceType: 'other_controller', name: 'Konta banka (bankas izraksti)', dataCategoryId: null }, { sourceType: 'public_register', name: 'Uzņēmumu reģistrs', dataCategoryId: null }],
    recipients: [to('rc-accounting'), to('rc-vid'), to('rc-auditors'), to('rc-banks'), to('rc-processors')],
    processors: [via(accountingSoftware), via(bank)],
    systems: '"Kontu Serviss" grāmatvedības programma; internetbanka',
    dataLocation: 'Latvija (SIA "Ventspils Datu Centrs")',
  });

  await save(zkm.id, {
    number: 'PD-07',
    name: 'Līgumu slēgšana un izpilde ar klientiem',
    description: 'Individuālu mēbeļu pasūtījumu pieņemšana salonā, līgumu slēgšana, izgatavošana, piegāde un norēķini; nesamaksāto rēķinu atgūšana.',
    ownerUnit: 'Pārdošanas daļa',
    ownerPerson: 'Jānis Kalējs, pārdošanas vadītājs',
    ...reviewed(2),
    purposes: [
      purpose('Līguma noslēgšana un izpilde (Civillikums; Patērētāju tiesību aizsardzības likums)', ['lb-b']),
      interest(
        'Nesamaksāto rēķinu atgūšana un prasījumu aizstāvība',
        'Uzņēmuma intereses atgūt parādu un aizstāvēt savas tiesības tiesā.',
        'Leģitīmo interešu izvērtējums LII-04 "Parādu atgūšana"',
        8,
      ),
    ],
    dataSubjectCategoryIds: ['ds-customers', 'ds-business-contacts'],
    dataCategories: [
      data('dc-identity', rContracts),
      data('dc-contact', rContracts),
      data('dc-contract', rContracts, 'Juridisku personu līgumiem — skat. noteikumu "Komercdarījumu sarakste" (3 gadi).'),
      data('dc-financial', rAccounting),
    ],
    sourceTypes: ['data_subject'],
    recipients: [
      to('rc-management'),
      to('rc-accounting'),
      to('rc-couriers', 'Piegādes adrese un tālrunis.'),
      to('rc-debt-collectors', 'Tikai pēc brīdinājuma par parādu.'),
      to('rc-courts'),
    ],
    processors: [via(accountingSoftware), via(courier, 'Lielgabarīta piegādes.')],
    systems: 'Pārdošanas sistēma (CRM modulis grāmatvedības programmā); papīra līgumi salonā',
    dataLocation: 'Latvija',
  });

  await save(zkm.id, {
    number: 'PD-08',
    approxSubjects: 6500,
    approxRecords: 21000,
    name: 'Interneta veikala pasūtījumi un piegāde',
    description: 'Pasūtījumu pieņemšana interneta veikalā www.zkmebeles.lv, lietotāju konti, apmaksa, piegāde ar kurjeru, pēcpirkuma apmierinātības aptauja.',
    ownerUnit: 'E-komercija',
    ownerPerson: 'Elīna Krūmiņa, e-komercijas un mārketinga vadītāja',
    ...reviewed(1),
    purposes: [
      purpose('Pasūtījuma pieņemšana, apmaksa un piegāde (distances līgums)', ['lb-b']),
      purpose('Rēķinu sagatavošana un grāmatvedības uzskaite (Grāmatvedības likums)', ['lb-c']),
      // Imperfection 4: the interest is named, but no balancing test is recorded.
      {
        description: 'Klientu apmierinātības aptauja pēc pirkuma',
        legalBasisIds: ['lb-f'],
        legitimateInterest: 'Pakalpojuma kvalitātes uzlabošana, pamatojoties uz klientu atsauksmēm.',
        legitimateInterestAssessment: '',
        legitimateInterestAssessedOn: null,
      },
    ],
    dataSubjectCategoryIds: ['ds-customers'],
    dataCategories: [
      data('dc-identity', rWebOrders, 'Vārds, uzvārds.'),
      data('dc-contact', rWebOrders),
      data('dc-order', rWebOrders),
      data('dc-account', rShopAccounts, 'Paroles tiek glabātas tikai jaucējkoda (hash) veidā.'),
      data('dc-financial', rAccounting, 'Rēķini; maksājumu kartes dati netiek saņemti (apstrādā maksājumu pakalpojumu sniedzējs).'),
    ],
    sourceTypes: ['data_subject'],
    recipients: [
      to('rc-couriers', 'Vārds, piegādes adrese, tālrunis.'),
      to('rc-banks', 'Maksājumu pakalpojumu sniedzējs.'),
      to('rc-accounting'),
      to('rc-processors'),
    ],
    processors: [via(hosting, 'Interneta veikala mitināšana.'), via(courier), via(accountingSoftware, 'Rēķini.')],
    systems: 'Interneta veikala platforma (WooCommerce) pie Nordhost GmbH',
    dataLocation: 'Vācija (Nordhost GmbH); Latvija',
  });

  await save(zkm.id, {
    number: 'PD-09',
    name: 'Sīkdatnes un tīmekļa vietnes analītika',
    description: 'Tehniski nepieciešamās sīkdatnes interneta veikala darbībai un analītikas sīkdatnes apmeklējumu statistikai (tikai ar piekrišanu sīkdatņu rīkā).',
    ownerUnit: 'Mārketings',
    ownerPerson: 'Elīna Krūmiņa, e-komercijas un mārketinga vadītāja',
    ...reviewed(2),
    purposes: [
      interest(
        'Tehniski nepieciešamās sīkdatnes (iepirkumu grozs, sesija, drošība)',
        'Vietnes darbības un drošības nodrošināšana; bez šīm sīkdatnēm vietne nedarbojas (ISPL 7.¹ pants — piekrišana nav nepieciešama).',
        'Leģitīmo interešu izvērtējums LII-05 "Sīkdatnes"',
        7,
      ),
      purpose('Apmeklējumu statistika un vietnes uzlabošana ar analītikas sīkdatnēm (Informācijas sabiedrības pakalpojumu likums 7.¹ pants)', ['lb-a']),
    ],
    dataSubjectCategoryIds: ['ds-website-visitors'],
    dataCategories: [
      data('dc-online', rAnalytics, 'Sīkdatņu identifikatori, saīsināta IP adrese.'),
      data('dc-usage', rAnalytics, 'Apmeklētās lapas, ierīces tips, pārlūks.'),
    ],
    sourceTypes: ['observed'],
    sourceNotes: 'Iegūts no apmeklētāja ierīces ar sīkdatnēm.',
    recipients: [to('rc-processors'), to('rc-it')],
    processors: [via(analytics, 'Analītika (ASV, DPF).'), via(hosting)],
    transfers: [
      {
        countryId: 'US',
        processorId: analytics,
        transferMechanismId: 'tm-dpf',
        safeguardDocuments:
          `Clearmetrics, Inc. ieraksts ES–ASV datu privātuma regulējuma (DPF) sarakstā dataprivacyframework.gov, statuss "Active", pārbaudīts ${lv(subDays(now, 21))}; ` +
          'Clearmetrics Data Processing Addendum; Komisijas Īstenošanas lēmums (ES) 2023/1795.',
        derogationJustification: '',
        notes: 'Pārbaudīt DPF statusu katrā pārskatīšanā.',
      },
    ],
    systems: 'Sīkdatņu piekrišanas rīks; Clearmetrics analītika',
    dataLocation: 'ASV (Clearmetrics, Inc.); Vācija (Nordhost GmbH)',
  });

  const newsletter = await save(zkm.id, {
    number: 'PD-10',
    name: 'Jaunumu e-pasta izsūtne',
    description: 'Jaunumu un piedāvājumu e-pasta vēstuļu sūtīšana abonentiem, kas pieteikušies vietnē vai salonā; atvēršanas statistika.',
    ownerUnit: 'Mārketings',
    ownerPerson: 'Elīna Krūmiņa, e-komercijas un mārketinga vadītāja',
    ...reviewed(2),
    purposes: [purpose('Komerciālu paziņojumu sūtīšana pa e-pastu ar piekrišanu (Informācijas sabiedrības pakalpojumu likums 9. pants)', ['lb-a'])],
    dataSubjectCategoryIds: ['ds-subscribers', 'ds-customers'],
    dataCategories: [
      data('dc-contact', rNewsletter, 'E-pasta adrese, vārds (nav obligāts).'),
      data('dc-marketing', rNewsletter, 'Piekrišanas laiks, veids un teksts (dubultā apstiprināšana).'),
      data('dc-usage', rNewsletter, 'Vēstuļu atvēršanas un saišu klikšķu statistika.'),
    ],
    sourceTypes: ['data_subject', 'observed'],
    recipients: [to('rc-processors')],
    processors: [via(emailMarketing)],
    systems: 'UAB "Laiškų Paštas" e-pasta mārketinga platforma',
    dataLocation: 'ES (Vācija)',
  });

  await save(zkm.id, {
    number: 'PD-11',
    approxSubjects: 1500,
    approxRecords: 4200,
    name: 'Videonovērošana ražotnē un salonā',
    description: 'Videonovērošana ražotnes teritorijā, noliktavā, salona tirdzniecības zālē un pie ieejām (kopā 14 kameras; bez skaņas ieraksta, netiek vērsta uz atpūtas telpām un ģērbtuvēm).',
    ownerUnit: 'Saimniecības daļa',
    ownerPerson: 'Raimonds Vītols, saimniecības daļas vadītājs',
    ...reviewed(4),
    purposes: [
      interest(
        'Īpašuma aizsardzība, noziedzīgu nodarījumu novēršana un atklāšana, personu drošība',
        'Uzņēmuma īpašuma (iekārtas, materiāli, gatavā produkcija) un personu drošības aizsardzība; pierādījumi incidentu gadījumā.',
        'Leģitīmo interešu izvērtējums LII-01 "Videonovērošana"',
        9,
      ),
    ],
    dataSubjectCategoryIds: ['ds-employees', 'ds-visitors', 'ds-customers'],
    dataCategories: [data('dc-image', rCctv, 'Videoieraksts bez skaņas.')],
    sourceTypes: ['observed'],
    sourceNotes: 'Informēšana ar brīdinājuma zīmēm pie ieejām (pirmā līmeņa informācija) un videonovērošanas paziņojumu vietnē (otrā līmeņa informācija).',
    recipients: [
      to('rc-processors', 'Apsardzes uzņēmums — tiešraide un ierakstu izgūšana pēc pieprasījuma.'),
      to('rc-management'),
      to('rc-courts', 'Valsts policija pēc pieprasījuma.'),
    ],
    processors: [via(securityCompany)],
    securityMeasureIds: ['sm-access-control', 'sm-logging', 'sm-physical', 'sm-network', 'sm-confidentiality', 'sm-need-to-know', 'sm-incident', 'sm-policy', 'sm-training', 'sm-erasure'],
    securityNotes: 'Ierakstu serveris slēgtā serveru telpā; ierakstu skatīšana un izgūšana tiek žurnalēta; ierakstus izsniedz tikai ar valdes atļauju.',
    systems: 'IP videonovērošanas sistēma (NVR ražotnes serveru telpā)',
    dataLocation: 'Latvija (ražotne Ventspilī)',
    dpiaCriteria: ['systematic_monitoring', 'vulnerable_subjects'],
    dpiaStatus: 'done',
    dpiaReference: 'NIDA-01 "Videonovērošana" (apstiprināts ar valdes rīkojumu)',
    dpiaCompletedOn: day(monthsAgo(9)),
    dpiaNotes: 'Sistemātiska uzraudzība, kas skar arī darbiniekus (atkarīgas attiecības pret darba devēju). NIDA atjaunots pēc kameru skaita palielināšanas; atlikušais risks pieņemams.',
  });

  await save(zkm.id, {
    number: 'PD-12',
    name: 'Klientu pretenzijas un garantijas remonti',
    description: 'Pretenziju par preces neatbilstību līguma noteikumiem pieņemšana, izvērtēšana, garantijas remonts vai preces apmaiņa un atbildes sniegšana.',
    ownerUnit: 'Klientu serviss',
    ownerPerson: 'Inese Strautiņa, klientu servisa vadītāja',
    ...reviewed(5),
    purposes: [
      purpose('Pretenziju izskatīšana un patērētāja tiesību nodrošināšana (Patērētāju tiesību aizsardzības likums 27.–28. pants)', ['lb-c']),
      purpose('Garantijas remonta vai preces apmaiņas izpilde', ['lb-b']),
    ],
    dataSubjectCategoryIds: ['ds-customers'],
    dataCategories: [
      data('dc-identity', rComplaints),
      data('dc-contact', rComplaints),
      data('dc-order', rComplaints),
      data('dc-correspondence', rComplaints),
      data('dc-image', rComplaints, 'Klienta iesniegtās defekta fotogrāfijas.'),
    ],
    sourceTypes: ['data_subject'],
    recipients: [
      to('rc-management'),
      to('rc-couriers', 'Preces savākšana remontam.'),
      to('rc-authorities', 'Patērētāju tiesību aizsardzības centrs, ja patērētājs vēršas tajā.'),
      to('rc-courts'),
    ],
    processors: [via(courier)],
    systems: 'Pretenziju reģistrs CRM modulī; e-pasts serviss@zkmebeles.lv',
    dataLocation: 'Latvija',
  });

  await save(zkm.id, {
    number: 'PD-13',
    name: 'Piegādātāju kontaktpersonu datu apstrāde',
    description: 'Kokmateriālu, furnitūras un audumu piegādātāju kontaktpersonu dati saziņai, pasūtījumu veikšanai un līgumu izpildei.',
    ownerUnit: 'Iepirkumu daļa',
    ownerPerson: 'Sanita Jansone, iepirkumu vadītāja',
    // Imperfection 2: last reviewed 13 months ago, the next review is a month overdue.
    lastReviewedOn: day(monthsAgo(13)),
    nextReviewOn: day(monthsAgo(1)),
    reviewedBy: 'Ilze Kalniņa (datu aizsardzības speciāliste)',
    purposes: [
      interest(
        'Saziņa ar piegādātāju kontaktpersonām un piegādes līgumu izpilde',
        'Uzņēmuma intereses nodrošināt piegādes, sazinoties ar juridisko personu pārstāvjiem.',
        'Leģitīmo interešu izvērtējums LII-06 "Darījumu partneru kontaktpersonas"',
        13,
      ),
    ],
    dataSubjectCategoryIds: ['ds-supplier-contacts'],
    dataCategories: [
      data('dc-identity', rB2B, 'Vārds, uzvārds, amats.'),
      data('dc-contact', rB2B, 'Darba e-pasts un tālrunis.'),
      data('dc-correspondence', rB2B),
    ],
    transfersNone: true,
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'No kontaktpersonas vai tās darba devēja (piegādātāja).',
    namedSources: [{ sourceType: 'other_controller', name: 'Kontaktpersonas darba devējs (piegādātājs)', dataCategoryId: null }],
    recipients: [to('rc-accounting'), to('rc-management')],
    processors: [via(accountingSoftware, 'Piegādātāju kartītes.')],
    systems: 'Grāmatvedības programmas piegādātāju modulis; e-pasts',
    dataLocation: 'Latvija',
  });

  await save(zkm.id, {
    number: 'PD-14',
    name: 'IT sistēmu piekļuves žurnāli un informācijas drošība',
    description: 'Lietotāju kontu pārvaldība, piekļuves un drošības notikumu žurnalēšana serveros, e-pastā un interneta veikalā; incidentu atklāšana un izmeklēšana.',
    ownerUnit: 'IT',
    ownerPerson: 'Mārtiņš Zariņš, IT vadītājs',
    ...reviewed(2),
    purposes: [
      interest(
        'Informācijas sistēmu drošības uzraudzība un neatļautas piekļuves novēršana',
        'Sistēmu un tajās apstrādāto datu drošība, ļaunprātīgas darbības atklāšana.',
        'Leģitīmo interešu izvērtējums LII-03 "IT žurnāli"',
        10,
      ),
      purpose('Personas datu aizsardzības pārkāpumu konstatēšana, dokumentēšana un paziņošana (VDAR 32.–34. pants)', ['lb-c']),
    ],
    dataSubjectCategoryIds: ['ds-employees', 'ds-website-visitors'],
    dataCategories: [
      data('dc-online', rItLogs, 'IP adreses, ierīču identifikatori.'),
      data('dc-usage', rItLogs, 'Pieteikšanās, piekļuves un drošības notikumi (bez e-pasta satura).'),
      // Imperfection 3: no retention rule chosen for user accounts yet.
      data('dc-account', null, 'Darbinieku lietotāju konti un tiesības; termiņš jāprecizē ar IT.'),
    ],
    sourceTypes: ['observed'],
    sourceNotes: 'Sistēmu automātiski veidoti žurnāli.',
    recipients: [to('rc-it'), to('rc-processors'), to('rc-courts', 'Incidenta gadījumā — Valsts policija, CERT.LV.')],
    processors: [via(itSupport), via(hosting, 'Interneta veikala servera žurnāli.')],
    securityMeasureIds: [...BASELINE_MEASURES, 'sm-network', 'sm-encryption-rest'],
    securityNotes: 'Žurnāli glabājas atsevišķā žurnālu serverī ar ierobežotu piekļuvi; piekļuve žurnāliem pati tiek žurnalēta.',
    systems: 'Domēna kontrolieris, e-pasta serveris, ugunsmūris, žurnālu serveris',
    dataLocation: 'Latvija (serveru telpa Ventspilī); Vācija (Nordhost GmbH)',
    dpiaCriteria: ['systematic_monitoring'],
    dpiaNotes: 'Viens WP248 kritērijs: drošības žurnalēšana bez darbinieku darbības satura uzraudzības: NIDA nav nepieciešams.',
  });

  const bookingContract = `Pakalpojumu līgums Nr. ZKM-IT-2024/04 no ${lv(subMonths(now, 24))}, 3. pielikums "Personas datu apstrāde" (VDAR 28. pants)`;
  await save(zkm.id, {
    number: 'PD-15',
    kind: 'processor',
    name: 'Tiešsaistes rezervāciju sistēmas uzturēšana klienta vārdā',
    description: 'Kā apstrādātājs mitinām, uzturam un administrējam viesnīcas tiešsaistes rezervāciju sistēmu, ko izstrādājusi mūsu IT nodaļa; apstrāde tikai pēc pārziņa dokumentētiem norādījumiem.',
    ownerUnit: 'IT',
    ownerPerson: 'Mārtiņš Zariņš, IT vadītājs',
    createdOn: day(subMonths(now, 24)),
    ...reviewed(3),
    purposes: [
      purpose('Rezervāciju sistēmas mitināšana, uzturēšana un tehniskais atbalsts pārziņa vārdā (pārziņa tiesiskais pamats: līguma izpilde ar viesiem)', ['lb-b']),
    ],
    dataSubjectCategoryIds: [hotelGuestsId, 'ds-business-contacts'],
    dataCategories: [
      data('dc-identity', rBooking, 'Viesu vārds, uzvārds.'),
      data('dc-contact', rBooking),
      data('dc-order', rBooking, 'Rezervāciju vēsture, ierašanās un izbraukšanas datumi.'),
      data('dc-financial', rBooking, 'Maksājuma statuss; karšu dati netiek apstrādāti.'),
      data('dc-account', rBooking, 'Pārziņa darbinieku lietotāju konti.'),
    ],
    sourceTypes: ['third_party'],
    sourceNotes: 'Dati nāk no pārziņa sistēmas un tās lietotājiem.',
    recipients: [to('rc-processors', 'Papildu apstrādātājs (datu centrs).'), to('rc-it')],
    processors: [via(dataCentre, 'Papildu apstrādātājs ar pārziņa rakstisku vispārēju atļauju (VDAR 28. panta 2. punkts).')],
    securityMeasureIds: [...BASELINE_MEASURES, 'sm-encryption-rest', 'sm-network', 'sm-vendor'],
    securityNotes: 'Atsevišķa vide katram klientam; šifrētas rezerves kopijas ik dienu; par pārkāpumiem pārzini informē 24 stundu laikā.',
    systems: 'Rezervāciju sistēma "ZKM Booking" (virtuālie serveri SIA "Ventspils Datu Centrs")',
    dataLocation: 'Latvija (SIA "Ventspils Datu Centrs")',
    dpiaNotes: 'NIDA ir pārziņa pienākums; kā apstrādātājs sniedzam pārzinim nepieciešamo informāciju (VDAR 28. panta 3. punkta f) apakšpunkts).',
    controllers: [
      {
        name: 'SIA "Ventas Krasts Viesnīca"',
        regNo: '40103456788',
        contact: 'Krasta iela 7, Ventspils, LV-3601; info@ventaskrasts.lv, +371 63 620 700',
        representative: '',
        dpoContact: 'das@ventaskrasts.lv',
        processingCategories:
          'Rezervāciju sistēmas mitināšana un administrēšana; viesu rezervāciju datu glabāšana; ikdienas rezerves kopēšana; lietotāju kontu pārvaldība; kļūdu novēršana un tehniskais atbalsts; datu dzēšana vai atdošana pēc pārziņa norādījumiem.',
        contractReference: bookingContract,
      },
    ],
  });

  await save(zkm.id, {
    number: 'PD-16',
    name: 'Lojalitātes programma "ZKM Klubs"',
    description: 'Klientu lojalitātes kartes un atlaižu uzkrāšana. Programma izbeigta; dalībniekiem piedāvāts pieteikties jaunumu izsūtnei (PD-10).',
    ownerUnit: 'Mārketings',
    ownerPerson: 'Elīna Krūmiņa, e-komercijas un mārketinga vadītāja',
    status: 'ended',
    createdOn: day(subYears(now, 4)),
    endedOn: day(monthsAgo(6)),
    lastReviewedOn: day(monthsAgo(6)),
    nextReviewOn: null,
    reviewedBy: 'Ilze Kalniņa (datu aizsardzības speciāliste)',
    replacedById: newsletter,
    purposes: [purpose('Lojalitātes programmas dalība un individuāli atlaižu piedāvājumi ar piekrišanu', ['lb-a'])],
    dataSubjectCategoryIds: ['ds-customers'],
    dataCategories: [
      data('dc-identity', rLoyalty),
      data('dc-contact', rLoyalty),
      data('dc-order', rLoyalty, 'Pirkumu vēsture atlaižu aprēķinam.'),
      data('dc-marketing', rLoyalty),
    ],
    sourceTypes: ['data_subject'],
    recipients: [to('rc-management')],
    systems: 'Kases sistēmas lojalitātes modulis (atslēgts)',
    dataLocation: 'Latvija',
    notes: `Programma izbeigta ${lv(monthsAgo(6))}; dalībnieku dati dzēsti, statistika anonimizēta (akts Nr. 2 par datu dzēšanu).`,
  });

  // The group's service company ---------------------------------------------------
  await save(serviss.id, {
    number: 'ZS-01',
    name: 'Mēbeļu piegādes un montāžas pasūtījumi',
    description: 'Piegādes un montāžas pakalpojumu pasūtījumu pieņemšana, darbu plānošana, izpilde un norēķini.',
    ownerUnit: 'Serviss',
    ownerPerson: 'Kristaps Lapiņš, valdes loceklis',
    ...reviewed(5),
    purposes: [
      purpose('Pakalpojuma līguma noslēgšana un izpilde', ['lb-b']),
      purpose('Rēķinu izrakstīšana un grāmatvedības uzskaite (Grāmatvedības likums)', ['lb-c']),
    ],
    dataSubjectCategoryIds: ['ds-customers'],
    dataCategories: [
      data('dc-identity', rContracts),
      data('dc-contact', rContracts, 'Piegādes un montāžas adrese, tālrunis.'),
      data('dc-order', rWebOrders),
      data('dc-financial', rAccounting),
    ],
    sourceTypes: ['data_subject', 'third_party'],
    sourceNotes: 'No klienta vai no SIA "Ziemeļkurzemes Mēbeles" pasūtījuma (ar klienta ziņu).',
    namedSources: [{ sourceType: 'other_controller', name: 'SIA "Ziemeļkurzemes Mēbeles"', dataCategoryId: null }],
    recipients: [to('rc-accounting'), to('rc-processors')],
    processors: [via(accountingSoftware)],
    systems: 'Darbu plānošanas tabula; "Kontu Serviss" grāmatvedības programma',
    dataLocation: 'Latvija',
  });

  await save(serviss.id, {
    number: 'ZS-02',
    name: 'Servisa transportlīdzekļu GPS uzraudzība',
    description: 'Uzņēmuma servisa furgonu atrašanās vietas un nobraukuma uzskaite ar GPS iekārtām darba laikā (privātbraucieni nav atļauti; ārpus darba laika izsekošana izslēgta).',
    ownerUnit: 'Loģistika',
    ownerPerson: 'Kristaps Lapiņš, valdes loceklis',
    ...reviewed(4),
    purposes: [
      interest(
        'Transportlīdzekļu drošība, maršrutu plānošana un degvielas patēriņa kontrole',
        'Uzņēmuma īpašuma aizsardzība, efektīva darbu plānošana un izdevumu pamatošana.',
        'Leģitīmo interešu izvērtējums LII-ZS-01 "GPS uzraudzība"',
        14,
      ),
    ],
    dataSubjectCategoryIds: ['ds-employees'],
    dataCategories: [
      data('dc-location', rGps),
      data('dc-vehicle', rGps, 'Transportlīdzekļa numurs, nobraukums.'),
      data('dc-identity', rGps, 'Vadītāja vārds, uzvārds maršruta lapā.'),
    ],
    sourceTypes: ['observed'],
    sourceNotes: 'GPS iekārta transportlīdzeklī; darbinieki informēti ar rīkojumu un paziņojumu transportlīdzeklī.',
    recipients: [to('rc-management'), to('rc-processors'), to('rc-accounting', 'Nobraukuma kopsavilkums.')],
    processors: [via(gpsProvider)],
    systems: 'SIA "Auto Kontrole" GPS platforma',
    dataLocation: 'ES (Somija)',
    dpiaCriteria: ['systematic_monitoring', 'vulnerable_subjects'],
    dpiaStatus: 'done',
    dpiaReference: 'NIDA-ZS-01 "Transportlīdzekļu GPS uzraudzība"',
    dpiaCompletedOn: day(monthsAgo(14)),
    dpiaNotes: 'Darbinieku atrašanās vietas sistemātiska uzraudzība darba laikā; pasākumi: izsekošana tikai darba laikā, piekļuve tikai vadītājam, 3 mēnešu glabāšana.',
  });
}
