/** Browser mode's file choice (WorkspaceFileChooser): the workspace's files and an upload. */
import { defineNamespace } from '../define.ts';

export const workspace = defineNamespace(
  {
    title: 'Izvēlieties failu ({{kind}})',
    lead: 'Pārlūka režīmā faili atrodas darba mapē. Izvēlieties kādu no tiem vai augšupielādējiet failu no sava datora.',
    caption: 'Darba mapes faili, jaunākais augšā',
    name: 'Nosaukums',
    changed: 'Mainīts',
    size: 'Izmērs',
    choose: 'Izvēlēties',
    chooseNamed: 'Izvēlēties {{name}}',
    none: 'Darba mapē nav šāda veida failu.',
    upload: 'Augšupielādēt failu no datora',
    cancel: 'Atcelt',
  },
  {
    title: 'Choose a file ({{kind}})',
    lead: 'In browser mode the files are in the workspace folder. Choose one of them, or upload a file from your computer.',
    caption: 'Files of the workspace, newest first',
    name: 'Name',
    changed: 'Changed',
    size: 'Size',
    choose: 'Choose',
    chooseNamed: 'Choose {{name}}',
    none: 'The workspace holds no file of this kind.',
    upload: 'Upload a file from your computer',
    cancel: 'Cancel',
  },
);
