// `npm run web -- --db FILE|postgres://…?register=NAME [--port N] [--workspace DIR] [--lang lv|en] [--settings DIR]`
// Serves the renderer and the contract on 127.0.0.1 and prints the address
// to open (with its token) once ready.
// --settings (else ROPA_SETTINGS_DIR; `npm run web` sets a default, launch.ts)
// is where the registers last closed cleanly are kept (services/clean-close.ts):
// one opened again unchanged is not probed. Without either, every open is.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startEngine } from '../engine/engine-client.ts';
import { APP_VERSION } from '../app-version.ts';
import { startWebServer } from './server.ts';
import { isTeamAddress } from '../services/team-session.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    workspace: { type: 'string' },
    lang: { type: 'string' },
    settings: { type: 'string' },
  },
  strict: true,
});
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = join(projectRoot, 'dist', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write('ropa web: dist/renderer is missing; run `npm run build` first\n');
  process.exit(2);
}
// A file, or a team register's address (postgres://user@host/db?register=name; the password from PGPASSWORD or ~/.pgpass).
const team = values.db !== undefined && isTeamAddress(values.db);
const db = values.db ? (team ? values.db : resolve(values.db)) : undefined;
const workspace = resolve(values.workspace ?? (db && !team ? dirname(db) : process.cwd()));
const lang = values.lang === 'en' ? 'en' : 'lv';
const settings = values.settings ?? process.env.ROPA_SETTINGS_DIR;
const cleanClosesPath = settings ? join(resolve(settings), 'clean-closes.json') : null;
const onUnexpected = (channel: string, error: unknown) => process.stderr.write(`[ropa] ${channel}: ${String(error)}\n`);
// The register and the dispatcher run in the engine's worker thread (main/engine/); this thread only serves HTTP.
// A hostile file must not hang every later request: each open is probed in a child first (nodeProbe).
const engine = startEngine({
  config: { transport: 'web', version: APP_VERSION, language: lang, recentFilesPath: null, cleanClosesPath, workspace, nodeProbe: true, prewarmReport: true },
  onUnexpected,
  onCrash: (error) => onUnexpected('engine', error),
});
if (db) {
  const opened = await engine.open(db);
  if (!opened.ok) {
    process.stderr.write(`ropa web: ${opened.error.message}\n`);
    process.exit(2);
  }
}
const web = await startWebServer(engine, { rendererDir, port: values.port ? Number(values.port) : 0, onUnexpected });
const stop = async () => {
  await web.close();
  await engine.stop();
  process.exit(0);
};
// Before the address is printed: whoever reads it may stop us at once, and a
// signal that comes before its handler ends the process without closing the
// register (no clean close kept, services/clean-close.ts).
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
process.stdout.write(`ROPA: ${web.url}\n`);
process.stdout.write(`workspace: ${workspace}\n`);
