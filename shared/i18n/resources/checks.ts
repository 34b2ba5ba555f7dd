import { defineNamespace } from '../define.ts';
import { dpoChecksEn, dpoChecksLv } from './dpo-checks.ts';
import { inspectorChecksEn, inspectorChecksLv } from './inspector-checks.ts';
import { basesSourcesChecksEn, basesSourcesChecksLv } from './bases-sources.ts';
import { modelChecksEn, modelChecksLv } from './model.ts';
import { recipientChecksEn, recipientChecksLv } from './recipient-checks.ts';

/**
 * The compliance checks (shared/rules): a short title and a message per
 * rule. A message names the record ({{number}} “{{name}}” for an activity)
 * and ends with what to do. Keys are the rule ids: `message.transfer.no-mechanism`.
 */
export const checks = defineNamespace(
  {
    ...inspectorChecksLv.root,
    severity: { error: 'kļūda', warning: 'brīdinājums', info: 'informācija' },
    entities: {
      ...dpoChecksLv.entities,
      activity: 'Apstrādes darbības',
      processor: 'Apstrādātāji un saņēmēji',
      retentionRule: 'Glabāšanas noteikumi',
      organisation: 'Organizācijas',
    },
    field: {
      controllerContact: 'Pārziņa {{controller}} kontaktinformācija',
      controllerCategories: 'Pārziņa {{controller}} vārdā veiktās apstrādes kategorijas',
    },
    unnamedRecipient: '(nav norādīts)',
    report: {
      title: 'Atbilstības pārbaude {{date}}',
      noFindings: 'Atradumu nav.',
      totals: 'Kļūdas: {{error}}, brīdinājumi: {{warning}}, informatīvi: {{info}}.',
      field: 'lauks',
    },
    title: {
      ...dpoChecksLv.title,
      ...inspectorChecksLv.title,
      ...modelChecksLv.title,
      ...basesSourcesChecksLv.title,
      ...recipientChecksLv.title,
      mandatory: {
        'controller-record': 'Nav aizpildīts obligāts pārziņa ieraksta lauks',
        'processor-record': 'Nav aizpildīts obligāts apstrādātāja ieraksta lauks',
      },
      'legal-basis': { missing: 'Nolūkam nav norādīts tiesiskais pamats' },
      'legitimate-interest': {
        'not-named': 'Leģitīmās intereses nav aprakstītas',
        'no-assessment': 'Nav reģistrēts interešu līdzsvara izvērtējums',
      },
      consent: { employees: 'Darbinieku piekrišana kā tiesiskais pamats' },
      'special-data': { 'no-art9-condition': 'Īpašu kategoriju dati bez 9. panta 2. punkta nosacījuma' },
      'criminal-data': { 'no-art10-basis': 'Sodāmības dati bez 10. pantā prasītā pamata' },
      transfer: {
        'no-mechanism': 'Nosūtīšana uz trešo valsti bez nosūtīšanas pamata',
        'partial-adequacy-unconfirmed': 'Daļējs lēmums par pietiekamību, bet nav norādīts, kā saņēmējs ir aptverts',
        'dpf-not-certified': 'Nosūtīšana saskaņā ar DPF saņēmējam, kura sertifikācija nav reģistrēta',
        'safeguards-undocumented': 'Atbilstošo garantiju dokumentācija nav norādīta',
        'derogation-unjustified': 'Atkāpe bez pamatojuma',
        'not-recorded': 'Saņēmējs ārpus EEZ, bet nosūtīšana nav reģistrēta',
      },
      processor: {
        'no-contract': 'Apstrādātājam nav līguma',
        'contract-expired': 'Apstrādātāja līguma termiņš beidzies',
        'contract-expiring': 'Apstrādātāja līguma termiņš drīz beigsies',
        unused: 'Apstrādātājs nav saistīts ne ar vienu apstrādes darbību',
        'dpf-not-certified': 'DPF sertifikācija nav reģistrēta',
        'transfer-no-mechanism': 'Apstrādātājs trešajā valstī bez nosūtīšanas pamata',
      },
      'joint-controller': { 'no-arrangement': 'Nav aprakstīta kopīgo pārziņu vienošanās' },
      retention: {
        missing: 'Datu kategorijai nav glabāšanas noteikuma',
        'open-ended': 'Glabāšana bez termiņa un kritērija',
        'no-start-event': 'Glabāšanas termiņam nav norādīts sākums',
      },
      'automated-decision': {
        'no-art22-basis': 'Automatizēti lēmumi bez 22. panta 2. punkta pamata',
        'logic-missing': 'Automatizēto lēmumu loģika nav aprakstīta',
      },
      dpia: {
        'not-recorded': 'NIDA, visticamāk, nepieciešams, bet nav reģistrēts',
        'not-done': 'NIDA nav pabeigts',
        undocumented: 'NIDA veikts, bet nav atsauces',
        'screening-incomplete': 'NIDA atlasē nav atzīmēti visi atbilstošie kritēriji',
        'not-screened': 'NIDA atlase nav veikta',
      },
      review: {
        never: 'Apstrādes darbība nekad nav pārskatīta',
        overdue: 'Pārskatīšana nokavēta',
        'not-scheduled': 'Nākamā pārskatīšana nav plānota',
      },
      organisation: {
        'contact-missing': 'Pārzinim nav norādīta kontaktinformācija',
        'dpo-contact-missing': 'Datu aizsardzības speciālistam nav kontaktinformācijas',
        'dpo-missing': 'Datu aizsardzības speciālists nav norādīts',
      },
    },
    message: {
      ...dpoChecksLv.message,
      ...inspectorChecksLv.message,
      ...modelChecksLv.message,
      ...basesSourcesChecksLv.message,
      ...recipientChecksLv.message,
      mandatory: {
        'controller-record':
          'Apstrādes darbībā {{number}} “{{name}}” nav aizpildīts obligātais lauks “{{field}}” ({{point}}). Aizpildiet to.',
        'processor-record':
          'Apstrādātāja ierakstā {{number}} “{{name}}” nav aizpildīts obligātais lauks “{{field}}” ({{point}}). Aizpildiet to.',
      },
      'legal-basis': {
        missing:
          'Apstrādes darbībā {{number}} “{{name}}” nolūkam “{{purpose}}” nav norādīts tiesiskais pamats. Izvēlieties 6. panta 1. punkta pamatu, uz kuru balstās apstrāde.',
      },
      'legitimate-interest': {
        'not-named':
          'Apstrādes darbībā {{number}} “{{name}}” nolūkam “{{purpose}}” kā tiesiskais pamats norādītas leģitīmās intereses, bet nav aprakstīts, kādas tās ir. Aprakstiet pārziņa vai trešās personas leģitīmās intereses.',
        'no-assessment':
          'Apstrādes darbībā {{number}} “{{name}}” nolūkam “{{purpose}}” kā tiesiskais pamats norādītas leģitīmās intereses, bet nav reģistrēts interešu līdzsvara izvērtējums. Veiciet un reģistrējiet izvērtējumu.',
      },
      consent: {
        employees:
          'Apstrādes darbībā {{number}} “{{name}}” nolūkam “{{purpose}}” kā tiesiskais pamats norādīta piekrišana, bet datu subjektu vidū ir darbinieki ({{subjects}}). Darbinieka piekrišana darba devējam reti ir brīvi dota; pārbaudiet, vai piemērotāks nav cits pamats, piemēram, līguma izpilde vai juridisks pienākums.',
      },
      'special-data': {
        'no-art9-condition':
          'Apstrādes darbībā {{number}} “{{name}}” tiek apstrādāti īpašu kategoriju personas dati ({{categories}}), bet nav norādīts neviens no 9. panta 2. punkta nosacījumiem. Norādiet nosacījumu, uz kuru balstās apstrāde.',
      },
      'criminal-data': {
        'no-art10-basis':
          'Apstrādes darbībā {{number}} “{{name}}” tiek apstrādāti personas dati par sodāmību un pārkāpumiem ({{categories}}), bet nav norādīts tiesību akts, kas to atļauj (10. pants). Norādiet šo tiesību aktu.',
      },
      transfer: {
        'no-mechanism':
          'Apstrādes darbībā {{number}} “{{name}}” dati tiek nosūtīti uz trešo valsti (galamērķis — {{country}}), par kuru nav lēmuma par aizsardzības līmeņa pietiekamību, un nav norādītas ne atbilstošas garantijas (46. pants), ne atkāpe (49. pants). Nodrošiniet nosūtīšanas pamatu, piemēram, standarta datu aizsardzības klauzulas, un norādiet to.',
        'partial-adequacy-unconfirmed':
          'Apstrādes darbībā {{number}} “{{name}}” datu nosūtīšana (galamērķis — {{country}}) balstās uz lēmumu par aizsardzības līmeņa pietiekamību, kas attiecas tikai uz daļu saņēmēju. Norādiet, kā saņēmējs ir aptverts (piemēram, DPF sertifikāciju apstrādātāja datos vai atbilstošo garantiju dokumentācijā), vai izvēlieties 46. panta garantijas.',
        'dpf-not-certified':
          'Apstrādes darbībā {{number}} “{{name}}” datu nosūtīšana (galamērķis — {{country}}) balstās uz ES–ASV datu privātuma regulējumu (DPF), bet saņēmējs {{recipient}} nav reģistrēts kā DPF sertificēts. Pārbaudiet saņēmēju sarakstā dataprivacyframework.gov un atzīmējiet sertifikāciju apstrādātāja datos vai izvēlieties citu nosūtīšanas pamatu.',
        'safeguards-undocumented':
          'Apstrādes darbībā {{number}} “{{name}}” datu nosūtīšanai (galamērķis — {{country}}) norādīts pamats “{{mechanism}}”, bet nav norādīts, kur dokumentētas atbilstošās garantijas. Norādiet dokumentu, piemēram, līguma pielikumu ar standarta klauzulām.',
        'derogation-unjustified':
          'Apstrādes darbībā {{number}} “{{name}}” datu nosūtīšana (galamērķis — {{country}}) balstās uz atkāpi “{{mechanism}}”, bet nav dokumentēts, kāpēc tā piemērojama. Aprakstiet pamatojumu; atkāpes piemērojamas tikai izņēmuma gadījumos.',
        'not-recorded':
          'Apstrādes darbībā {{number}} “{{name}}” norādīts saņēmējs {{processor}}, kas atrodas ārpus EEZ ({{country}}), bet nosūtīšana uz šo valsti nav reģistrēta. Pievienojiet nosūtīšanu un tās pamatu vai precizējiet saņēmēja valsti.',
      },
      processor: {
        'no-contract':
          'Apstrādātājam {{name}} nav norādīts līgums vai cits juridisks akts (28. panta 3. punkts). Noslēdziet datu apstrādes līgumu un norādiet tā datumu un atsauci.',
        'contract-expired':
          'Apstrādātāja {{name}} līguma termiņš beidzās {{expiry}}. Pagariniet līgumu vai noslēdziet jaunu un atjaunojiet tā datus, vai pārtrauciet apstrādātāja izmantošanu.',
        'contract-expiring': 'Apstrādātāja {{name}} līguma termiņš beigsies {{expiry}}. Laikus pagariniet līgumu.',
        unused:
          'Apstrādātājs {{name}} nav saistīts ne ar vienu spēkā esošu apstrādes darbību. Norādiet to darbībās, kurās tas saņem datus, vai dzēsiet, ja sadarbība beigusies.',
        'dpf-not-certified':
          'Apstrādātāja {{name}} nosūtīšanas pamats ir ES–ASV datu privātuma regulējums (DPF), bet nav atzīmēts, ka tas ir DPF sertificēts. Pārbaudiet sarakstu dataprivacyframework.gov un atzīmējiet sertifikāciju ar pārbaudes datumu vai izvēlieties citu pamatu.',
        'transfer-no-mechanism':
          'Apstrādātājs {{name}} atrodas ārpus EEZ ({{country}}), to neaptver lēmums par aizsardzības līmeņa pietiekamību, un nosūtīšanas pamats nav norādīts. Norādiet atbilstošas garantijas (46. pants), piemēram, standarta datu aizsardzības klauzulas.',
      },
      'joint-controller': {
        'no-arrangement':
          'Apstrādes darbībā {{number}} “{{name}}” ir kopīgs pārzinis ({{processor}}), bet nav aprakstīta kopīgo pārziņu vienošanās (26. pants). Aprakstiet, kā sadalīti pienākumi, un norādiet vienošanās dokumentu.',
      },
      retention: {
        missing:
          'Apstrādes darbībā {{number}} “{{name}}” personas datu kategorijai “{{category}}” nav norādīts glabāšanas noteikums (dzēšanas termiņš). Izvēlieties vai izveidojiet glabāšanas noteikumu.',
        'open-ended': 'Glabāšanas noteikumā “{{name}}” nav norādīts ne termiņš, ne kritērijs, pēc kura to noteikt. Norādiet termiņu vai kritēriju.',
        'no-start-event':
          'Glabāšanas noteikumā “{{name}}” norādīts termiņš, bet nav norādīts, no kura brīža to skaita. Norādiet termiņa sākumu, piemēram, līguma izbeigšanu.',
      },
      'automated-decision': {
        'no-art22-basis':
          'Apstrādes darbībā {{number}} “{{name}}” tiek pieņemti automatizēti lēmumi ar juridiskām vai līdzīgi būtiskām sekām, bet nav norādīts 22. panta 2. punkta pamats. Norādiet pamatu (līgums, tiesību akts vai nepārprotama piekrišana) vai nodrošiniet, ka lēmumu pieņem cilvēks.',
        'logic-missing':
          'Apstrādes darbībā {{number}} “{{name}}” tiek pieņemti automatizēti lēmumi, bet nav aprakstīta izmantotā loģika un sekas datu subjektam. Aprakstiet tās: šī informācija jāsniedz datu subjektiem.',
      },
      dpia: {
        'not-recorded':
          'Apstrādes darbībā {{number}} “{{name}}” konstatēti {{count}} WP248 kritēriji (atzīmēti vai secināti no ieraksta satura: {{criteria}}), tāpēc, visticamāk, nepieciešams novērtējums par ietekmi uz datu aizsardzību (NIDA), bet tas nav reģistrēts. Veiciet NIDA vai dokumentējiet, kāpēc tas nav nepieciešams.',
        'not-done':
          'Apstrādes darbība {{number}} “{{name}}” jau notiek, bet tās novērtējums par ietekmi uz datu aizsardzību (NIDA) nav pabeigts (statuss: {{status}}). Pabeidziet NIDA un reģistrējiet tā datumu un atsauci.',
        undocumented:
          'Apstrādes darbībai {{number}} “{{name}}” NIDA atzīmēts kā veikts, bet nav norādīta atsauce uz NIDA dokumentu. Norādiet, kur tas atrodams.',
        'screening-incomplete':
          'Apstrādes darbības {{number}} “{{name}}” dati atbilst WP248 kritērijiem, kas NIDA atlasē nav atzīmēti: {{criteria}}. Pārskatiet NIDA atlasi.',
        'not-screened':
          'Apstrādes darbībai {{number}} “{{name}}” nav veikta NIDA atlase. Atzīmējiet atbilstošos WP248 kritērijus un norādiet, vai NIDA ir nepieciešams.',
      },
      review: {
        never: 'Apstrādes darbība {{number}} “{{name}}” nekad nav pārskatīta. Pārskatiet to un atzīmējiet kā pārskatītu.',
        overdue:
          'Apstrādes darbības {{number}} “{{name}}” nākamā pārskatīšana bija paredzēta {{due}} (pēdējā pārskatīšana: {{last}}). Pārskatiet to un atzīmējiet kā pārskatītu.',
        'not-scheduled':
          'Apstrādes darbībai {{number}} “{{name}}” nav noteikts nākamās pārskatīšanas datums. Atzīmējiet to kā pārskatītu un izvēlieties pārskatīšanas biežumu.',
      },
      organisation: {
        'contact-missing':
          'Organizācijai {{name}} nav norādīta kontaktinformācija (adrese, e-pasts vai tālrunis), kas reģistrā ir obligāta. Norādiet to organizācijas datos.',
        'dpo-contact-missing':
          'Organizācijas {{name}} datu aizsardzības speciālistam ({{dpo}}) nav norādīta kontaktinformācija. Norādiet e-pastu vai tālruni.',
        'dpo-missing':
          'Organizācijai {{name}} nav norādīts datu aizsardzības speciālists. Ja tāds ir iecelts, norādiet speciālista vārdu, uzvārdu un kontaktinformāciju: reģistrā tie ir obligāti.',
      },
    },
  },
  {
    ...inspectorChecksEn.root,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    entities: {
      ...dpoChecksEn.entities,
      activity: 'Processing activities',
      processor: 'Processors and recipients',
      retentionRule: 'Retention rules',
      organisation: 'Organisations',
    },
    field: {
      controllerContact: 'Contact details of the controller {{controller}}',
      controllerCategories: 'Categories of processing carried out for {{controller}}',
    },
    unnamedRecipient: '(not named)',
    report: {
      title: 'Compliance check {{date}}',
      noFindings: 'No findings.',
      totals: 'Errors: {{error}}, warnings: {{warning}}, info: {{info}}.',
      field: 'field',
    },
    title: {
      ...dpoChecksEn.title,
      ...inspectorChecksEn.title,
      ...modelChecksEn.title,
      ...basesSourcesChecksEn.title,
      ...recipientChecksEn.title,
      mandatory: {
        'controller-record': 'A mandatory field of a controller record is empty',
        'processor-record': 'A mandatory field of a processor record is empty',
      },
      'legal-basis': { missing: 'A purpose without a legal basis' },
      'legitimate-interest': {
        'not-named': 'Legitimate interests not described',
        'no-assessment': 'No balancing assessment recorded for legitimate interests',
      },
      consent: { employees: "Employees' consent as the legal basis" },
      'special-data': { 'no-art9-condition': 'Special-category data without an Art. 9(2) condition' },
      'criminal-data': { 'no-art10-basis': 'Criminal-offence data without an Art. 10 basis' },
      transfer: {
        'no-mechanism': 'Transfer to a third country without a transfer mechanism',
        'partial-adequacy-unconfirmed': 'Partial adequacy decision, but the recipient’s coverage is not recorded',
        'dpf-not-certified': 'DPF transfer to a recipient whose certification is not recorded',
        'safeguards-undocumented': 'Documentation of safeguards not named',
        'derogation-unjustified': 'Derogation without a justification',
        'not-recorded': 'Recipient outside the EEA, but no transfer recorded',
      },
      processor: {
        'no-contract': 'Processor without a contract',
        'contract-expired': 'Processor’s contract has expired',
        'contract-expiring': 'Processor’s contract expires soon',
        unused: 'Processor not linked to any processing activity',
        'dpf-not-certified': 'DPF certification not recorded',
        'transfer-no-mechanism': 'Processor in a third country without a transfer mechanism',
      },
      'joint-controller': { 'no-arrangement': 'No joint controller arrangement described' },
      retention: {
        missing: 'Data category without a retention rule',
        'open-ended': 'Retention with neither a period nor a criterion',
        'no-start-event': 'Retention period without a start',
      },
      'automated-decision': {
        'no-art22-basis': 'Automated decisions without an Art. 22(2) basis',
        'logic-missing': 'Logic of automated decisions not described',
      },
      dpia: {
        'not-recorded': 'DPIA likely required but not recorded',
        'not-done': 'DPIA not completed',
        undocumented: 'DPIA done but no reference',
        'screening-incomplete': 'DPIA screening misses criteria that apply',
        'not-screened': 'DPIA screening not done',
      },
      review: {
        never: 'Processing activity never reviewed',
        overdue: 'Review overdue',
        'not-scheduled': 'No next review planned',
      },
      organisation: {
        'contact-missing': 'Controller without contact details',
        'dpo-contact-missing': 'Data protection officer without contact details',
        'dpo-missing': 'No data protection officer recorded',
      },
    },
    message: {
      ...dpoChecksEn.message,
      ...inspectorChecksEn.message,
      ...modelChecksEn.message,
      ...basesSourcesChecksEn.message,
      ...recipientChecksEn.message,
      mandatory: {
        'controller-record': 'Processing activity {{number}} “{{name}}”: the mandatory field “{{field}}” is empty ({{point}}). Fill it in.',
        'processor-record': 'Processor record {{number}} “{{name}}”: the mandatory field “{{field}}” is empty ({{point}}). Fill it in.',
      },
      'legal-basis': {
        missing:
          'Processing activity {{number}} “{{name}}”: the purpose “{{purpose}}” has no legal basis. Choose the Art. 6(1) basis the processing relies on.',
      },
      'legitimate-interest': {
        'not-named':
          'Processing activity {{number}} “{{name}}”: the purpose “{{purpose}}” relies on legitimate interests, but does not say what they are. Describe the legitimate interests of the controller or the third party.',
        'no-assessment':
          'Processing activity {{number}} “{{name}}”: the purpose “{{purpose}}” relies on legitimate interests, but no balancing assessment is recorded. Carry out the assessment and record it.',
      },
      consent: {
        employees:
          'Processing activity {{number}} “{{name}}”: the purpose “{{purpose}}” relies on consent, but the data subjects include employees ({{subjects}}). An employee’s consent to the employer is rarely freely given; check whether another basis, such as a contract or a legal obligation, fits better.',
      },
      'special-data': {
        'no-art9-condition':
          'Processing activity {{number}} “{{name}}” processes special categories of personal data ({{categories}}) but records no Art. 9(2) condition. Record the condition the processing relies on.',
      },
      'criminal-data': {
        'no-art10-basis':
          'Processing activity {{number}} “{{name}}” processes personal data relating to criminal convictions and offences ({{categories}}) but names no law that authorises it (Art. 10). Name that law.',
      },
      transfer: {
        'no-mechanism':
          'Processing activity {{number}} “{{name}}” transfers data to {{country}}, which has no adequacy decision, with neither appropriate safeguards (Art. 46) nor a derogation (Art. 49) recorded. Put a transfer mechanism in place, such as standard contractual clauses, and record it.',
        'partial-adequacy-unconfirmed':
          'Processing activity {{number}} “{{name}}” transfers data to {{country}} under an adequacy decision that covers only some recipients there. Record how the recipient is covered (such as its DPF certification in the processor’s details, or in the safeguards documentation), or use Art. 46 safeguards.',
        'dpf-not-certified':
          'Processing activity {{number}} “{{name}}” transfers data to {{country}} under the EU–US Data Privacy Framework (DPF), but the recipient {{recipient}} is not recorded as DPF-certified. Check the recipient on the list at dataprivacyframework.gov and record its certification in the processor’s details, or choose another transfer mechanism.',
        'safeguards-undocumented':
          'Processing activity {{number}} “{{name}}” transfers data to {{country}} under “{{mechanism}}”, but does not say where the safeguards are documented. Name the document, such as the contract annex with the standard clauses.',
        'derogation-unjustified':
          'Processing activity {{number}} “{{name}}” transfers data to {{country}} under the derogation “{{mechanism}}”, but does not document why it applies. Record the justification; derogations apply only in exceptional cases.',
        'not-recorded':
          'Processing activity {{number}} “{{name}}” names the recipient {{processor}}, established outside the EEA ({{country}}), but records no transfer there. Add the transfer and its mechanism, or correct the recipient’s country.',
      },
      processor: {
        'no-contract':
          'Processor {{name}} has no contract or other legal act recorded (Art. 28(3)). Conclude a data processing agreement and record its date and reference.',
        'contract-expired':
          'The contract with processor {{name}} expired on {{expiry}}. Renew it or conclude a new one and update its details, or stop using the processor.',
        'contract-expiring': 'The contract with processor {{name}} expires on {{expiry}}. Renew it in time.',
        unused:
          'Processor {{name}} is not linked to any current processing activity. Link it to the activities in which it receives data, or delete it if the relationship has ended.',
        'dpf-not-certified':
          'Processor {{name}} relies on the EU–US Data Privacy Framework (DPF), but is not recorded as DPF-certified. Check the list at dataprivacyframework.gov and record the certification with the date checked, or choose another mechanism.',
        'transfer-no-mechanism':
          'Processor {{name}} is established outside the EEA ({{country}}), no adequacy decision covers it, and no transfer mechanism is recorded. Record appropriate safeguards (Art. 46), such as standard contractual clauses.',
      },
      'joint-controller': {
        'no-arrangement':
          'Processing activity {{number}} “{{name}}” has a joint controller ({{processor}}), but no joint controller arrangement is described (Art. 26). Describe how responsibilities are shared and name the document.',
      },
      retention: {
        missing:
          'Processing activity {{number}} “{{name}}”: the data category “{{category}}” has no retention rule (time limit for erasure). Choose or create a retention rule.',
        'open-ended': 'Retention rule “{{name}}” has neither a period nor a criterion for setting one. Record a period or a criterion.',
        'no-start-event':
          'Retention rule “{{name}}” gives a period but not the event it runs from. Record when the period starts, such as the end of the contract.',
      },
      'automated-decision': {
        'no-art22-basis':
          'Processing activity {{number}} “{{name}}” makes automated decisions with legal or similarly significant effects, but records no Art. 22(2) basis. Record the basis (contract, law or explicit consent), or have a person take the decision.',
        'logic-missing':
          'Processing activity {{number}} “{{name}}” makes automated decisions, but the logic involved and the consequences for the data subject are not described. Describe them: data subjects must be told.',
      },
      dpia: {
        'not-recorded':
          'Processing activity {{number}} “{{name}}” meets {{count}} WP248 criteria ({{criteria}}), so a data protection impact assessment (DPIA) is likely required, but none is recorded. Carry out a DPIA, or document why one is not needed.',
        'not-done':
          'Processing activity {{number}} “{{name}}” is in use, but its data protection impact assessment (DPIA) is not completed (status: {{status}}). Complete the DPIA and record its date and reference.',
        undocumented:
          'Processing activity {{number}} “{{name}}” has a DPIA marked as done, but no reference to the DPIA document. Record where it can be found.',
        'screening-incomplete':
          'Processing activity {{number}} “{{name}}” meets WP248 criteria that the DPIA screening does not tick: {{criteria}}. Review the screening.',
        'not-screened':
          'Processing activity {{number}} “{{name}}” has not been screened for a DPIA. Tick the WP248 criteria that apply and record whether a DPIA is needed.',
      },
      review: {
        never: 'Processing activity {{number}} “{{name}}” has never been reviewed. Review it and mark it as reviewed.',
        overdue:
          'Processing activity {{number}} “{{name}}” was due for review on {{due}} (last reviewed: {{last}}). Review it and mark it as reviewed.',
        'not-scheduled':
          'Processing activity {{number}} “{{name}}” has no next review date. Mark it as reviewed and choose how often to review it.',
      },
      organisation: {
        'contact-missing':
          'Organisation {{name}} has no contact details (address, e-mail or phone), which the register must contain. Add them to the organisation’s details.',
        'dpo-contact-missing':
          'The data protection officer of {{name}} ({{dpo}}) has no contact details. Add an e-mail address or a phone number.',
        'dpo-missing':
          'Organisation {{name}} has no data protection officer recorded. If one has been appointed, record their name and contact details: the register must contain them.',
      },
    },
  },
);
