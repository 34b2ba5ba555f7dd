// Builds what Electron and browser mode load:
//   dist/renderer/          the React renderer (vite)
//   dist/electron/main.mjs  the Electron main process (esbuild; node_modules stay external)
//   dist/electron/preload.cjs  the sandboxed preload (esbuild; CommonJS, self-contained)
// `--renderer` builds only the renderer (browser mode needs nothing else).
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A worker or child process of main, bundled beside main.mjs, where the code that starts it looks for it. */
function bundleChild(entry, outfile) {
  return esbuild({
    entryPoints: [`${root}${entry}`],
    outfile: `${root}dist/electron/${outfile}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
}
const rendererOnly = process.argv.includes('--renderer');

await viteBuild({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });

if (!rendererOnly) {
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
  // The register engine's worker thread: the register and the dispatcher (main/engine/engine-client.ts finds it beside main.mjs).
  await bundleChild('main/engine/engine-worker.ts', 'engine-worker.mjs');
  // The PDF report's worker thread (main/pdf/report-worker.ts finds it beside main.mjs).
  await bundleChild('main/pdf/render-worker.ts', 'render-worker.mjs');
  // The Excel import's worker thread (main/xlsx/read-off-thread.ts finds it beside main.mjs).
  await bundleChild('main/xlsx/read-worker.ts', 'xlsx-read-worker.mjs');
  // The open's probe, run in Electron's utility process (main/electron/file-probe.ts finds it beside main.mjs).
  await bundleChild('main/services/probe-runner.ts', 'probe-runner.mjs');
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
console.log(rendererOnly ? 'built dist/renderer' : 'built dist/renderer and dist/electron');
