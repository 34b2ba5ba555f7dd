/**
 * The library's retention rules, shared by the templates that need them (an
 * e-shop and the accounting activity both keep invoices under the same rule;
 * applying both creates that rule once).
 *
 * Each rule says how far its legal source was checked (`sourceCheck`, see
 * schema.ts) and what was read where (`sourceNote`). docs/templates.md lists
 * the checks. No article number is given that was not found cited for that
 * period; where none could be found, the period is marked a common practice.
 */
import type { TemplateRetentionRule } from '../schema.ts';
import { t } from './text.ts';

type Rule = TemplateRetentionRule;

const LIMITATION_COMMERCIAL = { legalSource: 'Komerclikums', legalArticle: '406. pants' };
const LIMITATION_LABOUR = { legalSource: 'Darba likums', legalArticle: '31. panta pirmā daļa' };
const ACCOUNTING = { legalSource: 'Grāmatvedības likums', legalArticle: '28. pants' };
const NOT_STATUTORY = { legalSource: '', legalArticle: '' };

const commercialNote = t(
  'No komercdarījuma izrietošie prasījumi noilgst 3 gados; PTAC skaidro, ka tas attiecas arī uz komersanta darījumiem ar patērētājiem (ptac.gov.lv, itiesibas.lv). Ja pārzinis nav komersants (biedrība, nodibinājums), piemēro Civillikuma 1895. panta 10 gadu noilgumu. Konsolidētais teksts vēl jāsalīdzina.',
  'Claims from commercial transactions become time-barred in 3 years; the consumer rights authority PTAC explains that this covers a merchant’s contracts with consumers too (ptac.gov.lv, itiesibas.lv). Where the controller is not a merchant (association, foundation), the 10-year limitation of Civil Law Article 1895 applies. The consolidated text is still to be compared.',
);
const labourNote = t(
  '„Prasījumi, kas izriet no darba tiesiskajām attiecībām, noilgst divu gadu laikā” — panta teksts lasīts citātā (LIDA, kreisie.lv); konsolidētais teksts vēl jāsalīdzina.',
  'Claims arising from employment become time-barred in two years — the article read as quoted by a trade union page (kreisie.lv); the consolidated text is still to be compared.',
);
const accountingNote = t(
  'Termiņi un panta numurs (28. pants) lasīti profesionāļu skaidrojumos (manakabata.lv, bkbbirojs.lv, helmes.com); konsolidētais teksts vēl jāsalīdzina.',
  'Periods and article (28) read in professional explanations (manakabata.lv, bkbbirojs.lv, helmes.com); the consolidated text is still to be compared.',
);
const practiceNote = (lv: string, en: string) => t(`Likumā noteikta termiņa nav; parasta prakse. ${lv}`.trim(), `No statutory period; a common practice. ${en}`.trim());

/** A Grāmatvedības likums rule (the three share their source and its check). */
const accountingRule = (id: string, name: Rule['name'], dataCategoryId: string, periodValue: number, startEvent: Rule['startEvent'], sourceNote = accountingNote): Rule => ({
  id,
  name,
  dataCategoryId,
  periodValue,
  periodUnit: 'years',
  criterion: t('', ''),
  startEvent,
  ...ACCOUNTING,
  actionAtExpiry: 'delete',
  sourceCheck: 'secondary_source',
  sourceNote,
});
const yearEnd = t('Pārskata gada beigas', 'End of the financial year');

const rule = (fields: Omit<Rule, 'criterion' | 'startEvent'> & { criterion?: Rule['criterion']; startEvent: Rule['startEvent'] }): Rule => ({
  criterion: t('', ''),
  ...fields,
});

