/**
 * The catalogue entries the library needs beyond the built-in ones
 * (migration 002). Ids start with `tpl-`: applying a template creates each
 * entry once under this id and links every later activity to that same row.
 */
import type { TemplateCatalogueEntry } from '../schema.ts';
import { t } from './text.ts';

const dataCategory = (id: string, lv: string, en: string, kind: 'ordinary' | 'special' | 'criminal' = 'ordinary'): TemplateCatalogueEntry => ({
  catalogue: 'dataCategories',
  id,
  name: t(lv, en),
  kind,
});
const subject = (id: string, lv: string, en: string, employees = false, vulnerable = false): TemplateCatalogueEntry => ({
  catalogue: 'dataSubjectCategories',
  id,
  name: t(lv, en),
  employees,
  vulnerable,
});
const recipient = (id: string, lv: string, en: string, type: 'internal' | 'external' | 'processor' | 'authority'): TemplateCatalogueEntry => ({
  catalogue: 'recipientCategories',
  id,
  name: t(lv, en),
  type,
});

export const libraryEntries: TemplateCatalogueEntry[] = [
  dataCategory('tpl-dc-voice', 'Balss ieraksti', 'Voice recordings'),
  dataCategory('tpl-dc-logs', 'Sistēmu un piekļuves žurnālu ieraksti', 'System and access log records'),
  dataCategory('tpl-dc-due-diligence', 'Klienta izpētes dati (patiesais labuma guvējs, PEP statuss, līdzekļu izcelsme)', 'Customer due diligence data (beneficial owner, PEP status, source of funds)'),
  dataCategory('tpl-dc-report', 'Ziņojuma saturs un izskatīšanas materiāli', 'Content of the report and its handling'),
  dataCategory('tpl-dc-client-data', 'Klienta (pārziņa) sistēmās esošie personas dati', "Personal data held in the client's (controller's) systems"),
  dataCategory('tpl-dc-social', 'Sociālo tīklu profila dati, komentāri un reakcijas', 'Social media profile data, comments and reactions'),
  dataCategory('tpl-dc-health-fitness', 'Atzinums par veselības stāvokļa atbilstību darbam', 'Fitness-for-work conclusion', 'special'),
  subject('tpl-ds-whistleblowers', 'Trauksmes cēlēji un ziņojumā minētās personas', 'Whistleblowers and persons named in a report'),
  subject('tpl-ds-debtors', 'Parādnieki un viņu pārstāvji', 'Debtors and their representatives'),
  subject('tpl-ds-event-participants', 'Pasākumu dalībnieki un apmeklētāji', 'Event participants and attendees'),
  subject('tpl-ds-callers', 'Zvanītāji (klienti un citas personas)', 'Callers (customers and others)'),
  subject('tpl-ds-beneficial-owners', 'Klientu patiesie labuma guvēji un pārstāvji', "Customers' beneficial owners and representatives"),
  subject('tpl-ds-client-subjects', 'Klienta (pārziņa) datu subjekti', "The client's (controller's) data subjects"),
  subject('tpl-ds-followers', 'Sociālo tīklu lapas sekotāji un komentētāji', 'Followers and commenters of a social media page'),
  subject('tpl-ds-drivers', 'Uzņēmuma transportlīdzekļu vadītāji', 'Drivers of company vehicles', true),
  recipient('tpl-rc-vsaa', 'Valsts sociālās apdrošināšanas aģentūra', 'State Social Insurance Agency (VSAA)', 'authority'),
  recipient('tpl-rc-payroll-provider', 'Algu un grāmatvedības ārpakalpojumu sniedzēji', 'Payroll and accounting service providers', 'processor'),
  recipient('tpl-rc-hosting', 'Mitināšanas un mākoņpakalpojumu sniedzēji', 'Hosting and cloud service providers', 'processor'),
  recipient('tpl-rc-fid', 'Finanšu izlūkošanas dienests', 'Financial Intelligence Unit (FID)', 'authority'),
  recipient('tpl-rc-security-company', 'Apsardzes pakalpojumu sniedzējs', 'Security services provider', 'processor'),
  recipient('tpl-rc-platforms', 'Sociālo tīklu platformu uzturētāji (kopīgi pārziņi)', 'Social media platform operators (joint controllers)', 'external'),
  recipient('tpl-rc-email-service', 'E-pasta un jaunumu izsūtīšanas pakalpojumu sniedzēji', 'E-mail and newsletter service providers', 'processor'),
  recipient('tpl-rc-analytics', 'Tīmekļa analītikas pakalpojumu sniedzēji', 'Web analytics providers', 'processor'),
  recipient('tpl-rc-competent-authority', 'Kompetentās institūcijas (trauksmes celšana)', 'Competent authorities (whistleblowing)', 'authority'),
  recipient('tpl-rc-telematics', 'Transportlīdzekļu telemātikas pakalpojumu sniedzējs', 'Vehicle telematics provider', 'processor'),
  recipient('tpl-rc-controller', 'Pārzinis (klients), kura uzdevumā dati tiek apstrādāti', 'The controller (client) on whose behalf the data is processed', 'external'),
];
