import { defineNamespace } from '../define.ts';

/**
 * The register as of a moment, what changed between two moments, approved
 * versions, restores and authors (issue 16): the app, the CLI and the report.
 */
export const versions = defineNamespace(
  {
    unknownAuthor: 'nezināms',
    view: {
      reason: 'Jūs skatāt reģistru, kāds tas bija {{at}} (vēstures ieraksts Nr. {{seq}}). Šajā skatā neko nevar mainīt.',
      title: 'Reģistrs pagātnē',
      back: 'Atgriezties pie pašreizējā reģistra',
      show: 'Rādīt reģistru uz…',
      moment: 'Datums un laiks',
      open: 'Rādīt',
    },
    registerWide: 'Viss reģistrs',
    change: { added: 'pievienots', changed: 'mainīts', removed: 'dzēsts' },
    diff: {
      title: 'Izmaiņas no {{from}} līdz {{to}}',
      count: 'Izmaiņu skaits: {{count}}',
      none: 'Izmaiņu nav.',
      start: 'reģistra sākuma',
      now: 'šim brīdim',
      moment: '{{at}} (vēstures ieraksts Nr. {{seq}})',
    },
    cover: {
      asOf: 'Reģistra stāvoklis uz',
      asOfValue: '{{at}} (vēstures ieraksts Nr. {{seq}})',
      approval: 'Apstiprinājums',
      approved: 'Apstiprināts {{date}}: {{name}}',
      notApproved: 'Nav apstiprināts: {{count}} izmaiņa(-s) kopš {{date}} apstiprinājuma ({{name}})',
      neverApproved: 'Nav apstiprināts',
    },
    appendix: {
      title: 'Izmaiņas kopš {{since}}',
      intro: 'Salīdzinājums ar reģistra stāvokli uz {{since}} (vēstures ieraksts Nr. {{seq}}). Lauki, ko programma maina pati (versija, labošanas laiks), nav uzskaitīti.',
    },
    approvedNow: 'Reģistrs apstiprināts: {{name}}, {{date}}. Vēstures ieraksts Nr. {{seq}}, satura nospiedums {{fingerprint}}.',
    restored: '“{{label}}” atjaunots ({{outcome}}).',
    outcomes: { recreated: 'ieraksts izveidots no jauna', updated: 'ieraksts mainīts', removed: 'ieraksts dzēsts', unchanged: 'nekas nebija jāmaina' },
    droppedLinks: 'Saites uz ierakstiem, kuru vairs nav, netika atjaunotas: {{links}}.',
    versionsTitle: 'Apstiprinātās versijas un pārskatīšanas',
    approvalLine: '{{date}}  apstiprinājums  {{name}}  (vēstures ieraksts Nr. {{seq}}, nospiedums {{fingerprint}})',
    reviewLine: '{{date}}  pārskatīšana  {{label}}  ({{by}})',
  },
  {
    unknownAuthor: 'unknown',
    view: {
      reason: 'You are viewing the register as it was on {{at}} (history entry no. {{seq}}). Nothing can be changed in this view.',
      title: 'The register in the past',
      back: 'Back to the current register',
      show: 'Show the register as of…',
      moment: 'Date and time',
      open: 'Show',
    },
    registerWide: 'The whole register',
    change: { added: 'added', changed: 'changed', removed: 'removed' },
    diff: {
      title: 'Changes from {{from}} to {{to}}',
      count: 'Number of changes: {{count}}',
      none: 'No changes.',
      start: 'the register’s start',
      now: 'now',
      moment: '{{at}} (history entry no. {{seq}})',
    },
    cover: {
      asOf: 'State of the register as of',
      asOfValue: '{{at}} (history entry no. {{seq}})',
      approval: 'Approval',
      approved: 'Approved on {{date}}: {{name}}',
      notApproved: 'Not approved: {{count}} change(s) since the approval of {{date}} ({{name}})',
      neverApproved: 'Not approved',
    },
    appendix: {
      title: 'Changes since {{since}}',
      intro: 'Compared with the register as of {{since}} (history entry no. {{seq}}). Fields the app changes itself (revision, time of change) are not listed.',
    },
    approvedNow: 'Register approved: {{name}}, {{date}}. History entry no. {{seq}}, content fingerprint {{fingerprint}}.',
    restored: '“{{label}}” restored ({{outcome}}).',
    outcomes: { recreated: 'record created again', updated: 'record changed', removed: 'record removed', unchanged: 'nothing needed changing' },
    droppedLinks: 'Links to records that no longer exist were not restored: {{links}}.',
    versionsTitle: 'Approved versions and reviews',
    approvalLine: '{{date}}  approval  {{name}}  (history entry no. {{seq}}, fingerprint {{fingerprint}})',
    reviewLine: '{{date}}  review  {{label}}  ({{by}})',
  },
);
