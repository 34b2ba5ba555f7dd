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

/** The longest stem the app gives a file it names itself: well inside a file name's 255 bytes, with room for a suffix. */
const MAX_STEM_BYTES = 150;

/**
 * Any text (a register's title, a team register's name) as a file name's
 * stem: no character a file system refuses, no control characters, and at
 * most MAX_STEM_BYTES of UTF-8, cut between characters. Empty: `fallback`.
 */
export function fileStemOf(text: string, fallback = 'ropa'): string {
  let stem = '';
  let bytes = 0;
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  for (const character of text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim()) {
    bytes += Buffer.byteLength(character);
    if (bytes > MAX_STEM_BYTES) break;
    stem += character;
  }
  // Windows refuses a name that ends in a dot or a space.
  stem = stem.replace(/[. ]+$/, '');
  return stem || fallback;
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
