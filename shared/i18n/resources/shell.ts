import { defineNamespace } from '../define.ts';

/**
 * Text main writes itself, outside the renderer: the Electron shell's
 * question before a link leaves for the browser, the file dialogs' filter
 * name, and the file names main suggests in save dialogs.
 */
export const shell = defineNamespace(
  {
    openExternal: {
      message: 'Atvērt pārlūkā?\n{{url}}',
      open: 'Atvērt',
      cancel: 'Atcelt',
    },
    registerFilter: 'ROPA reģistrs (*{{extension}})',
    newRegisterName: 'registrs',
    copyOf: '{{name}}-kopija',
  },
  {
    openExternal: {
      message: 'Open in the browser?\n{{url}}',
      open: 'Open',
      cancel: 'Cancel',
    },
    registerFilter: 'ROPA register (*{{extension}})',
    newRegisterName: 'register',
    copyOf: '{{name}}-copy',
  },
);
