/** Templates: website, marketing, social media and events. */
import type { ActivityTemplateInput } from '../schema.ts';
import { data, template } from './make.ts';
import { t } from './text.ts';

const ISPL = t(
  'Sīkdatņu (izņemot tehniski nepieciešamās) izmantošanai vajag lietotāja piekrišanu pēc Informācijas sabiedrības pakalpojumu likuma 7.¹ panta (pants nosaukts Sorainen skaidrojumā; konsolidētais teksts jāsalīdzina).',
  'Cookies other than strictly necessary ones need the user’s consent under Article 7.1 of the Law on Information Society Services (article named in a Sorainen explanation; the consolidated text is to be compared).',
);

export const marketingTemplates: ActivityTemplateInput[] = [
  template({
    id: 'website-analytics-cookies',
    group: 'marketing',
    name: t('Tīmekļa vietnes analītika un sīkdatnes', 'Website analytics and cookies'),
    description: t('Apmeklējumu statistika un sīkdatņu piekrišanu pārvaldība tīmekļa vietnē.', 'Visit statistics and cookie consent management on the website.'),
    purposes: [
      { description: t('Tīmekļa vietnes apmeklējuma analītika', 'Website visit analytics'), legalBasisIds: ['lb-a'] },
      { description: t('Sīkdatņu piekrišanu reģistrēšana', 'Recording cookie consents'), legalBasisIds: ['lb-c'] },
    ],
    dataSubjectCategoryIds: ['ds-website-visitors'],
    dataCategories: [data('dc-online', 'tpl-rr-analytics'), data('dc-usage', 'tpl-rr-analytics'), data('dc-marketing', 'tpl-rr-consent')],
    recipientCategoryIds: ['tpl-rc-analytics', 'tpl-rc-hosting'],
    sourceTypes: ['observed'],
    dpiaCriteria: ['systematic_monitoring'],
    notes: ISPL,
  }),
  template({
    id: 'newsletter',
    group: 'marketing',
    name: t('Jaunumu izsūtīšana', 'Newsletter'),
    description: t('Jaunumu un piedāvājumu izsūtīšana abonentiem pa e-pastu.', 'Sending news and offers to subscribers by e-mail.'),
    purposes: [{ description: t('Komerciālu paziņojumu sūtīšana abonentiem', 'Sending commercial communications to subscribers'), legalBasisIds: ['lb-a'] }],
    dataSubjectCategoryIds: ['ds-subscribers'],
    dataCategories: [data('dc-contact', 'tpl-rr-consent'), data('dc-marketing', 'tpl-rr-consent'), data('dc-usage', 'tpl-rr-consent')],
    recipientCategoryIds: ['tpl-rc-email-service'],
    sourceTypes: ['data_subject', 'observed'],
    dpiaCriteria: [],
    notes: t(
      'Komerciālus paziņojumus pa e-pastu fiziskai personai drīkst sūtīt ar tās iepriekšēju brīvu un nepārprotamu piekrišanu vai esošam klientam par līdzīgām precēm, ja viņš nav iebildis un katrā vēstulē var atteikties (Informācijas sabiedrības pakalpojumu likuma 9. panta pirmā un otrā daļa; pants lasīts DVI skaidrojumā un citātā, konsolidētais teksts jāsalīdzina).',
      'Commercial e-mails to an individual need their prior free and unambiguous consent, or go to an existing customer about similar goods if they have not objected and can opt out in every message (Law on Information Society Services, Article 9(1) and (2); read in the DVI explanation and a quotation, the consolidated text is to be compared).',
    ),
  }),
  template({
    id: 'direct-marketing',
    group: 'marketing',
    name: t('Tiešā tirgvedība esošajiem klientiem', 'Direct marketing to existing customers'),
    description: t('Piedāvājumi esošajiem klientiem par līdzīgām precēm un pakalpojumiem, pa pastu, tālruni vai e-pastu.', 'Offers to existing customers about similar goods and services, by post, phone or e-mail.'),
    purposes: [{ description: t('Tiešā tirgvedība esošajiem klientiem', 'Direct marketing to existing customers'), legalBasisIds: ['lb-f'], legitimateInterest: t('Piedāvāt savus pakalpojumus esošajiem klientiem (VDAR 47. apsvērums)', 'Offering our services to existing customers (GDPR recital 47)') }],
    dataSubjectCategoryIds: ['ds-customers'],
    dataCategories: [data('dc-contact', 'tpl-rr-consent'), data('dc-order', 'tpl-rr-customer-account'), data('dc-marketing', 'tpl-rr-consent')],
    recipientCategoryIds: ['tpl-rc-email-service', 'rc-couriers'],
    sourceTypes: ['data_subject'],
    dpiaCriteria: [],
    notes: t(
      'Pa e-pastu — tikai par līdzīgām precēm un pakalpojumiem, ja klients nav iebildis un katrā vēstulē var atteikties (Informācijas sabiedrības pakalpojumu likuma 9. panta otrā daļa, sk. DVI skaidrojumu).',
      'By e-mail only about similar goods and services, if the customer has not objected and can opt out in every message (Law on Information Society Services, Article 9(2), see the DVI explanation).',
    ),
  }),
  template({
    id: 'social-media-page',
    group: 'marketing',
    name: t('Uzņēmuma sociālo tīklu lapas', 'Company social media pages'),
    description: t('Uzņēmuma lapas uzturēšana sociālajos tīklos, saziņa ar sekotājiem, lapas statistika.', 'Running the company’s page on social networks, talking with followers, page statistics.'),
    purposes: [{ description: t('Saziņa ar sabiedrību un produktu popularizēšana', 'Communication with the public and promotion'), legalBasisIds: ['lb-f'], legitimateInterest: t('Informēt par uzņēmumu un atbildēt uz jautājumiem', 'Informing about the company and answering questions') }],
    dataSubjectCategoryIds: ['tpl-ds-followers'],
    dataCategories: [data('tpl-dc-social'), data('dc-usage')],
    recipientCategoryIds: ['tpl-rc-platforms'],
    sourceTypes: ['data_subject', 'observed'],
    dpiaCriteria: [],
    notes: t(
      'Lapas statistikai platformas uzturētājs un lapas turētājs ir kopīgi pārziņi (EST C-210/16); pievienojiet platformas kopīgo pārziņu vienošanos.',
      'For page statistics the platform and the page owner are joint controllers (CJEU C-210/16); attach the platform’s joint controller addendum.',
    ),
  }),
  template({
    id: 'event-photos',
    group: 'marketing',
    name: t('Pasākumu fotografēšana un filmēšana', 'Event photos and video'),
    description: t('Fotografēšana un filmēšana uzņēmuma pasākumos un attēlu publicēšana.', 'Taking photos and video at company events and publishing them.'),
    purposes: [
      { description: t('Pasākuma atspoguļošana (kopskati)', 'Covering the event (general views)'), legalBasisIds: ['lb-f'], legitimateInterest: t('Informēt par uzņēmuma pasākumiem', 'Informing about company events') },
      { description: t('Portretattēlu publicēšana', 'Publishing portraits'), legalBasisIds: ['lb-a'] },
    ],
    dataSubjectCategoryIds: ['tpl-ds-event-participants', 'ds-employees'],
    dataCategories: [data('dc-image', 'tpl-rr-consent')],
    recipientCategoryIds: ['tpl-rc-platforms', 'tpl-rc-hosting'],
    sourceTypes: ['observed'],
    dpiaCriteria: [],
  }),
  template({
    id: 'website-enquiries',
    group: 'marketing',
    name: t('Tīmekļa vietnes saziņas forma un pieprasījumi', 'Website contact form and enquiries'),
    description: t('Atbildes uz jautājumiem un piedāvājumu pieprasījumiem, kas saņemti caur tīmekļa vietni, e-pastu vai tālruni.', 'Answering questions and requests for quotes received through the website, e-mail or phone.'),
    purposes: [{ description: t('Atbilde uz pieprasījumu un pasākumi pirms līguma', 'Answering the enquiry and pre-contractual steps'), legalBasisIds: ['lb-b', 'lb-f'], legitimateInterest: t('Atbildēt uz saņemtajiem jautājumiem', 'Answering questions received') }],
    dataSubjectCategoryIds: ['ds-prospects', 'ds-customers'],
    dataCategories: [data('dc-identity', 'tpl-rr-commercial'), data('dc-contact', 'tpl-rr-commercial'), data('dc-correspondence', 'tpl-rr-commercial')],
    recipientCategoryIds: ['tpl-rc-hosting'],
    sourceTypes: ['data_subject'],
    dpiaCriteria: [],
  }),
];
