import { defineNamespace } from '../define.ts';

/** Team registers on PostgreSQL (issue 20): `ropa copy` and what it reports. */
export const team = defineNamespace(
  {
    copied: 'Reģistrs nokopēts: {{from}} → {{to}} ({{rows}} rindas, izmaiņu vēsturē {{entries}} ieraksti).',
    exportsEqual: 'JSON eksports abās vietās ir vienāds.',
    exportsDiffer: 'Brīdinājums: kopijas JSON eksports atšķiras no avota eksporta.',
    chainEqual: 'Izmaiņu vēsture abās vietās ir nebojāta un beidzas ar to pašu jaucējkodu {{hash}}.',
    chainDiffers: 'Brīdinājums: kopijas izmaiņu vēsture nesakrīt ar avota vēsturi.',
  },
  {
    copied: 'Register copied: {{from}} → {{to}} ({{rows}} rows, {{entries}} history entries).',
    exportsEqual: 'The JSON export is the same on both sides.',
    exportsDiffer: 'Warning: the copy’s JSON export differs from the source’s.',
    chainEqual: 'The change history is intact on both sides and ends in the same hash {{hash}}.',
    chainDiffers: 'Warning: the copy’s change history does not match the source’s.',
  },
);
