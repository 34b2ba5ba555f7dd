/** Help for the organisation, processor and retention rule editors. */
import { A17_1, A27_1, A28_2, A28_3, A30_1_A, A30_1_D, A30_1_E, A30_1_F, A37_7, A45_1, A46_1, A5_1_E, A5_2 } from './articles.ts';
import { help, type FieldHelp } from './define.ts';

export const organisationHelp: Record<string, FieldHelp> = {
  name: help(A30_1_A, ['Pārziņa pilns nosaukums, kā uzņēmumu reģistrā.', 'SIA „Kokmateriāli”'], ['The controller\'s full name, as in the business register.', 'Kokmateriāli SIA']),
  regNo: help(A30_1_A, ['Vienotais reģistrācijas numurs: Latvijā 11 cipari.', '40003123456'], ['The registration number: 11 digits in Latvia.', '40003123456']),
  address: help(A30_1_A, ['Juridiskā adrese.', 'Brīvības iela 1, Rīga, LV-1010'], ['The registered address.', 'Brīvības iela 1, Riga, LV-1010']),
  email: help(A30_1_A, ['E-pasta adrese, uz kuru datu subjekti un DVI var rakstīt.', 'info@kokmateriali.lv'], ['An e-mail address data subjects and the authority can write to.', 'info@kokmateriali.lv']),
  phone: help(A30_1_A, ['Tālrunis starptautiskā formā; atstarpes drīkst.', '+371 67 123 456'], ['Phone in international form; spaces are fine.', '+371 67 123 456']),
  website: help(A30_1_A, ['Tīmekļvietne, kur publicēts privātuma paziņojums.', 'https://kokmateriali.lv'], ['The website where the privacy notice is published.', 'https://kokmateriali.lv']),
  contactPerson: help(A30_1_A, ['Kontaktpersona jautājumiem par reģistru.', 'Valdes loceklis Pēteris Ozols'], ['The contact person for questions about the register.', 'Board member Pēteris Ozols']),
  dpoName: help(A37_7, ['Datu aizsardzības speciālista vārds, uzvārds (vai ārpakalpojuma sniedzējs).', 'Jānis Kalniņš'], ['The data protection officer\'s name (or the service provider).', 'Jānis Kalniņš']),
  dpoEmail: help(A37_7, ['Datu aizsardzības speciālista e-pasts; to publicē un paziņo DVI.', 'das@kokmateriali.lv'], ['The data protection officer\'s e-mail; it is published and notified to the authority.', 'dpo@kokmateriali.lv']),
  dpoPhone: help(A37_7, ['Datu aizsardzības speciālista tālrunis starptautiskā formā.', '+371 29 123 456'], ['The data protection officer\'s phone in international form.', '+371 29 123 456']),
  representativeName: help(A27_1, ['Tikai pārzinim ārpus ES: pārstāvis Savienībā.', 'EU Rep Ltd.'], ['Only for a controller outside the EU: its representative in the Union.', 'EU Rep Ltd.']),
  representativeContact: help(A27_1, ['Pārziņa pārstāvja adrese un kontaktinformācija.', 'Dublina, Īrija; rep@eurep.eu'], ['The representative\'s address and contact details.', 'Dublin, Ireland; rep@eurep.eu']),
  notes: help(A5_2, ['Cits, kas attiecas uz organizāciju kopumā.', 'Meitassabiedrība: SIA „Kokmateriāli Latgale”'], ['Anything else about the organisation as a whole.', 'Subsidiary: Kokmateriāli Latgale SIA']),
};

