// `npm run web -- --db FILE|postgres://…?register=NAME [--port N] [--workspace DIR] [--lang lv|en]`
// Serves the renderer and the contract on 127.0.0.1 and prints the address
// to open (with its token) once ready.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AppContext } from '../services/app-context.ts';
import { nodeFileProbe } from '../services/open-probe.ts';
import { APP_VERSION } from '../app-version.ts';
import { recentFilesAt } from '../services/recent-files.ts';
import { describeError } from '../errors.ts';
import { startWebServer } from './server.ts';
import { isTeamAddress } from '../services/team-session.ts';
import { workspaceDialogs } from './workspace-dialogs.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    workspace: { type: 'string' },
    lang: { type: 'string' },
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
const dialogs = workspaceDialogs(workspace, (): string | undefined => app.session?.path);
const probeFile = nodeFileProbe();
const app: AppContext = new AppContext(
  {
    transport: 'web',
    version: APP_VERSION,
    dialogs,
    workspace: dialogs,
    recentFiles: recentFilesAt(null),
    now: () => new Date(),
    // A hostile file must not hang every later request: each open is probed in a child first.
    ...(probeFile ? { probeFile } : {}),
  },
  lang,
);
if (db) {
  try {
    await app.open(db);
  } catch (error) {
    process.stderr.write(`ropa web: ${describeError(error, lang)}\n`);
    process.exit(2);
  }
}
const web = await startWebServer(app, {
  rendererDir,
  port: values.port ? Number(values.port) : 0,
  onUnexpected: (channel, error) => process.stderr.write(`[ropa] ${channel}: ${String(error)}\n`),
});
process.stdout.write(`ROPA: ${web.url}\n`);
process.stdout.write(`workspace: ${workspace}\n`);
const stop = async () => {
  await web.close();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
