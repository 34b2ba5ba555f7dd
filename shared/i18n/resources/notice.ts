import { defineNamespace } from '../define.ts';

/**
 * The privacy notice (shared/notice): the pre-publication check's messages
 * (keys are the rule ids: `finding.notice.no-legal-basis`), the screen and
 * the CLI. A message names the record and says what to fill in.
 */
export const notice = defineNamespace(
  {
    finding: {
      'notice.controller-contact': 'Organizācijai “{{name}}” nav norādīta ne adrese, ne e-pasts, ne tālrunis: paziņojumā nav, kā sazināties ar pārzini.',
      'notice.dpo-contact': 'Organizācijai “{{name}}” nav norādīts datu aizsardzības speciālista e-pasts vai tālrunis.',
      'notice.no-activities': 'Organizācijai “{{name}}” nav neviena pārziņa apstrādes darbības, kas attiektos uz: {{audience}}.',
      'notice.no-purpose': '{{number}} “{{name}}”: nav norādīts neviens apstrādes nolūks.',
      'notice.no-legal-basis': '{{number}} “{{name}}”: nolūkam “{{purpose}}” nav norādīts tiesiskais pamats.',
      'notice.no-legitimate-interest': '{{number}} “{{name}}”: nolūkam “{{purpose}}” pamats ir leģitīmās intereses, bet nav aprakstīts, kādas.',
      'notice.no-art9-condition': '{{number}} “{{name}}”: tiek apstrādāti īpašu kategoriju dati, bet nav norādīts 9. panta 2. punkta nosacījums.',
      'notice.no-data-categories': '{{number}} “{{name}}”: nav norādīta neviena personas datu kategorija.',
      'notice.no-source': '{{number}} “{{name}}”: nav norādīts, no kurienes dati iegūti (avots nosaukts vai vismaz tā veids).',
      'notice.transfer-no-safeguard': '{{number}} “{{name}}”: nosūtīšanai uz “{{country}}” nav norādīts aizsardzības pasākums.',
      'notice.transfer-no-copy': '{{number}} “{{name}}”: nosūtīšanai uz “{{country}}” nav norādīts, kur ir aizsardzības pasākumu dokumenti, lai varētu izsniegt kopiju.',
      'notice.no-retention': '{{number}} “{{name}}”: datu kategorijai “{{data}}” nav piesaistīts glabāšanas noteikums.',
      'notice.retention-no-period': 'Glabāšanas noteikumam “{{name}}” nav termiņa, tikai kritērijs: “{{criterion}}”. Norādiet termiņu, ja to var noteikt.',
      'notice.automated-no-logic': '{{number}} “{{name}}”: ir automatizēti lēmumi vai profilēšana, bet nav aprakstīta to loģika.',
    },
    cli: {
      missing: 'Paziņojumā trūkst ({{count}}):',
      written: 'Paziņojums ierakstīts: {{file}} (versija {{version}}).',
      unknownAudience: 'Nav tādas datu subjektu kategorijas: {{id}}',
      badFormat: '--format html|docx|pdf',
    },
  },
  {
    finding: {
      'notice.controller-contact': '“{{name}}” has no address, email or phone: the notice cannot say how to contact the controller.',
      'notice.dpo-contact': '“{{name}}” has no email or phone for its data protection officer.',
      'notice.no-activities': '“{{name}}” has no controller processing activity that concerns: {{audience}}.',
      'notice.no-purpose': '{{number}} “{{name}}”: no purpose of processing is given.',
      'notice.no-legal-basis': '{{number}} “{{name}}”: the purpose “{{purpose}}” has no legal basis.',
      'notice.no-legitimate-interest': '{{number}} “{{name}}”: the purpose “{{purpose}}” relies on legitimate interests, but does not say which.',
      'notice.no-art9-condition': '{{number}} “{{name}}”: special categories of data are processed, but no Art. 9(2) condition is given.',
      'notice.no-data-categories': '{{number}} “{{name}}”: no category of personal data is given.',
      'notice.no-source': '{{number}} “{{name}}”: it does not say where the data comes from (the source by name, or at least its type).',
      'notice.transfer-no-safeguard': '{{number}} “{{name}}”: the transfer to “{{country}}” has no safeguard.',
      'notice.transfer-no-copy': '{{number}} “{{name}}”: the transfer to “{{country}}” does not say where its safeguard documents are, to give a copy on request.',
      'notice.no-retention': '{{number}} “{{name}}”: the data category “{{data}}” has no retention rule.',
      'notice.retention-no-period': 'The retention rule “{{name}}” has no period, only a criterion: “{{criterion}}”. Give a period where one can be set.',
      'notice.automated-no-logic': '{{number}} “{{name}}”: it makes automated decisions or profiles people, but does not describe the logic.',
    },
    cli: {
      missing: 'The notice lacks ({{count}}):',
      written: 'Notice written: {{file}} (version {{version}}).',
      unknownAudience: 'No such data subject category: {{id}}',
      badFormat: '--format html|docx|pdf',
    },
  },
);
