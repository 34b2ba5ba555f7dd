/**
 * The wording of the privacy notice, as data: one entry per sentence or
 * heading, Latvian and English side by side so that a reviewer reads both at
 * once. Each language is written the way that language says it ("mēs" and
 * "jūs", short sentences, no article numbers), not translated word for word.
 * `{name}` marks a value from the register; `fillPhrase` puts it in.
 *
 * Reviewed against the glossary (../shared/reference/glossary.md): pārzinis,
 * datu aizsardzības speciālists, tiesiskais pamats, leģitīmās intereses,
 * saņēmēji, nosūtīšana uz trešajām valstīm, Datu valsts inspekcija.
 */
import type { Language } from '../i18n/languages.ts';

export interface Phrase {
  lv: string;
  en: string;
}

const p = (lv: string, en: string): Phrase => ({ lv, en });

/** Datu valsts inspekcija's contact details, as it publishes them. */
export const SUPERVISORY_AUTHORITY = {
  name: p('Datu valsts inspekcija', 'Data State Inspectorate (Datu valsts inspekcija)'),
  address: p('Elijas iela 17, Rīga, LV-1050', 'Elijas iela 17, Riga, LV-1050, Latvia'),
  email: 'pasts@dvi.gov.lv',
  phone: '+371 67223131',
  website: 'www.dvi.gov.lv',
} as const;

export const headings = {
  title: p('Informācija par personas datu apstrādi', 'How we use your personal data'),
  controller: p('Kas mēs esam un kā ar mums sazināties', 'Who we are and how to contact us'),
  purposes: p('Kāpēc mēs apstrādājam jūsu datus', 'Why we use your data'),
  data: p('Kādus datus mēs apstrādājam', 'What data we use'),
  sources: p('No kurienes mēs saņemam jūsu datus', 'Where we get your data from'),
  recipients: p('Kam mēs datus nododam', 'Who we share your data with'),
  transfers: p('Datu nosūtīšana ārpus Eiropas', 'Sending data outside Europe'),
  retention: p('Cik ilgi mēs datus glabājam', 'How long we keep your data'),
  automated: p('Automatizēti lēmumi un profilēšana', 'Automated decisions and profiling'),
  rights: p('Jūsu tiesības', 'Your rights'),
  complaint: p('Ja vēlaties iesniegt sūdzību', 'If you want to complain'),
  changes: p('Šī paziņojuma versija', 'About this notice'),
  missing: p('Melnraksts: kas vēl jāpapildina reģistrā', 'Draft: what the register still needs'),
} as const;

