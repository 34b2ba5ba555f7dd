import { defineNamespace } from '../define.ts';

/** The Excel import screen while a workbook is read, planned or imported: progress and cancel. */
export const importProgress = defineNamespace(
  {
    label: 'Darbgrāmatas apstrāde',
    phases: {
      starting: 'Sāk darbgrāmatas nolasīšanu…',
      checking: 'Pārbauda darbgrāmatu: saskaitītas {{cells}} šūnas',
      reading: 'Nolasa šūnas: {{cells}} no {{total}} ({{rows}} rindas)',
      classifying: 'Meklē reģistra tabulu…',
      planning: 'Sagatavo apstrādes darbības: {{rows}} rindas',
    },
    percent: '{{percent}} %',
    cancel: 'Atcelt',
    cancelling: 'Atceļ…',
    cancelled: 'Atcelts. Nekas netika importēts, un reģistrs nav mainīts.',
  },
  {
    label: 'Processing the workbook',
    phases: {
      starting: 'Starting to read the workbook…',
      checking: 'Checking the workbook: {{cells}} cells counted',
      reading: 'Reading cells: {{cells}} of {{total}} ({{rows}} rows)',
      classifying: 'Looking for the register table…',
      planning: 'Preparing the processing activities: {{rows}} rows',
    },
    percent: '{{percent}} %',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    cancelled: 'Cancelled. Nothing was imported and the register was not changed.',
  },
);
