import { defineNamespace } from '../define.ts';

/** Words used across the app and its exports. */
export const common = defineNamespace(
  {
    appName: 'ROPA — apstrādes darbību reģistrs',
    register: 'Apstrādes darbību reģistrs',
    yes: 'Jā',
    no: 'Nē',
    none: '—',
    today: 'Šodien',
    language: 'Valoda',
    languages: { lv: 'Latviešu', en: 'English' },
  },
  {
    appName: 'ROPA — record of processing activities',
    register: 'Record of processing activities',
    yes: 'Yes',
    no: 'No',
    none: '—',
    today: 'Today',
    language: 'Language',
    languages: { lv: 'Latviešu', en: 'English' },
  },
);