export const sentences = {
  audience: p('Šī informācija ir paredzēta: {audience}.', 'This notice is for: {audience}.'),
  controllerIs: p('Par jūsu datiem atbild {name}.', '{name} is responsible for your data.'),
  regNo: p('Reģistrācijas numurs: {regNo}.', 'Registration number: {regNo}.'),
  address: p('Adrese: {address}.', 'Address: {address}.'),
  email: p('E-pasts: {email}.', 'Email: {email}.'),
  phone: p('Tālrunis: {phone}.', 'Phone: {phone}.'),
  website: p('Tīmekļa vietne: {website}.', 'Website: {website}.'),
  representative: p('Mūsu pārstāvis Eiropas Savienībā: {name}, {contact}.', 'Our representative in the European Union: {name}, {contact}.'),
  dpo: p('Mūsu datu aizsardzības speciālists: {contact}.', 'Our data protection officer: {contact}.'),
  dpoIntro: p('Ar jautājumiem par saviem datiem varat vērsties arī pie viņa.', 'You can also ask them any question about your data.'),
  basis: p('Tiesiskais pamats: {basis}.', 'Legal basis: {basis}.'),
  interest: p('Mūsu leģitīmās intereses: {interest}.', 'Our legitimate interests: {interest}.'),
  special: p('Īpašu kategoriju datus ({data}) mēs apstrādājam, jo {condition}.', 'We use special categories of data ({data}) because {condition}.'),
  criminal: p('Datus par sodāmību mēs apstrādājam tikai tāpēc, ka to atļauj {law}.', 'We use data about criminal convictions only because {law} allows it.'),
  purposeData: p('Dati: {data}.', 'Data: {data}.'),
  noRecipients: p('Mēs šos datus nevienam nenododam.', 'We do not share this data with anyone.'),
  recipientCategories: p('Jūsu dati var tikt nodoti šiem saņēmējiem: {recipients}.', 'We may share your data with: {recipients}.'),
  processorsIntro: p('Mūsu uzdevumā datus apstrādā:', 'These companies process data on our behalf:'),
  noTransfers: p('Mēs jūsu datus nenosūtām ārpus Eiropas Savienības un Eiropas Ekonomikas zonas.', 'We do not send your data outside the European Union and the European Economic Area.'),
  transfer: p('Uz valsti vai organizāciju “{country}”: {safeguard}.', 'To {country}: {safeguard}.'),
  transferRecipient: p('Saņēmējs: {recipient}.', 'Recipient: {recipient}.'),
  adequacy: p('Eiropas Komisija ir atzinusi, ka tur datu aizsardzība ir pietiekama', 'the European Commission has decided that data is adequately protected there'),
  noSafeguard: p('aizsardzības pasākums nav norādīts', 'no safeguard is stated'),
  copy: p('Aizsardzības pasākumu kopiju varat saņemt, rakstot mums uz {contact}.', 'You can get a copy of the safeguards by writing to us at {contact}.'),
  retentionPeriod: p('{rule} ({data}): {period}.', '{rule} ({data}): {period}.'),
  retentionNone: p('{data}: {period}.', '{data}: {period}.'),
  periodFrom: p('{period} (skaitot no: {event})', '{period} (counted from: {event})'),
  retentionUnknown: p('glabāšanas termiņš nav noteikts', 'no retention period is set'),
  sourcesSelf: p('Datus jūs sniedzat mums paši.', 'You give us the data yourself.'),
  sourcesMostlySelf: p('Lielāko daļu datu jūs sniedzat mums paši. Daļu datu mēs iegūstam arī citur:', 'You give us most of the data yourself. Some of it we get elsewhere:'),
  sourceLine: p('{purpose}: {sources}.', '{purpose}: {sources}.'),
  noAutomated: p('Mēs nepieņemam lēmumus par jums tikai automatizēti un neveidojam jūsu profilu.', 'We do not make decisions about you by automated means alone, and we do not profile you.'),
  automatedDecision: p('{purpose}: lēmumu pieņem dators bez cilvēka līdzdalības.', '{purpose}: a computer makes the decision without a person taking part.'),
  profiling: p('{purpose}: mēs izvērtējam jūsu datus, lai prognozētu jūsu vajadzības vai rīcību (profilēšana).', '{purpose}: we analyse your data to predict your needs or behaviour (profiling).'),
  logic: p('Kā tas darbojas: {logic}', 'How it works: {logic}'),
  automatedRights: p('Jūs varat lūgt, lai lēmumu pārskata cilvēks, paust savu viedokli un apstrīdēt lēmumu.', 'You can ask for a person to review the decision, give your view and challenge the decision.'),
  rightsIntro: p('Jums ir tiesības:', 'You have the right to:'),
  rightsHow: p('Lai izmantotu savas tiesības, rakstiet mums uz {contact}. Mēs atbildēsim viena mēneša laikā. Tas ir bez maksas.', 'To use your rights, write to us at {contact}. We will answer within one month. It is free of charge.'),
  complaint: p(
    'Ja uzskatāt, ka mēs apstrādājam jūsu datus nepareizi, varat iesniegt sūdzību Datu valsts inspekcijā: {address}, e-pasts {email}, tālrunis {phone}, {website}. Mēs būsim pateicīgi, ja vispirms sazināsieties ar mums.',
    'If you think we are handling your data wrongly, you can complain to the Data State Inspectorate (Datu valsts inspekcija): {address}, email {email}, phone {phone}, {website}. We would be grateful if you contacted us first.',
  ),
  version: p('Versija {version}, {date}.', 'Version {version}, {date}.'),
  generated: p('Šis paziņojums ir sagatavots no mūsu apstrādes darbību reģistra.', 'This notice is written from our record of processing activities.'),
  draftNote: p('Reģistrā vēl trūkst šādu ziņu. Pirms publicēšanas tās jāpapildina:', 'The register still lacks the following. Complete it before publishing:'),
  contactFallback: p('mūsu kontaktiem, kas norādīti iepriekš', 'the contact details above'),
} as const;

