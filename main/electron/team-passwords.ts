/** Team register passwords kept with Electron's safeStorage (services/team-passwords.ts): encrypted bytes only. */
import { safeStorage } from 'electron';
import { teamPasswordsAt, type TeamPasswordStore } from '../services/team-passwords.ts';

export function electronTeamPasswords(file: string): TeamPasswordStore {
  return teamPasswordsAt(file, {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (bytes) => safeStorage.decryptString(bytes),
  });
}
