/** Text of the library of common activities (templates): CLI, notes written into the register. */
import { defineNamespace } from '../define.ts';

export const templates = defineNamespace(
  {
    sourceCheck: {
      secondary_source: 'Avots pārbaudīts pēc sekundāra avota citāta; konsolidētais teksts jāsalīdzina.',
      to_verify: 'Avots jāpārbauda konsolidētajā tekstā.',
      common_practice: 'Parasta prakse, nav likumā noteikts termiņš.',
      own_rule: 'Noteikums no parauga kopas.',
    },
    createdFrom: 'Izveidots no parauga „{{name}}”; pārbaudiet un pielāgojiet savai organizācijai.',
    groups: {
      personnel: 'Personāls',
      finance: 'Finanses',
      customers: 'Klienti',
      marketing: 'Mārketings',
      security: 'Drošība',
      compliance: 'Normatīvo aktu izpilde',
      services: 'Pakalpojumi klientiem',
      other: 'Citi',
    },
    origins: { library: 'bibliotēka', own: 'savs' },
    columns: { id: 'ID', group: 'Grupa', name: 'Nosaukums', bases: '6. panta pamati', rules: 'Glabāšanas noteikumi', origin: 'Avots' },
    applied: 'Izveidoti {{count}} apstrādes darbību melnraksti ({{numbers}}); jauni glabāšanas noteikumi: {{rules}}, jauni kataloga ieraksti: {{entries}}.',
    saved: 'Apstrādes darbība saglabāta kā paraugs {{id}}.',
    exported: 'Eksportēti {{count}} paraugi: {{file}}.',
    imported: 'Importēti {{count}} paraugi.',
    notOwnId: 'parauga identifikatoram jāsākas ar „own-”: {{id}}',
    badSet: 'fails nav ROPA paraugu kopa (trūkst “format”: “ropa-template-set”)',
  },
  {
    sourceCheck: {
      secondary_source: 'Source checked against a secondary source quoting it; the consolidated text is to be compared.',
      to_verify: 'Source to be verified in the consolidated text.',
      common_practice: 'Common practice, not a statutory period.',
      own_rule: 'Rule from a template set.',
    },
    createdFrom: 'Created from the template “{{name}}”; review it and adapt it to your organisation.',
    groups: {
      personnel: 'Personnel',
      finance: 'Finance',
      customers: 'Customers',
      marketing: 'Marketing',
      security: 'Security',
      compliance: 'Legal compliance',
      services: 'Services to clients',
      other: 'Other',
    },
    origins: { library: 'library', own: 'own' },
    columns: { id: 'ID', group: 'Group', name: 'Name', bases: 'Art. 6 bases', rules: 'Retention rules', origin: 'Origin' },
    applied: 'Created {{count}} draft processing activities ({{numbers}}); new retention rules: {{rules}}, new catalogue entries: {{entries}}.',
    saved: 'Processing activity saved as template {{id}}.',
    exported: 'Exported {{count}} templates: {{file}}.',
    imported: 'Imported {{count}} templates.',
    notOwnId: 'a template id must start with "own-": {{id}}',
    badSet: 'the file is not a ROPA template set (missing "format": "ropa-template-set")',
  },
);
