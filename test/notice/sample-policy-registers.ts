/**
 * The registers behind the three sample privacy policies in
 * ../shared/samples/privacy-policies/, built as register documents: the
 * controller from the policy's header, one activity per purpose the policy
 * names, with its legal bases, data, recipients and retention as the policy
 * states them (its vague retention stays a criterion, so the check has
 * something to say). Where a policy is silent about an audience the
 * register would still separate (website visitors from customers), the
 * activity says which.
 *
 * 003 (Web Multishop) follows the records the e2e test enters through the
 * interface (test/e2e/sample-policy.test.ts).
 */
import type { Activity } from '../../shared/domain/activity.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { activity, organisation, purpose, register, retentionRule, transfer } from '../rules/helpers.ts';

interface PolicyActivity {
  number: string;
  name: string;
  purposes: Array<{ description: string; bases: string[]; interest?: string }>;
  audience: string[];
  data: string[];
  rule: string;
  recipients: string[];
  transfers?: Array<{ country: string; mechanism: string }>;
  sources?: Activity['sourceTypes'];
  sourceNotes?: string;
}

interface PolicySpec {
  file: string;
  organisation: Partial<Organisation>;
  rules: Array<Partial<RetentionRule> & { id: string }>;
  activities: PolicyActivity[];
}

const CUSTOMER_DATA = ['dc-identity', 'dc-contact'];

export const POLICIES: PolicySpec[] = [
  {
    file: '000_87f16fa732cf49de.txt',
    organisation: { name: 'SIA “LOGU ALIANSE”', regNo: '54103054071', address: 'Loku iela 42, Valmiera, LV-4201', email: 'info@logualianse.lv', phone: '', dpoName: '', dpoEmail: '', dpoPhone: '' },
    rules: [
      { id: 'la-while-used', name: 'Klientu dati', periodValue: null, periodUnit: null, criterion: 'Kamēr Lietotājs izmanto pakalpojumu vai kamēr to prasa normatīvie akti', startEvent: '' },
      { id: 'la-consent', name: 'Piedāvājumu saņemšanas piekrišana', dataCategoryId: 'dc-marketing', periodValue: null, periodUnit: null, criterion: 'Kamēr nav atsaukta Lietotāja piekrišana', startEvent: '' },
      { id: 'la-accounting', name: 'Darījumu dokumenti', dataCategoryId: 'dc-financial', periodValue: 5, periodUnit: 'years', criterion: '', startEvent: 'Pārskata gada beigas' },
    ],
    activities: [
      { number: 'LA-01', name: 'Pakalpojumu sniegšana', purposes: [{ description: 'Piedāvāt un sniegt logu uzstādīšanas pakalpojumus un pārraudzīt darījumus', bases: ['lb-b'] }], audience: ['ds-customers'], data: [...CUSTOMER_DATA, 'dc-bank', 'dc-financial'], rule: 'la-while-used', recipients: ['rc-processors', 'rc-banks'] },
      { number: 'LA-02', name: 'Informācijas pieprasījumi un atbalsts', purposes: [{ description: 'Apstrādāt Lietotāja informācijas pieprasījumus un sniegt atbalsta pakalpojumus', bases: ['lb-b', 'lb-f'], interest: 'Atbildēt uz jautājumiem par mūsu produktiem' }], audience: ['ds-customers', 'ds-prospects'], data: CUSTOMER_DATA, rule: 'la-while-used', recipients: ['rc-it'] },
      { number: 'LA-03', name: 'Normatīvo pienākumu izpilde', purposes: [{ description: 'Izpildīt normatīvajos aktos noteiktos grāmatvedības pienākumus', bases: ['lb-c'] }], audience: ['ds-customers'], data: ['dc-identity', 'dc-financial'], rule: 'la-accounting', recipients: ['rc-vid', 'rc-auditors'] },
      { number: 'LA-04', name: 'Piedāvājumu izsūtīšana', purposes: [{ description: 'Sniegt informāciju par piedāvājumiem, produktiem un pakalpojumiem', bases: ['lb-a'] }], audience: ['ds-subscribers'], data: ['dc-contact', 'dc-marketing'], rule: 'la-consent', recipients: ['rc-processors'] },
      { number: 'LA-05', name: 'Mājaslapas sīkdatnes', purposes: [{ description: 'Mājaslapas darbība un apmeklējumu analīze ar sīkdatnēm', bases: ['lb-a'] }], audience: ['ds-website-visitors'], data: ['dc-online', 'dc-usage'], rule: 'la-consent', recipients: ['rc-it'], sources: ['observed'], sourceNotes: 'Sīkdatnes apmeklētāja ierīcē' },
    ],
  },
  {
    file: '002_03475612372c7140.txt',
    organisation: { name: 'SIA “IMG Logistics”', regNo: '', address: 'Rīga', email: 'info@imglogistics.lv', phone: '', dpoName: '', dpoEmail: '', dpoPhone: '' },
    rules: [{ id: 'img-needed', name: 'Lietotāju dati', periodValue: null, periodUnit: null, criterion: 'Tik ilgi, cik nepieciešams, lai sasniegtu izvirzītos mērķus', startEvent: '' }],
    activities: [
      { number: 'IMG-01', name: 'Klientu pārvaldība', purposes: [{ description: 'Klientu administrēšana, pasūtījumu pārvaldīšana, piegādes un rēķinu izrakstīšana', bases: ['lb-b', 'lb-c'] }], audience: ['ds-customers', 'ds-business-contacts'], data: [...CUSTOMER_DATA, 'dc-order'], rule: 'img-needed', recipients: ['rc-processors', 'rc-couriers'] },
      { number: 'IMG-02', name: 'Strīdu pārvaldība', purposes: [{ description: 'Strīdu un sūdzību izskatīšana', bases: ['lb-f'], interest: 'Aizstāvēt savas tiesības strīdos' }], audience: ['ds-customers'], data: [...CUSTOMER_DATA, 'dc-correspondence'], rule: 'img-needed', recipients: ['rc-courts'] },
      { number: 'IMG-03', name: 'Personalizēts mārketings', purposes: [{ description: 'Personalizēts mārketings un reklāma ar nepārprotamu piekrišanu', bases: ['lb-a'] }], audience: ['ds-subscribers'], data: ['dc-contact', 'dc-marketing', 'dc-usage'], rule: 'img-needed', recipients: ['rc-processors'] },
      { number: 'IMG-04', name: 'Tīmekļa vietnes statistika', purposes: [{ description: 'Apmeklējumu statistika lietotāja pieredzes optimizēšanai', bases: ['lb-a'] }], audience: ['ds-website-visitors'], data: ['dc-online', 'dc-location'], rule: 'img-needed', recipients: ['rc-processors'], transfers: [{ country: 'US', mechanism: 'tm-dpf' }], sources: ['observed'], sourceNotes: 'IP adrese un apmeklētās lapas' },
    ],
  },
  {
    file: '003_1fcff37a2ecdf8d6.txt',
    organisation: { name: 'SIA "Web Multishop Company"', regNo: '40103495751', address: 'Rīga, Stabu iela 61 k-2 – 41, LV-1011, Latvija', email: '', phone: '', dpoName: '', dpoEmail: '', dpoPhone: '' },
    rules: [
      { id: 'wm-customer', name: 'Klientu personas dati', periodValue: null, periodUnit: null, criterion: 'Tik ilgi, cik nepieciešams apstrādes nolūku sasniegšanai un tiesību aktos noteikto minimālo glabāšanas termiņu ievērošanai', startEvent: '' },
      { id: 'wm-newsletter', name: 'Jaunumu saņemšanas izvēle', dataCategoryId: 'dc-marketing', periodValue: null, periodUnit: null, criterion: 'Līdz brīdim, kad datu subjekts paziņo, ka turpmāk nevēlas saņemt ziņojumus', startEvent: '' },
    ],
    activities: [
      { number: 'WM-01', name: 'Klienta reģistrācija', purposes: [{ description: 'Klienta reģistrācija', bases: ['lb-b'] }], audience: ['ds-customers'], data: CUSTOMER_DATA, rule: 'wm-customer', recipients: ['rc-processors'] },
      { number: 'WM-02', name: 'Programmatūras izmitināšanas pieprasījumi', purposes: [{ description: 'Pieprasījuma apstrāde programmatūras izmitināšanas pakalpojumam', bases: ['lb-b'] }], audience: ['ds-business-contacts'], data: CUSTOMER_DATA, rule: 'wm-customer', recipients: ['rc-processors'] },
      { number: 'WM-04', name: 'Klientu attiecību menedžments', purposes: [{ description: 'Paziņojumu izsūtīšana, atsauksmju pieprasījums, aptaujas un anketēšana', bases: ['lb-b', 'lb-c', 'lb-f'], interest: 'Uzskaite, izpēte' }], audience: ['ds-customers'], data: [...CUSTOMER_DATA, 'dc-online', 'dc-usage', 'dc-marketing'], rule: 'wm-customer', recipients: ['rc-processors', 'rc-authorities'] },
      { number: 'WM-06', name: 'Datu analīze', purposes: [{ description: 'Tīmekļa vietnes un lietotāju pieredzes uzlabošana', bases: ['lb-f'], interest: 'Atjaunināt tīmekļa vietni un attīstīt uzņēmējdarbību' }], audience: ['ds-website-visitors'], data: ['dc-online'], rule: 'wm-customer', recipients: ['rc-it'], sources: ['observed'], sourceNotes: 'Tīmekļa vietnes žurnāli' },
    ],
  },
];

