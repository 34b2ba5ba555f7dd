import { defineNamespace } from '../define.ts';

/** Roles in a team register (issue 20): what a reader is told, and who may approve (main/db/postgres/team-role.ts). */
export const teamRoles = defineNamespace(
  {
    readerNotice: 'Jums šajā komandas reģistrā ir lasītāja tiesības: to var skatīt, pārbaudīt un eksportēt, bet mainīt var tikai tā redaktori. Ja jums jāveic izmaiņas, lūdziet reģistra īpašniekam piešķirt redaktora lomu.',
    role: {
      reader: 'lasītājs',
      editor: 'redaktors',
      owner: 'īpašnieks',
      none: 'nav lomas',
    },
    ownersOnly: {
      approve: 'Versijas apstiprināt var tikai reģistra īpašnieki.',
      grant: 'Lomas citiem piešķirt var tikai reģistra īpašnieki.',
      grantOwner: 'Īpašnieka lomu var piešķirt tikai reģistra izveidotājs vai datubāzes administrators.',
    },
    approveHint: 'Apstiprināt versiju var tikai komandas reģistra īpašnieks; jūsu loma: {{role}}.',
  },
  {
    readerNotice: 'You have reader rights in this team register: you can view, check and export it, but only its editors can change it. If you need to make changes, ask the register’s owner to make you an editor.',
    role: {
      reader: 'reader',
      editor: 'editor',
      owner: 'owner',
      none: 'none',
    },
    ownersOnly: {
      approve: 'Only the register’s owners can approve versions.',
      grant: 'Only the register’s owners can give others roles.',
      grantOwner: 'Only the register’s creator or the database administrator can make someone an owner.',
    },
    approveHint: 'Only an owner of the team register can approve a version; your role: {{role}}.',
  },
);
