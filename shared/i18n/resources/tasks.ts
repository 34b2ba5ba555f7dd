import { defineNamespace } from '../define.ts';

/** A long operation's progress and Cancel in the window (issue 12: `tasks:progress`, `tasks:cancel`). */
export const tasks = defineNamespace(
  {
    label: 'Darbības gaita',
    stages: {
      starting: 'Sāk darbību…',
      reading: 'Nolasa reģistru…',
      checking: 'Veic atbilstības pārbaudes…',
      clearing: 'Dzēš iepriekšējās apstrādes darbības',
      writing: 'Ieraksta apstrādes darbības',
      restoring: 'Atjauno reģistru no rezerves kopijas…',
      exporting: 'Veido Excel darbgrāmatu',
      rendering: 'Veido PDF pārskatu…',
      history: 'Nolasa un pārbauda izmaiņu vēsturi…',
      rebuilding: 'Atjauno reģistru, kāds tas bija izvēlētajā brīdī…',
      working: 'Notiek darbība…',
    },
    count: '{{done}} no {{total}}',
    percent: '{{percent}} %',
    cancel: 'Atcelt',
    cancelling: 'Atceļ…',
    cancelled: 'Atcelts — reģistrs nav mainīts.',
    dismiss: 'Aizvērt',
  },
  {
    label: 'Progress',
    stages: {
      starting: 'Starting…',
      reading: 'Reading the register…',
      checking: 'Running the compliance checks…',
      clearing: 'Removing the previous processing activities',
      writing: 'Writing the processing activities',
      restoring: 'Restoring the register from the backup…',
      exporting: 'Writing the Excel workbook',
      rendering: 'Laying out the PDF report…',
      history: 'Reading and checking the change history…',
      rebuilding: 'Rebuilding the register as it was at the chosen moment…',
      working: 'Working…',
    },
    count: '{{done}} of {{total}}',
    percent: '{{percent}} %',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    cancelled: 'Cancelled — the register was not changed.',
    dismiss: 'Close',
  },
);
