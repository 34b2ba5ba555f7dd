import { defineNamespace } from '../define.ts';

/** The labels around a field's help (the help itself is in shared/help). */
export const fieldHelp = defineNamespace(
  {
    show: 'Paskaidrojums: {{label}}',
    example: 'Piemērs',
  },
  {
    show: 'Help: {{label}}',
    example: 'Example',
  },
);