/** The register document of one sample policy. Call inside a test file that uses `useCatalogues()`. */
export function policyRegister(spec: PolicySpec): RegisterDocument {
  const org = organisation({ ...spec.organisation, id: `org-${spec.file.slice(0, 3)}` });
  const rules = spec.rules.map((rule) => retentionRule({ dataCategoryId: null, legalSource: '', legalArticle: '', ...rule }));
  const activities = spec.activities.map((a) =>
    activity({
      id: `act-${a.number}`,
      organisationId: org.id,
      number: a.number,
      name: a.name,
      purposes: a.purposes.map((p, index) => purpose({ id: `${a.number}-p${index}`, description: p.description, legalBasisIds: p.bases, legitimateInterest: p.interest ?? '' })),
      dataSubjectCategoryIds: a.audience,
      dataCategories: a.data.map((id) => ({ dataCategoryId: id, retentionRuleId: rules.find((r) => r.dataCategoryId === id)?.id ?? a.rule, notes: '' })),
      recipients: a.recipients.map((id) => ({ recipientCategoryId: id, notes: '' })),
      processors: [],
      transfers: (a.transfers ?? []).map((t, index) => transfer({ id: `${a.number}-t${index}`, countryId: t.country, transferMechanismId: t.mechanism, safeguardDocuments: '' })),
      sourceTypes: a.sources ?? ['data_subject'],
      sourceNotes: a.sourceNotes ?? '',
    }),
  );
  return register({ organisations: [org], retentionRules: rules, processors: [], activities });
}
