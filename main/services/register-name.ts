/**
 * The register file's name: its one extension, and the stem the app builds
 * other names from (backups, exports, the report, "Save a copy"). Every
 * place that names a register file or derives a name from one uses these.
 */
import { basename } from 'node:path';

/** A register is one file with this extension (the file association of the installers too). */
export const REGISTER_EXTENSION = '.ropa';

/** True for a path that names a register file (`SIA Koks.ROPA` too). */
export function isRegisterFileName(path: string): boolean {
  return path.toLowerCase().endsWith(REGISTER_EXTENSION);
}

/** `…/SIA Koks.ropa` -> `SIA Koks`: the register's name, for the names of files made from it. */
export function registerStem(registerPath: string): string {
  // A team register (postgres://…?register=klients-a): its files are named for the register.
  if (/^postgres(ql)?:\/\//i.test(registerPath)) return new URL(registerPath).searchParams.get('register') ?? 'ropa';
  const name = basename(registerPath);
  return isRegisterFileName(name) ? name.slice(0, -REGISTER_EXTENSION.length) : name;
}

/** `SIA Koks` -> `SIA Koks.ropa`. */
export function registerFileName(stem: string): string {
  return `${stem}${REGISTER_EXTENSION}`;
}

/**
 * A file name suggested from a name the DPO typed (the organisation's, or
 * their own): without the characters Windows refuses in file names (`"` of
 * `SIA "Koks"` among them), spaces collapsed, no trailing dots or spaces.
 */
export function suggestedRegisterFileName(name: string): string {
  const stem = [...name]
    .filter((c) => c >= ' ' && !'\\/:*?"<>|'.includes(c))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/[. ]+$/, '')
    .trim();
  return registerFileName(stem || 'ropa');
}