export const processorHelp: Record<string, FieldHelp> = {
  name: help(A30_1_D, ['Apstrādātāja vai saņēmēja nosaukums.', 'SIA „Algu serviss”'], ['The processor\'s or recipient\'s name.', 'Algu serviss SIA']),
  regNo: help(A30_1_D, ['Reģistrācijas numurs: Latvijas uzņēmumam 11 cipari; ārvalstu uzņēmumam — kā tā valstī.', '40103987654'], ['Registration number: 11 digits for a Latvian company; a foreign one as in its country.', '40103987654']),
  countryId: help(A30_1_E, ['Kur saņēmējs reģistrēts; ja ārpus EEZ, reģistrējiet arī nosūtīšanu.', 'Latvija'], ['Where the recipient is established; outside the EEA, record the transfer too.', 'Latvia']),
  address: help(A30_1_D, ['Saņēmēja adrese.', 'Krasta iela 5, Rīga'], ['The recipient\'s address.', 'Krasta iela 5, Riga']),
  contact: help(A30_1_D, ['Kontakti datu aizsardzības jautājumos: e-pasts vai tālrunis.', 'privacy@algas.lv'], ['Contact for data protection matters: e-mail or phone.', 'privacy@algas.lv']),
  role: help(A28_3, ['Apstrādātājs (apstrādā jūsu vārdā), papildu apstrādātājs, kopīgs pārzinis vai neatkarīgs pārzinis.', 'Apstrādātājs'], ['Processor (processes on your behalf), sub-processor, joint controller or independent controller.', 'Processor']),
  service: help(A28_3, ['Ko saņēmējs dara jūsu labā.', 'Algu aprēķins'], ['What the recipient does for you.', 'Payroll']),
  contractDate: help(A28_3, ['Līguma vai cita juridiskā akta datums.', '01.02.2025'], ['The date of the contract or other legal act.', '01.02.2025']),
  contractReference: help(A28_3, ['Līguma numurs vai nosaukums, lai to var atrast.', 'Datu apstrādes līgums Nr. 7/2025'], ['The contract\'s number or title, so it can be found.', 'Data processing agreement no. 7/2025']),
  contractExpiry: help(A28_3, ['Kad līgums beidzas; beztermiņa līgumam atstājiet tukšu.', '31.01.2028'], ['When the contract ends; leave empty for an open-ended one.', '31.01.2028']),
  dataLocation: help(A30_1_E, ['Kur saņēmējs glabā datus un no kurienes tiem piekļūst, kā teikts līgumā.', 'ES (Frankfurte); atbalsts no Indijas'], ['Where the recipient stores the data and accesses it from, as the contract says.', 'EU (Frankfurt); support from India']),
  transferMechanismId: help(A46_1, ['Ja saņēmējs ir trešā valstī: nosūtīšanas pamats.', 'Standarta datu aizsardzības klauzulas'], ['If the recipient is in a third country: the transfer ground.', 'Standard data protection clauses']),
  dpfCertified: help(A45_1, ['Atzīmējiet, ja ASV saņēmējs ir ES–ASV datu privātuma regulējuma (DPF) sarakstā.', 'Sertificēts, pārbaudīts dataprivacyframework.gov'], ['Tick if a US recipient is on the EU–US Data Privacy Framework list.', 'Certified, checked on dataprivacyframework.gov']),
  dpfCheckedOn: help(A45_1, ['Diena, kad DPF sarakstu pārbaudījāt.', '10.11.2026'], ['The day you checked the DPF list.', '10.11.2026']),
  subProcessorIds: help(A28_2, ['Citi šī reģistra apstrādātāji, kurus šis apstrādātājs piesaista kā papildu apstrādātājus.', 'SIA „Mākonis” (hostings)'], ['Other processors in this register that this processor engages as sub-processors.', 'Mākonis SIA (hosting)']),
  subProcessorNotes: help(A28_2, ['Papildu apstrādātāji, kas nav reģistrā, un kā tie apstiprināti.', 'Vispārēja rakstiska atļauja; saraksts līguma 3. pielikumā'], ['Sub-processors not in the register, and how they were authorised.', 'General written authorisation; list in annex 3 of the contract']),
  lastReviewedOn: help(A5_2, ['Diena, kad līgumu un saņēmēja drošību pēdējo reizi pārbaudījāt.', '15.09.2026'], ['The day you last checked the contract and the recipient\'s security.', '15.09.2026']),
  notes: help(A5_2, ['Cits par šo saņēmēju.', 'Līgumu pārslēgt 2027. gadā'], ['Anything else about this recipient.', 'Renew the contract in 2027']),
};

export const retentionRuleHelp: Record<string, FieldHelp> = {
  name: help(A30_1_F, ['Datu vai dokumentu kategorija, uz kuru noteikums attiecas.', 'Grāmatvedības attaisnojuma dokumenti'], ['The category of data or documents the rule is about.', 'Accounting source documents']),
  dataCategoryId: help(A30_1_F, ['Kataloga personas datu kategorija, ja noteikums attiecas uz vienu.', 'Finanšu dati'], ['The catalogue category of personal data, if the rule is about one.', 'Financial data']),
  periodValue: help(A30_1_F, ['Glabāšanas termiņš skaitlī; kopā ar mērvienību.', '10'], ['The retention period as a number; together with its unit.', '10']),
  periodUnit: help(A30_1_F, ['Termiņa mērvienība: dienas, mēneši vai gadi.', 'Gadi'], ['The period\'s unit: days, months or years.', 'Years']),
  criterion: help(A5_1_E, ['Ja termiņu nevar izteikt skaitlī: kritērijs, pēc kura to nosaka.', 'Līdz piekrišanas atsaukšanai'], ['If the period cannot be a number: the criterion that sets it.', 'Until consent is withdrawn']),
  startEvent: help(A30_1_F, ['Notikums, no kura termiņu skaita.', 'Darba tiesisko attiecību beigas'], ['The event the period counts from.', 'End of employment']),
  legalSource: help(A30_1_F, ['Likums vai noteikumi, kas termiņu nosaka; ja tā ir prakse, rakstiet „prakse”.', 'Grāmatvedības likums'], ['The law or regulation that sets the period; if it is practice, say so.', 'Accounting Law']),
  legalArticle: help(A30_1_F, ['Panta vai punkta numurs.', '28. pants'], ['The section or paragraph.', 'Section 28']),
  actionAtExpiry: help(A17_1, ['Kas notiek termiņa beigās: dzēš, anonimizē, nodod arhīvā vai pārskata.', 'Dzēst'], ['What happens at the end: delete, anonymise, archive or review.', 'Delete']),
  backupsCovered: help(A5_1_E, ['Atzīmējiet, ja dzēšana aptver arī rezerves kopijas.', 'Rezerves kopijas pārraksta pēc 35 dienām'], ['Tick if erasure covers backups too.', 'Backups are overwritten after 35 days']),
  owner: help(A5_2, ['Kas atbild par dzēšanu termiņa beigās.', 'Galvenā grāmatvede'], ['Who is responsible for erasure at the end.', 'Chief accountant']),
  lastReviewedOn: help(A5_2, ['Diena, kad noteikumu pēdējo reizi pārbaudījāt pret likumu.', '02.01.2026'], ['The day you last checked the rule against the law.', '02.01.2026']),
  notes: help(A5_2, ['Cits par šo noteikumu.', 'Gada pārskatus glabā līdz uzņēmuma likvidācijai'], ['Anything else about this rule.', 'Annual reports are kept until liquidation']),
};
