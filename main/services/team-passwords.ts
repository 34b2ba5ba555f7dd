/**
 * Team register passwords the DPO asked the desktop app to keep: in a small
 * JSON file in the user's settings folder, each one encrypted by the
 * operating system (Electron's safeStorage: the Keychain on macOS, DPAPI on
 * Windows, the secret service on Linux), never as plain text. When the
 * system offers no encryption (`isAvailable` false: a Linux desktop without
 * a keyring) nothing is kept, and the form says the password is for this
 * session only. Plain Node: Electron's safeStorage is handed in as a
 * `PasswordCipher` (main/electron/team-passwords.ts), so this is tested here.
 * Asynchronous: the register engine's worker thread asks the host for them
 * (main/engine), since only Electron's main process can reach safeStorage.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** What the operating system's encryption offers (Electron's safeStorage). */
export interface PasswordCipher {
  isAvailable(): boolean;
  encrypt(text: string): Buffer;
  decrypt(bytes: Buffer): string;
}

/** Passwords by team register address (the address without its password: team-session.ts). */
export interface TeamPasswordStore {
  /** Keeps `password` for `address`, encrypted; false when the system cannot encrypt (nothing is written). */
  keep(address: string, password: string): Promise<boolean>;
  /** The kept password, or undefined (none kept, or it no longer decrypts: another user, a new keyring). */
  load(address: string): Promise<string | undefined>;
  forget(address: string): Promise<void>;
}

const Stored = z.record(z.string(), z.object({ encrypted: z.string() }));

export function teamPasswordsAt(file: string, cipher: PasswordCipher): TeamPasswordStore {
  const read = (): z.infer<typeof Stored> => {
    if (!existsSync(file)) return {};
    try {
      return Stored.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return {};
    }
  };
  const write = (entries: z.infer<typeof Stored>): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(entries, null, 2), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    async keep(address, password) {
      if (!cipher.isAvailable()) return false;
      write({ ...read(), [address]: { encrypted: cipher.encrypt(password).toString('base64') } });
      return true;
    },
    async load(address) {
      const entry = read()[address];
      if (!entry || !cipher.isAvailable()) return undefined;
      try {
        return cipher.decrypt(Buffer.from(entry.encrypted, 'base64'));
      } catch {
        return undefined;
      }
    },
    async forget(address) {
      const entries = read();
      if (!(address in entries)) return;
      delete entries[address];
      write(entries);
    },
  };
}