export const libraryRules: Rule[] = [
  accountingRule('tpl-rr-accounting-source', t('Grāmatvedības attaisnojuma dokumenti (rēķini, pavadzīmes, čeki)', 'Accounting source documents (invoices, waybills, receipts)'), 'dc-financial', 5, yearEnd),
  accountingRule('tpl-rr-accounting-registers', t('Grāmatvedības reģistri un inventarizācijas saraksti', 'Accounting registers and inventory lists'), 'dc-financial', 10, yearEnd),
  accountingRule('tpl-rr-payroll', t('Darba samaksas un atvaļinājumu aprēķinu dokumenti', 'Pay and leave calculation documents'), 'dc-payroll', 10, t('Darba tiesisko attiecību izbeigšanās', 'End of employment'), t(
    '10 gadi: helmes.com par 2022. gada likumu (atvaļinājumu samaksas dokumenti — 10 gadi no darba tiesisko attiecību izbeigšanās), ifinanses.lv par iepriekšējo likumu (algu dokumenti no 1999. gada — 10 gadi). Termiņa sākums algu dokumentiem jāsalīdzina ar konsolidēto 28. panta tekstu; šeit izvēlēts garākais.',
    '10 years: helmes.com on the 2022 law (leave pay documents — 10 years from the end of employment), ifinanses.lv on the previous law (pay documents from 1999 — 10 years). When the period starts for pay documents is to be compared with the consolidated text of Article 28; the longer start is chosen here.',
  )),
  rule({
    id: 'tpl-rr-employment-claims',
    name: t('Darba tiesisko attiecību dokumenti (izņemot personāla lietas pamatdokumentus)', 'Employment documents (other than the core personnel file)'),
    dataCategoryId: 'dc-employment',
    periodValue: 2,
    periodUnit: 'years',
    startEvent: t('Darba tiesisko attiecību izbeigšanās', 'End of employment'),
    ...LIMITATION_LABOUR,
    actionAtExpiry: 'delete',
    sourceCheck: 'secondary_source',
    sourceNote: labourNote,
  }),
  rule({
    id: 'tpl-rr-personnel-file',
    name: t('Personāla lietas pamatdokumenti (darba līgums, rīkojumi par personālu)', 'Core personnel file (employment contract, personnel orders)'),
    dataCategoryId: 'dc-employment',
    periodValue: 75,
    periodUnit: 'years',
    startEvent: t('Darba tiesisko attiecību izbeigšanās', 'End of employment'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'review',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote(
      'Latvijas Nacionālā arhīva ieteiktais personāla dokumentu glabāšanas laiks (stāža pierādīšanai); pārbaudiet arhīva tipveida sarakstu.',
      "The Latvian National Archive's recommended period for personnel documents (proof of service); check the archive's model list.",
    ),
  }),
  rule({
    id: 'tpl-rr-working-time',
    name: t('Darba laika uzskaites dati', 'Working time records'),
    dataCategoryId: 'dc-employment',
    periodValue: 2,
    periodUnit: 'years',
    startEvent: t('Kalendārā gada beigas', 'End of the calendar year'),
    ...LIMITATION_LABOUR,
    actionAtExpiry: 'delete',
    sourceCheck: 'secondary_source',
    sourceNote: labourNote,
  }),
  rule({
    id: 'tpl-rr-health-checks',
    name: t('Obligātās veselības pārbaudes atzinumi', 'Mandatory health check conclusions'),
    dataCategoryId: 'tpl-dc-health-fitness',
    periodValue: null,
    periodUnit: null,
    criterion: t(
      'Darba tiesisko attiecību laikā; pēc tam — kamēr iespējami prasījumi (sk. darba tiesisko attiecību dokumentu noteikumu).',
      'During employment; afterwards while claims are possible (see the employment documents rule).',
    ),
    startEvent: t('Darba tiesisko attiecību izbeigšanās', 'End of employment'),
    legalSource: 'Darba aizsardzības likums; MK 10.03.2009. noteikumi Nr. 219 „Kārtība, kādā veicama obligātā veselības pārbaude”',
    legalArticle: '',
    actionAtExpiry: 'delete',
    sourceCheck: 'to_verify',
    sourceNote: t(
      'Noteikumu nosaukums un to pamats (izdoti saskaņā ar Darba aizsardzības likuma 15. panta pirmo daļu) lasīti noteikumu teksta pārpublicējumā arodslimibas.lv („Par obligātajām veselības pārbaudēm”, 05.12.2026); Labklājības ministrija (lm.gov.lv, „Obligātās veselības pārbaudes”) skaidro, ka veselības pārbaudes karti sagatavo divos eksemplāros — viens glabājas pie ārsta, otrs pie darba devēja. Darba devēja glabāšanas termiņš šajos avotos nav atrasts; noteikumu pilnais konsolidētais teksts (likumi.lv) nebija pieejams — termiņš jāpārbauda tajā.',
      'The regulation’s title and basis (issued under Section 15(1) of the Labour Protection Law) read in a republication of its text on arodslimibas.lv (05.12.2026); the Ministry of Welfare (lm.gov.lv) explains that the health check card is made in two copies, one kept by the doctor and one by the employer. No retention period for the employer’s copy was found in these sources; the full consolidated text (likumi.lv) was not reachable — the period is to be checked there.',
    ),
  }),
  rule({
    id: 'tpl-rr-applicants',
    name: t('Neizraudzīto kandidātu pieteikumi', 'Applications of candidates not hired'),
    dataCategoryId: 'dc-education',
    periodValue: 6,
    periodUnit: 'months',
    startEvent: t('Atlases konkursa beigas', 'End of the selection'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Laiks iespējamiem prasījumiem par atlasi; ilgāk tikai ar kandidāta piekrišanu.', 'Time for possible claims about the selection; longer only with the candidate’s consent.'),
  }),
  rule({
    id: 'tpl-rr-contracts',
    name: t('Līgumi ar klientiem un ar tiem saistītā sarakste', 'Customer contracts and related correspondence'),
    dataCategoryId: 'dc-contract',
    periodValue: 3,
    periodUnit: 'years',
    startEvent: t('Līguma saistību izpilde vai izbeigšanās', 'Performance or end of the contract'),
    ...LIMITATION_COMMERCIAL,
    actionAtExpiry: 'delete',
    sourceCheck: 'secondary_source',
    sourceNote: commercialNote,
  }),
  rule({
    id: 'tpl-rr-commercial',
    name: t('Komercdarījumu dokumenti ar uzņēmumiem (piegādātāji, B2B klienti)', 'Commercial transaction records with businesses (suppliers, B2B customers)'),
    dataCategoryId: 'dc-contact',
    periodValue: 3,
    periodUnit: 'years',
    startEvent: t('Sadarbības beigas', 'End of the business relationship'),
    ...LIMITATION_COMMERCIAL,
    actionAtExpiry: 'delete',
    sourceCheck: 'secondary_source',
    sourceNote: commercialNote,
  }),
  rule({
    id: 'tpl-rr-debt',
    name: t('Parāda piedziņas lieta', 'Debt collection file'),
    dataCategoryId: 'dc-financial',
    periodValue: null,
    periodUnit: null,
    criterion: t('Līdz parāda samaksai vai noilgumam, pēc tam — kamēr iespējami strīdi par piedziņu.', 'Until the debt is paid or time-barred, then while disputes about the collection are possible.'),
    startEvent: t('Parāda samaksa vai noilgums', 'Payment of the debt or limitation'),
    ...LIMITATION_COMMERCIAL,
    actionAtExpiry: 'delete',
    sourceCheck: 'secondary_source',
    sourceNote: commercialNote,
  }),
  rule({
    id: 'tpl-rr-cctv',
    name: t('Videonovērošanas ieraksti', 'CCTV recordings'),
    dataCategoryId: 'dc-image',
    periodValue: 30,
    periodUnit: 'days',
    startEvent: t('Ieraksta izdarīšana', 'Recording'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Ieraksts par notikumu (incidentu) tiek izņemts un glabāts līdz tā izskatīšanas beigām.', 'A recording of an incident is exported and kept until the incident is closed.'),
  }),
  rule({
    id: 'tpl-rr-visitors',
    name: t('Apmeklētāju reģistrācijas žurnāls', 'Visitor log'),
    dataCategoryId: 'dc-identity',
    periodValue: 6,
    periodUnit: 'months',
    startEvent: t('Apmeklējums', 'Visit'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('', ''),
  }),
  rule({
    id: 'tpl-rr-gps',
    name: t('Transportlīdzekļu atrašanās vietas (GPS) dati', 'Vehicle location (GPS) data'),
    dataCategoryId: 'dc-location',
    periodValue: 3,
    periodUnit: 'months',
    startEvent: t('Brauciena datums', 'Date of the trip'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote(
      'Braucienu kopsavilkumi, kas ir grāmatvedības attaisnojuma dokumenti (ceļazīmes), glabājas pēc grāmatvedības noteikuma.',
      'Trip summaries used as accounting source documents (waybills) follow the accounting rule.',
    ),
  }),
  rule({
    id: 'tpl-rr-it-logs',
    name: t('IT sistēmu piekļuves žurnāli', 'IT access logs'),
    dataCategoryId: 'tpl-dc-logs',
    periodValue: 12,
    periodUnit: 'months',
    startEvent: t('Ieraksta izveide', 'Creation of the entry'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Drošības incidentu izmeklēšanai.', 'For investigating security incidents.'),
  }),
  rule({
    id: 'tpl-rr-mailbox',
    name: t('Aizgājuša darbinieka darba e-pasta kastīte', "A departed employee's work mailbox"),
    dataCategoryId: 'dc-correspondence',
    periodValue: 3,
    periodUnit: 'months',
    startEvent: t('Darba tiesisko attiecību izbeigšanās', 'End of employment'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Darījumu saraksti pirms dzēšanas pārceļ uz attiecīgo lietu.', 'Business correspondence is moved to the file it belongs to before deletion.'),
  }),
  rule({
    id: 'tpl-rr-analytics',
    name: t('Tīmekļa analītikas dati', 'Web analytics data'),
    dataCategoryId: 'dc-online',
    periodValue: 14,
    periodUnit: 'months',
    startEvent: t('Apmeklējums', 'Visit'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Bieži izmantotu analītikas rīku noklusējuma iestatījums.', 'The default setting of widely used analytics tools.'),
  }),
  rule({
    id: 'tpl-rr-consent',
    name: t('Piekrišanas un to pierādījumi (jaunumi, sīkdatnes, foto)', 'Consents and their proof (newsletter, cookies, photos)'),
    dataCategoryId: 'dc-marketing',
    periodValue: null,
    periodUnit: null,
    criterion: t('Līdz piekrišanas atsaukšanai; piekrišanas pierādījumu glabā, kamēr iespējami strīdi par to.', 'Until consent is withdrawn; the proof of consent is kept while disputes about it are possible.'),
    startEvent: t('Piekrišanas atsaukšana', 'Withdrawal of consent'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('', ''),
  }),
  rule({
    id: 'tpl-rr-customer-account',
    name: t('Klienta konta un lojalitātes programmas dati', 'Customer account and loyalty programme data'),
    dataCategoryId: 'dc-account',
    periodValue: 12,
    periodUnit: 'months',
    startEvent: t('Konta slēgšana vai pēdējā aktivitāte', 'Closure of the account or last activity'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Neaktīvus kontus dzēš pēc paziņojuma klientam.', 'Inactive accounts are deleted after notifying the customer.'),
  }),
  rule({
    id: 'tpl-rr-calls',
    name: t('Sarunu ieraksti', 'Call recordings'),
    dataCategoryId: 'tpl-dc-voice',
    periodValue: 6,
    periodUnit: 'months',
    startEvent: t('Sarunas datums', 'Date of the call'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: practiceNote('Ieraksts par strīdīgu darījumu tiek glabāts līdz strīda beigām.', 'A recording about a disputed transaction is kept until the dispute ends.'),
  }),
  rule({
    id: 'tpl-rr-whistleblowing',
    name: t('Trauksmes cēlēju ziņojumi un to izskatīšanas materiāli', 'Whistleblowing reports and their handling'),
    dataCategoryId: 'tpl-dc-report',
    periodValue: 5,
    periodUnit: 'years',
    startEvent: t('Ziņojuma izskatīšanas beigas', 'End of the handling of the report'),
    ...NOT_STATUTORY,
    actionAtExpiry: 'delete',
    sourceCheck: 'common_practice',
    sourceNote: t(
      'Trauksmes celšanas likuma 11. pants nosaka ierobežotas pieejamības statusu un identitātes aizsardzību (lasīts DVI skaidrojumā), bet ne glabāšanas termiņu; 5 gadi ir parasta prakse — pārbaudiet likuma konsolidēto tekstu.',
      'Article 11 of the Whistleblowing Law sets restricted access and identity protection (read in the DVI explanation) but no retention period; 5 years is a common practice — check the consolidated text.',
    ),
  }),
  rule({
    id: 'tpl-rr-aml',
    name: t('Klienta izpētes dokumenti un darījumu informācija', 'Customer due diligence documents and transaction records'),
    dataCategoryId: 'tpl-dc-due-diligence',
    periodValue: 5,
    periodUnit: 'years',
    startEvent: t('Darījuma attiecību izbeigšanās vai gadījuma darījums', 'End of the business relationship or the occasional transaction'),
    legalSource: 'Noziedzīgi iegūtu līdzekļu legalizācijas un terorisma un proliferācijas finansēšanas novēršanas likums',
    legalArticle: '37. pants',
    actionAtExpiry: 'delete',
    sourceCheck: 'to_verify',
    sourceNote: t(
      'Piecu gadu termiņš izriet no Direktīvas (ES) 2015/849 40. panta; Latvijas likuma panta numurs no profesionālās prakses — jāsalīdzina ar konsolidēto tekstu (likumi.lv, id 178987). 05.12.2026 meklēts: likuma teksts likumi.lv ir atrodams, bet tā 37. panta teksts un neviens citāts, kas šim termiņam nosauc pantu, nav atrasts.',
      'The five-year period follows Article 40 of Directive (EU) 2015/849; the Latvian article number is from professional practice — to be compared with the consolidated text (likumi.lv, id 178987). Searched on 05.12.2026: the law’s text on likumi.lv is indexed, but neither its Section 37 nor any quotation naming the section for this period was found.',
    ),
  }),
  rule({
    id: 'tpl-rr-processor',
    name: t('Klienta dati, ko apstrādājam kā apstrādātājs', 'Client data we process as a processor'),
    dataCategoryId: 'tpl-dc-client-data',
    periodValue: null,
    periodUnit: null,
    criterion: t(
      'Līdz ar apstrādi saistīto pakalpojumu sniegšanas beigām; tad pēc pārziņa izvēles dati tiek dzēsti vai atdoti pārzinim, un esošās kopijas dzēš, ja vien Savienības vai dalībvalsts tiesību akti neprasa datus glabāt.',
      'Until the end of the provision of services relating to processing; then, at the choice of the controller, the data is deleted or returned to the controller, and existing copies are deleted unless Union or Member State law requires storage.',
    ),
    startEvent: t('Ar apstrādi saistīto pakalpojumu sniegšanas beigas', 'End of the provision of services relating to processing'),
    legalSource: 'Vispārīgā datu aizsardzības regula',
    legalArticle: '28. panta 3. punkta g) apakšpunkts',
    actionAtExpiry: 'delete',
    sourceCheck: 'verified',
    verifiedFrom: {
      where: 'Regula (ES) 2016/679 (CELEX 32016R0679), 28. panta 3. punkta g) apakšpunkts: angļu teksts vārdiski citēts vairākos neatkarīgos avotos; horvātu teksts biconsult.hr; latviešu 28. panta teksts gdprinfo.eu/lv/lv-article-28',
      readOn: '2026-12-05',
    },
    sourceNote: t(
      'Regula prasa, lai līgums ar apstrādātāju paredz: apstrādātājs pēc pārziņa izvēles dzēš vai atdod pārzinim visus personas datus, kad beigusies ar apstrādi saistīto pakalpojumu sniegšana, un dzēš esošās kopijas, ja vien Savienības vai dalībvalsts tiesību akti neprasa tos glabāt. Termiņu nosaka līgums un pārziņa norādījumi; regula fiksētu termiņu nenosaka. Ja pārzinis izvēlas atdot datus, pēc atdošanas dzēsiet savas kopijas.',
      'The Regulation requires the processor contract to stipulate that the processor, at the choice of the controller, deletes or returns all the personal data to the controller after the end of the provision of services relating to processing, and deletes existing copies unless Union or Member State law requires storage. The period follows the contract and the controller’s instructions; the Regulation sets no fixed period. If the controller chooses return, delete your copies after returning the data.',
    ),
  }),
];
