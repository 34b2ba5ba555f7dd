/**
 * Titles and messages of the inspector-like rules (issue 15, part 1:
 * shared/rules/inspector-*.ts), the "inferred from" wording of the DPIA
 * inference and the reasons a retention text is vague. Spread into the
 * `checks` namespace, where findings look their text up
 * (`checks:message.<rule id>`); kept here so parallel work on other rules
 * does not touch the same lines.
 */
export const inspectorChecksLv = {
  root: {
    inferred: { from: 'secināts no: {{reasons}}' },
    vagueRetention: {
      necessity: 'tikai “cik ilgi nepieciešams”, bez termiņa un kritērija',
      law: 'atsauce uz “likumu”, nenosaucot, kuru',
    },
  },
  title: {
    art22: { 'effect-unassessed': 'Automatizēti lēmumi bez izvērtējuma, vai tiem ir juridiskas vai līdzīgi būtiskas sekas' },
    profiling: { 'not-informed': 'Profilēšana, bet nav norādīts, kā par to informēti datu subjekti' },
    cookies: { 'without-consent': 'Nepieciešamības neprasītas sīkdatnes vai izsekotāji bez piekrišanas' },
    platform: { 'joint-controller': 'Reklāmas platforma vai sociālais tīkls norādīts kā apstrādātājs' },
    'retention-text': { vague: 'Glabāšanas termiņš aprakstīts nekonkrēti' },
    dpo: { required: 'Nav datu aizsardzības speciālista, lai gan apstrāde to prasa' },
    register: { 'no-activities': 'Organizācijai nav reģistrētu apstrādes darbību' },
    basis: { 'consent-and-other': 'Vienam nolūkam gan piekrišana, gan cits tiesiskais pamats' },
  },
  message: {
    art22: {
      'effect-unassessed':
        'Apstrādes darbībā {{number}} “{{name}}” tiek pieņemti automatizēti lēmumi, bet nav ne atzīmēts, ka tiem ir juridiskas vai līdzīgi būtiskas sekas, ne ierakstīts, kāpēc to nav (22. panta 1. punkts). Izvērtējiet sekas: atzīmējiet tās vai ierakstiet pamatojumu laukā “Kāpēc lēmumiem nav būtisku seku”.',
    },
    profiling: {
      'not-informed':
        'Apstrādes darbībā {{number}} “{{name}}” tiek veikta profilēšana, bet nav norādīts, kur datu subjekti par to informēti (13. panta 2. punkta f) apakšpunkts, 21. panta 4. punkts). Norādiet privātuma paziņojumu un tā sadaļu.',
    },
    cookies: {
      'without-consent':
        'Apstrādes darbībā {{number}} “{{name}}” nolūks “{{purpose}}” izmanto sīkdatnes vai līdzīgus izsekotājus, kas nav noteikti nepieciešami, bet balstās uz leģitīmajām interesēm vai līgumu, nevis uz piekrišanu. Informācijas sabiedrības pakalpojumu likuma 7.¹ pants (Direktīvas 2002/58/EK 5. panta 3. punkts) prasa lietotāja piekrišanu. Norādiet piekrišanu kā pamatu un nodrošiniet, ka izsekotāji netiek ielādēti pirms tās.',
    },
    platform: {
      'joint-controller':
        'Apstrādes darbībā {{number}} “{{name}}” {{processor}} norādīts kā apstrādātājs, bet darbība nodod tam datus tā paša nolūkiem (pikselis, spraudnis, fanu lapa, auditorijas). Tiesa lietās Fashion ID (C-40/17) un Wirtschaftsakademie (C-210/16) šādā gadījumā atzina kopīgu pārziņu statusu. Pārbaudiet lomu: reģistrējiet to kā kopīgu pārzini ar 26. panta vienošanos un, ja tas atrodas ārpus EEZ, arī datu nosūtīšanu.',
    },
    'retention-text': {
      vague:
        'Glabāšanas noteikumā “{{name}}” nav termiņa, un kritērijs ir nekonkrēts ({{why}}). Norādiet termiņu (skaitli un mērvienību) vai kritēriju, pēc kura to var noteikt, un, ja termiņu nosaka likums, nosauciet likumu un pantu.',
    },
    dpo: {
      required:
        'Organizācijai {{name}} nav norādīts datu aizsardzības speciālists, bet tās apstrādes darbības ({{activities}}) liela mērogā ietver sistemātisku uzraudzību vai īpašu kategoriju datus (37. panta 1. punkta b) un c) apakšpunkts). Ieceliet speciālistu un norādiet viņu organizācijas datos vai dokumentējiet, kāpēc šī apstrāde nav pamatdarbība.',
    },
    register: {
      'no-activities':
        'Organizācijai {{name}} reģistrā nav nevienas spēkā esošas apstrādes darbības. Reģistrējiet tās apstrādes darbības (piemēram, personāla un klientu datus) vai izņemiet organizāciju no reģistra.',
    },
    basis: {
      'consent-and-other':
        'Apstrādes darbībā {{number}} “{{name}}” nolūkam “{{purpose}}” norādīta gan piekrišana, gan cits tiesiskais pamats ({{bases}}). Izlemiet, uz kuru pamatu apstrāde balstās, un atstājiet tikai to: piekrišanas atsaukšana nedrīkst tikt apieta ar citu pamatu.',
    },
  },
};