/** Art. 6(1) points in plain words, completing "Legal basis: …". */
export const legalBasisWords: Record<string, Phrase> = {
  a: p('jūsu piekrišana', 'your consent'),
  b: p('līgums ar jums vai jūsu lūgums pirms līguma noslēgšanas', 'a contract with you, or steps you ask us to take before entering into one'),
  c: p('likumā noteikts mūsu pienākums', 'a legal obligation we have'),
  d: p('jūsu vai citas personas dzīvības vai veselības aizsardzība', 'protecting your life or health, or someone else’s'),
  e: p('uzdevums sabiedrības interesēs vai mums piešķirtās oficiālās pilnvaras', 'a task in the public interest or official authority given to us'),
  f: p('mūsu vai citas personas leģitīmās intereses', 'our legitimate interests or those of another party'),
};

/** Whether the data must be given, and what follows if not, by legal basis (Art. 13(2)(e)). */
export const requirementWords: Record<string, Phrase> = {
  a: p('Datu sniegšana ir brīvprātīga. Ja tos nesniegsiet, mēs tos šim nolūkam neizmantosim.', 'Giving us the data is your choice. If you do not, we will not use it for this purpose.'),
  b: p('Dati ir vajadzīgi, lai noslēgtu vai pildītu līgumu. Bez tiem mēs to nevarēsim izdarīt.', 'We need the data to enter into or carry out the contract. Without it, we cannot do so.'),
  c: p('Datu sniegšanu prasa likums. Ja tos nesniegsiet, mēs nevarēsim izpildīt savu pienākumu un sniegt pakalpojumu.', 'The law requires the data. If you do not give it, we cannot meet our obligation or provide the service.'),
  d: p('Datus mēs izmantojam tikai tad, ja tas vajadzīgs dzīvības vai veselības aizsardzībai.', 'We use the data only where it is needed to protect life or health.'),
  e: p('Datus mēs apstrādājam savu uzdevumu veikšanai. Ja tos nesniegsiet, mēs varam nespēt izskatīt jūsu lietu.', 'We use the data to carry out our tasks. If you do not give it, we may not be able to deal with your matter.'),
  f: p('Jums nav pienākuma sniegt datus. Ja tos nesniegsiet, mēs varam nespēt sasniegt šo nolūku.', 'You do not have to give us the data. If you do not, we may not be able to achieve this purpose.'),
};

/** Art. 9(2) conditions in plain words, completing "… because {condition}". */
export const art9Words: Record<string, Phrase> = {
  a: p('jūs tam esat nepārprotami piekritis', 'you have explicitly agreed to it'),
  b: p('to prasa darba, sociālā nodrošinājuma vai sociālās aizsardzības tiesības', 'employment, social security or social protection law requires it'),
  c: p('tas vajadzīgs dzīvības glābšanai, kad jūs nevarat dot piekrišanu', 'it is needed to protect life when you cannot consent'),
  d: p('tas notiek mūsu kā bezpeļņas organizācijas likumīgajā darbībā', 'it is part of our legitimate activities as a not-for-profit body'),
  e: p('jūs šos datus esat paši publiskojuši', 'you have made the data public yourself'),
  f: p('tas vajadzīgs, lai celtu, īstenotu vai aizstāvētu tiesiskas prasības', 'it is needed to make, pursue or defend legal claims'),
  g: p('to prasa būtiskas sabiedrības intereses, kā noteikts likumā', 'a substantial public interest set out in law requires it'),
  h: p('tas vajadzīgs veselības aprūpei vai arodveselībai', 'it is needed for health care or occupational health'),
  i: p('to prasa sabiedrības veselības aizsardzība', 'public health requires it'),
  j: p('tas vajadzīgs arhivēšanai, pētniecībai vai statistikai', 'it is needed for archiving, research or statistics'),
};

