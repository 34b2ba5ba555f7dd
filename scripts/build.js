// Builds what Electron and browser mode load:
//   dist/renderer/          the React renderer (vite)
//   dist/electron/main.mjs  the Electron main process (esbuild; node_modules stay external)
//   dist/electron/preload.cjs  the sandboxed preload (esbuild; CommonJS, self-contained)
//   dist/web/launch.mjs     browser mode (`npm run web`), bundled for a quick start (buildWeb)
// `--renderer` builds only the renderer; `--web` the renderer and browser mode.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A worker or child process of main, bundled beside main.mjs (or, with
 * `dist/web` as `folder`, beside browser mode's serve.mjs), where the code
 * that starts it looks for it. `modules`: what stays in node_modules (all
 * packages by default).
 */
function bundleChild(entry, outfile, folder = 'dist/electron', modules = { packages: 'external' }) {
  return esbuild({
    entryPoints: [`${root}${entry}`],
    outfile: `${root}${folder}/${outfile}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    ...modules,
    logLevel: 'warning',
  });
}
const rendererOnly = process.argv.includes('--renderer');
const webOnly = process.argv.includes('--web');

/**
 * The worker and child entry points, bundled beside Electron's main.mjs and
 * beside browser mode's serve.mjs alike: the code that starts each one looks
 * for it beside itself. One list for both builds, so neither can miss one
 * (browser mode once lacked the engine worker).
 */
const CHILDREN = [
  // The register engine's worker thread: the register and the dispatcher (main/engine/engine-client.ts).
  ['main/engine/engine-worker.ts', 'engine-worker.mjs'],
  // The PDF report's worker thread (main/pdf/report-worker.ts).
  ['main/pdf/render-worker.ts', 'render-worker.mjs'],
  // The Excel import's worker thread (main/xlsx/read-off-thread.ts).
  ['main/xlsx/read-worker.ts', 'xlsx-read-worker.mjs'],
  // The open's probe: Electron's utility process (main/electron/file-probe.ts), browser mode's Node child (services/open-probe.ts).
  ['main/services/probe-runner.ts', 'probe-runner.mjs'],
];

/**
 * Browser mode from a bundle (`npm run web`, issue 19's cold start): run from
 * the sources, Node strips the types of some 400 modules and resolves each
 * import of kysely's, zod's and date-fns's hundreds of files through their
 * package.json files (about 1 s of CPU before the first request at 10,000
 * activities); the bundle, with those pure-JavaScript packages inside it,
 * loads in about 0.2 s. The packages with native code, fonts or files read
 * by path (better-sqlite3, exceljs, pdfmake, docx, pg…) stay in
 * node_modules. launch.mjs turns on Node's compile cache before it loads
 * serve.mjs. The workers and the open's probe runner are bundled beside it,
 * where the code that starts them looks (as beside Electron's main.mjs).
 */
async function buildWeb() {
  const { dependencies } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const inlined = new Set(['zod', 'kysely', 'date-fns', 'i18next']);
  const external = [...Object.keys(dependencies).filter((name) => !inlined.has(name)), 'fontkit', 'electron'];
  const web = (entry, outfile) => bundleChild(entry, outfile, 'dist/web', { external });
  await Promise.all([web('main/web/launch.ts', 'launch.mjs'), web('main/web/serve.ts', 'serve.mjs'), ...CHILDREN.map(([entry, outfile]) => web(entry, outfile))]);
}

await viteBuild({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });

if (!rendererOnly) await buildWeb();
if (!rendererOnly && !webOnly) {
  await esbuild({
    entryPoints: [`${root}main/electron/main.ts`],
    outfile: `${root}dist/electron/main.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const [entry, outfile] of CHILDREN) await bundleChild(entry, outfile);
  // The preload only needs the channel names; they are baked in at build time
  // so the sandboxed preload stays a few lines, without zod or the schemas.
  const { CHANNELS } = await import('../shared/contract/index.ts');
  await esbuild({
    entryPoints: [`${root}main/preload/preload.ts`],
    define: { __ROPA_CHANNELS__: JSON.stringify(CHANNELS) },
    outfile: `${root}dist/electron/preload.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
  });
}
console.log(rendererOnly ? 'built dist/renderer' : webOnly ? 'built dist/renderer and dist/web' : 'built dist/renderer, dist/web and dist/electron');
