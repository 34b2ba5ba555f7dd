import { defineNamespace } from '../define.ts';

/** The renderer's own text: screens, buttons, notices. */
export const ui = defineNamespace(
  {
    home: {
      title: 'Apstrādes darbību reģistrs',
      lead: 'Atveriet reģistra failu (.ropa) vai izveidojiet jaunu. Viens reģistrs ir viens fails jūsu datorā.',
      newRegister: 'Jauns reģistrs',
      openRegister: 'Atvērt reģistru…',
      organisationName: 'Organizācijas nosaukums',
      recent: 'Nesen atvērtie',
      noRecent: 'Vēl nav atvērts neviens reģistrs.',
    },
    shell: {
      readOnly: 'Tikai lasīšanai',
      close: 'Aizvērt reģistru',
      language: 'Valoda',
    },
    activities: {
      title: 'Apstrādes darbības',
      count: '{{count}} apstrādes darbības',
      empty: 'Reģistrā vēl nav apstrādes darbību.',
    },
    errors: {
      title: 'Kļūda',
      dismiss: 'Aizvērt',
    },
    loading: 'Ielādē…',
  },
  {
    home: {
      title: 'Record of processing activities',
      lead: 'Open a register file (.ropa) or create a new one. One register is one file on your computer.',
      newRegister: 'New register',
      openRegister: 'Open register…',
      organisationName: 'Organisation name',
      recent: 'Recently opened',
      noRecent: 'No register has been opened yet.',
    },
    shell: {
      readOnly: 'Read-only',
      close: 'Close register',
      language: 'Language',
    },
    activities: {
      title: 'Processing activities',
      count: '{{count}} processing activities',
      empty: 'The register has no processing activities yet.',
    },
    errors: {
      title: 'Error',
      dismiss: 'Dismiss',
    },
    loading: 'Loading…',
  },
);