/** Where the data comes from (Art. 14(2)(f)). */
export const sourceWords: Record<string, Phrase> = {
  data_subject: p('no jums pašiem', 'from you'),
  third_party: p('no citām personām vai organizācijām', 'from other people or organisations'),
  public: p('no publiski pieejamiem avotiem', 'from publicly available sources'),
  observed: p('no jūsu darbībām mūsu sistēmās (piemēram, tīmekļa vietnē)', 'from what you do in our systems (for example, on our website)'),
};

/** The rights of Art. 15–22, one line each, and when each applies. */
export const rightWords = {
  access: p('saņemt apstiprinājumu, vai mēs apstrādājam jūsu datus, un to kopiju;', 'know whether we use your data, and get a copy of it;'),
  rectification: p('labot neprecīzus datus un papildināt nepilnīgus;', 'have inaccurate data corrected and incomplete data completed;'),
  erasure: p('lūgt dzēst savus datus, ja tie vairs nav vajadzīgi vai ja tos apstrādājam nelikumīgi;', 'ask us to erase your data when we no longer need it or use it unlawfully;'),
  restriction: p('lūgt ierobežot apstrādi, kamēr tiek pārbaudīta datu precizitāte vai jūsu iebildums;', 'ask us to limit how we use your data while its accuracy or your objection is checked;'),
  portability: p('saņemt datus, ko mums sniedzāt, mašīnlasāmā formātā vai lūgt tos nodot citam pārzinim;', 'get the data you gave us in a machine-readable format, or have it sent to another organisation;'),
  objection: p('jebkurā laikā iebilst pret apstrādi, kuras pamatā ir mūsu leģitīmās intereses vai sabiedrības intereses, un pret tiešo tirgvedību;', 'object at any time to our use of your data based on legitimate or public interests, and to direct marketing;'),
  withdrawal: p('jebkurā laikā atsaukt savu piekrišanu. Tas neietekmē apstrādi, kas notika pirms atsaukšanas;', 'withdraw your consent at any time. This does not affect what we did before you withdrew it;'),
  automated: p('nebūt pakļautam lēmumam, kas balstīts tikai uz automatizētu apstrādi un jūs būtiski ietekmē.', 'not be subject to a decision based solely on automated processing that significantly affects you.'),
} as const;

export const periodUnitWords: Record<string, { one: Phrase; many: Phrase }> = {
  days: { one: p('{n} dienu', '{n} day'), many: p('{n} dienas', '{n} days') },
  months: { one: p('{n} mēnesi', '{n} month'), many: p('{n} mēnešus', '{n} months') },
  years: { one: p('{n} gadu', '{n} year'), many: p('{n} gadus', '{n} years') },
};

/** The article after a legal basis, when the DPO wants it. */
export const articleWords = {
  gdpr6: p('VDAR 6. panta 1. punkta {point}) apakšpunkts', 'Article 6(1)({point}) GDPR'),
} as const;

/** The phrase in `lang` with `{name}` replaced by `values.name`. */
export function fillPhrase(phrase: Phrase, lang: Language, values: Record<string, string | number> = {}): string {
  // A value that ends a sentence of its own ("… tiesā.") does not get a second full stop from the phrase.
  return phrase[lang].replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return stop && /[.!?]$/.test(value) ? value : value + stop;
  });
}

/** "1 gadu", "3 gadus", "21 dienu" (Latvian uses the singular after numbers ending in 1, except 11). */
export function periodWords(value: number, unit: string, lang: Language): string {
  const forms = periodUnitWords[unit];
  if (!forms) return `${value} ${unit}`;
  const one = lang === 'lv' ? value % 10 === 1 && value % 100 !== 11 : value === 1;
  return fillPhrase(one ? forms.one : forms.many, lang, { n: value });
}