export const inspectorChecksEn = {
  root: {
    inferred: { from: 'inferred from: {{reasons}}' },
    vagueRetention: {
      necessity: 'only “as long as necessary”, with no period and no criterion',
      law: 'a reference to “the law” without naming it',
    },
  },
  title: {
    art22: { 'effect-unassessed': 'Automated decisions with no assessment of whether they have legal or similarly significant effects' },
    profiling: { 'not-informed': 'Profiling with no record of how data subjects are informed' },
    cookies: { 'without-consent': 'Non-essential cookies or trackers without consent' },
    platform: { 'joint-controller': 'Advertising platform or social network recorded as a processor' },
    'retention-text': { vague: 'Retention period described vaguely' },
    dpo: { required: 'No data protection officer although the processing requires one' },
    register: { 'no-activities': 'Organisation with no processing activities recorded' },
    basis: { 'consent-and-other': 'Consent and another legal basis for one purpose' },
  },
  message: {
    art22: {
      'effect-unassessed':
        'Activity {{number}} “{{name}}” makes automated decisions, but neither records that they have legal or similarly significant effects nor why they have none (Art. 22(1)). Assess the effect: tick it, or record the reason in “Why the decisions have no significant effect”.',
    },
    profiling: {
      'not-informed':
        'Activity {{number}} “{{name}}” involves profiling, but does not say where the data subjects are told about it (Art. 13(2)(f), Art. 21(4)). Name the privacy notice and its section.',
    },
    cookies: {
      'without-consent':
        'Activity {{number}} “{{name}}”: the purpose “{{purpose}}” uses cookies or similar trackers that are not strictly necessary, on legitimate interests or a contract instead of consent. Art. 5(3) of Directive 2002/58/EC (in Latvia, Article 7.¹ of the Informācijas sabiedrības pakalpojumu likums) requires the user’s consent. Make consent the basis and make sure the trackers do not load before it.',
    },
    platform: {
      'joint-controller':
        'Activity {{number}} “{{name}}” records {{processor}} as a processor, but shares data with it for its own purposes (a pixel, a plugin, a fan page, audiences). The CJEU held such parties joint controllers (Fashion ID, C-40/17; Wirtschaftsakademie, C-210/16). Check the role: record it as a joint controller with an Art. 26 arrangement and, where it is outside the EEA, record the transfer.',
    },
    'retention-text': {
      vague:
        'Retention rule “{{name}}” has no period, and its criterion is vague ({{why}}). Give a period (number and unit) or a criterion that determines it and, where a law sets it, name the law and the article.',
    },
    dpo: {
      required:
        'Organisation {{name}} has no data protection officer, yet its activities ({{activities}}) involve large-scale systematic monitoring or special-category data (Art. 37(1)(b) and (c)). Designate a DPO and record them in the organisation’s details, or document why this processing is not a core activity.',
    },
    register: {
      'no-activities':
        'Organisation {{name}} has no current processing activity in the register. Record its activities (its staff and customers, for a start) or remove the organisation from the register.',
    },
    basis: {
      'consent-and-other':
        'Activity {{number}} “{{name}}”: the purpose “{{purpose}}” gives both consent and another legal basis ({{bases}}). Decide which basis the processing rests on and keep only that one: withdrawing consent must not be side-stepped by another basis.',
    },
  },
};
