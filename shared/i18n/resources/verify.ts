import { defineNamespace } from '../define.ts';

/**
 * `ropa verify` and the app's history check beyond the chain: whether the
 * records are what the history last recorded, and the register fingerprint.
 * Entity names come from screens:history.types.
 */
export const verify = defineNamespace(
  {
    recordsIntact: 'Ieraksti atbilst izmaiņu vēsturei: {{records}} ieraksti salīdzināti ar to pēdējo vēstures ierakstu.',
    recordsBroken: 'Ieraksti neatbilst izmaiņu vēsturei ({{count}} atšķirības): reģistrs mainīts ārpus programmas.',
    difference: {
      changed: '{{type}} {{id}} “{{label}}”: mainīts ārpus programmas (lauki: {{fields}})',
      added: '{{type}} {{id}} “{{label}}”: pievienots ārpus programmas (vēsturē nav vai ir dzēsts)',
      deleted: '{{type}} {{id}} “{{label}}”: dzēsts ārpus programmas (vēsturē nav dzēšanas ieraksta)',
    },
    fingerprint: 'Reģistra nospiedums (ieraksti un vēsture): {{short}} ({{hash}})',
    fingerprintLabel: 'Reģistra nospiedums:',
    fingerprintMatches: 'Nospiedums {{given}} atbilst šim failam ({{scope}}).',
    fingerprintDiffers: 'Nospiedums {{given}} neatbilst šim failam: izdruka ir no cita reģistra vai citas tā versijas.',
    scopeAll: 'viss reģistrs',
    scopeOrganisation: 'organizācija “{{name}}”',
  },
  {
    recordsIntact: 'The records match the change history: {{records}} records compared with their latest history entry.',
    recordsBroken: 'The records do not match the change history ({{count}} differences): the register was changed outside the app.',
    difference: {
      changed: '{{type}} {{id}} “{{label}}”: changed outside the app (fields: {{fields}})',
      added: '{{type}} {{id}} “{{label}}”: added outside the app (not in the history, or deleted there)',
      deleted: '{{type}} {{id}} “{{label}}”: deleted outside the app (the history has no deletion)',
    },
    fingerprint: 'Register fingerprint (records and history): {{short}} ({{hash}})',
    fingerprintLabel: 'Register fingerprint:',
    fingerprintMatches: 'The fingerprint {{given}} matches this file ({{scope}}).',
    fingerprintDiffers: 'The fingerprint {{given}} does not match this file: the printout is of another register or another version of it.',
    scopeAll: 'the whole register',
    scopeOrganisation: 'the organisation “{{name}}”',
  },
);
