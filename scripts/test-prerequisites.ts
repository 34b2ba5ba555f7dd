// `npm test` starts here: the programs the test suite drives besides Node.
//
// The browser tests drive Debian's Chromium, the PDF tests read the report
// with poppler (pdftotext, pdftoppm, pdffonts) as a reader would, the Excel
// tests open the workbook in LibreOffice Calc. None of them comes with
// `npm install`. On Debian or Ubuntu this installs what is missing with
// apt-get (through sudo when not root); anywhere else, or when that fails,
// it stops at once with one paragraph that names what to install, instead of
// a page of failed launches.
//
// ROPA_SKIP_PREREQUISITES=1 skips the check (for a run of tests that need none of them).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

interface Prerequisite {
  /** What the tests call it. */
  what: string;
  /** Found when this is true. */
  present: () => boolean;
  /** The Debian package that brings it. */
  debianPackage: string;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const PREREQUISITES: readonly Prerequisite[] = [
  { what: 'Chromium at /usr/bin/chromium (browser tests)', present: () => existsSync('/usr/bin/chromium'), debianPackage: 'chromium' },
  { what: 'pdftotext, pdftoppm and pdffonts (PDF tests)', present: () => ['pdftotext', 'pdftoppm', 'pdffonts'].every(onPath), debianPackage: 'poppler-utils' },
  { what: 'LibreOffice Calc as soffice (Excel tests)', present: () => onPath('soffice'), debianPackage: 'libreoffice-calc-nogui' },
  {
    what: 'PostgreSQL server binaries, initdb and pg_ctl (team register tests, test/helpers/postgres.ts)',
    present: () => ['17', '16', '15'].some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/pg_ctl`)) || Boolean(process.env.PG_BIN),
    debianPackage: 'postgresql',
  },
  { what: 'the DejaVu fonts (screenshots)', present: () => existsSync('/usr/share/fonts/truetype/dejavu'), debianPackage: 'fonts-dejavu-core' },
];

function isDebianLike(): boolean {
  if (process.platform !== 'linux' || !existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release) && onPath('apt-get');
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/** apt-get as root, or through sudo without a password prompt (there is no one to type it in CI). */
function aptGet(args: string[]): boolean {
  if (process.getuid?.() === 0) return run('apt-get', args);
  if (!onPath('sudo')) return false;
  return run('sudo', ['-n', 'apt-get', ...args]);
}

function explain(missing: readonly Prerequisite[], tried: boolean): string {
  const packages = missing.map((p) => p.debianPackage).join(' ');
  return [
    `ropa tests: the test suite drives programs that npm does not install, and ${missing.length === 1 ? 'one is' : 'these are'} missing: ${missing.map((p) => p.what).join('; ')}.`,
    tried ? 'Installing them with apt-get did not succeed (see above).' : `This is not a Debian or Ubuntu system with apt-get, so they were not installed automatically.`,
    `On Debian or Ubuntu: sudo apt-get update && sudo apt-get install --no-install-recommends ${packages}.`,
    'Elsewhere install Chromium (the tests launch /usr/bin/chromium), poppler (pdftotext, pdftoppm, pdffonts on PATH) and LibreOffice (soffice on PATH) and the PostgreSQL server (initdb and pg_ctl; set PG_BIN to their folder), then run npm test again.',
  ].join(' ');
}

function main(): number {
  if (process.env.ROPA_SKIP_PREREQUISITES === '1') return 0;
  let missing = PREREQUISITES.filter((p) => !p.present());
  if (missing.length === 0) return 0;
  let tried = false;
  if (isDebianLike()) {
    tried = true;
    process.stdout.write(`ropa tests: installing ${missing.map((p) => p.debianPackage).join(', ')} with apt-get\n`);
    if (aptGet(['update', '-qq'])) aptGet(['install', '-y', '-qq', '--no-install-recommends', ...missing.map((p) => p.debianPackage)]);
    missing = missing.filter((p) => !p.present());
    if (missing.length === 0) return 0;
  }
  process.stderr.write(`\n${explain(missing, tried)}\n\n`);
  return 1;
}

process.exitCode = main();
