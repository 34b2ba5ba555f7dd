// `npm start` starts here: finds Electron's runtime, builds, and opens the app.
//
// The `electron` npm package holds no runtime: it downloads one (about 100 MB,
// from GitHub) the first time it runs. Offline, behind a proxy, or where
// GitHub is blocked that download fails with a stack trace from deep inside
// @electron/get, which tells a newcomer nothing. So the runtime is looked for
// first; when it is missing, one download is tried quietly, and if that
// fails too the script prints one paragraph (what happened, and the three
// ways on: browser mode, a mirror or proxy, a runtime unpacked by hand) and
// exits with code 1 before building anything.
//
// The ways are those of Electron's own installer (node_modules/electron/install.js
// and @electron/get's README): ELECTRON_MIRROR / ELECTRON_CUSTOM_DIR for a mirror,
// ELECTRON_GET_USE_PROXY with HTTPS_PROXY for a proxy, electron_config_cache for
// where downloads are kept, ELECTRON_OVERRIDE_DIST_PATH for a runtime unpacked
// from a zip (electron-vVERSION-linux-x64.zip from the releases page).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
const electronVersion = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;

/** The runtime's executable, where Electron's package will look for it (undefined when it cannot say). */
export function electronExecutable(dir: string, env: NodeJS.ProcessEnv): string {
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  return env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(dir, 'dist', relative);
}

/** The first line of what the failed download said (`fetch failed`, `getaddrinfo ENOTFOUND github.com`...). */
export function downloadReason(output: string): string {
  const line = output.split('\n').find((text) => /^\s*\w*Error\b|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|fetch failed|HTTPError/.test(text)) ?? output.split('\n').find((text) => text.trim() !== '') ?? '';
  return line.trim().replace(/^Error:\s*/, '').slice(0, 200);
}

/** The paragraph a newcomer reads when the runtime is missing, in the terminal's language. */
export function missingRuntimeAdvice(version: string, reason: string, language: 'lv' | 'en'): string {
  const platform = `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch}`;
  if (language === 'lv') {
    return [
      `ROPA netika atvērta: Electron ${version} izpildvide nav instalēta, un to neizdevās lejupielādēt (${reason || 'nav tīkla savienojuma'}).`,
      `Reģistru var lietot pārlūkā uzreiz: npm run web.`,
      `Lai atvērtu darbvirsmas lietotni, dodiet Electron spoguli (ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start) vai starpniekserveri (ELECTRON_GET_USE_PROXY=true HTTPS_PROXY=http://starpnieks:8080 npm start),`,
      `vai izpakojiet electron-v${version}-${platform}.zip no https://github.com/electron/electron/releases mapē un palaidiet ELECTRON_OVERRIDE_DIST_PATH=/ceļš/uz/mapi npm start`,
      `(lejupielādes glabājas mapē, ko nosaka electron_config_cache).`,
    ].join(' ');
  }
  return [
    `ROPA did not open: Electron ${version}'s runtime is not installed and could not be downloaded (${reason || 'no network connection'}).`,
    `You can use the register in a browser right away: npm run web.`,
    `To open the desktop app, give Electron a mirror (ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start) or a proxy (ELECTRON_GET_USE_PROXY=true HTTPS_PROXY=http://proxy:8080 npm start),`,
    `or unpack electron-v${version}-${platform}.zip from https://github.com/electron/electron/releases into a folder and run ELECTRON_OVERRIDE_DIST_PATH=/path/to/folder npm start`,
    `(downloads are kept in the folder electron_config_cache names).`,
  ].join(' ');
}

function terminalLanguage(env: NodeJS.ProcessEnv): 'lv' | 'en' {
  return /^lv/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'lv' : 'en';
}

function main(): void {
  if (!existsSync(electronExecutable(electronDir, process.env))) {
    // One quiet try, as `electron` itself would do, without its stack trace.
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 10 * 60_000 });
    if (install.status !== 0 || !existsSync(electronExecutable(electronDir, process.env))) {
      process.stderr.write(`\n${missingRuntimeAdvice(electronVersion, downloadReason(`${install.stderr ?? ''}\n${install.stdout ?? ''}`), terminalLanguage(process.env))}\n\n`);
      process.exit(1);
    }
  }
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn(process.execPath, [join(electronDir, 'cli.js'), root], { stdio: 'inherit' });
  app.on('close', (code) => process.exit(code ?? 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
