import { defineNamespace } from '../define.ts';

/** Backups, the lock on an open register and `ropa verify`. */
export const safety = defineNamespace(
  {
    reasons: {
      migration: 'pirms datu struktūras atjaunināšanas',
      import: 'pirms importa',
      daily: 'ikdienas',
      manual: 'pēc pieprasījuma',
      'before-restore': 'pirms atjaunošanas no rezerves kopijas',
    },
    lockedBy: 'Reģistru šobrīd rediģē {{holder}}. Jūs to redzat tikai lasīšanai; lai rediģētu, aizveriet to otrā logā vai datorā un atveriet šeit no jauna.',
    folderReadOnly: 'Reģistra mapē nevar rakstīt (tikai lasāms disks vai nav tiesību), tāpēc reģistrs atvērts tikai lasīšanai.',
    holder: '{{user}} datorā {{host}} (kopš {{since}})',
    backupCreated: 'Rezerves kopija: {{file}}',
    backupListed: '{{file}}  {{size}}  {{activities}} apstrādes darbības',
    restored: 'Reģistrs {{register}} atjaunots no {{backup}}. Iepriekšējais saturs saglabāts: {{safety}}',
    verifyIntact: 'Izmaiņu vēsture ir nebojāta: {{entries}} ieraksti.',
    verifyHead: 'Pēdējā ieraksta jaucējkods: {{hash}}',
    verifyBroken: 'Izmaiņu vēsture ir bojāta: ieraksts Nr. {{seq}} ({{at}}, {{entity}} {{entityId}} “{{label}}”) — {{reason}}.',
    verifyReasons: {
      hash: 'ieraksta saturs neatbilst tā jaucējkodam (ieraksts ir mainīts)',
      link: 'ieraksts nesaskan ar iepriekšējā ieraksta jaucējkodu (ķēde pārrauta)',
      sequence: 'trūkst ieraksta pirms šī (numerācija pārtraukta)',
      checkpoint: 'iepriekšējās pārbaudes kontrolpunktā šim ierakstam ir cits jaucējkods (vēsture pēc pārbaudes pārrakstīta vai kontrolpunkts viltots)',
    },
  },
  {
    reasons: {
      migration: 'before updating the data structure',
      import: 'before an import',
      daily: 'daily',
      manual: 'on request',
      'before-restore': 'before restoring a backup',
    },
    lockedBy: 'The register is being edited by {{holder}}. You see it read-only; to edit it, close it in the other window or on the other computer and open it here again.',
    folderReadOnly: 'The register’s folder cannot be written to (a read-only drive or no permission), so the register is open read-only.',
    holder: '{{user}} on {{host}} (since {{since}})',
    backupCreated: 'Backup: {{file}}',
    backupListed: '{{file}}  {{size}}  {{activities}} processing activities',
    restored: 'Register {{register}} restored from {{backup}}. Its previous content was kept: {{safety}}',
    verifyIntact: 'The change history is intact: {{entries}} entries.',
    verifyHead: 'Hash of the newest entry: {{hash}}',
    verifyBroken: 'The change history is broken at entry {{seq}} ({{at}}, {{entity}} {{entityId}} “{{label}}”): {{reason}}.',
    verifyReasons: {
      hash: 'the entry does not match its hash (the entry was changed)',
      link: 'the entry does not link to the previous entry’s hash (the chain is cut)',
      sequence: 'an entry before it is missing (the numbering has a gap)',
      checkpoint: 'the checkpoint of an earlier check records another hash for this entry (the history was rewritten after that check, or the checkpoint was forged)',
    },
  },
);
