/**
 * Browser mode's start from the bundle (`npm run web` runs dist/web/launch.mjs,
 * scripts/build.js): turns on Node's compile cache, then loads serve.mjs.
 * The cache keeps V8's compiled code of the bundle in the temporary folder
 * (NODE_COMPILE_CACHE names another), so every start after the first skips
 * compiling it. It has to be on before the bundle is loaded, hence this file
 * of its own. From the sources, run serve.ts itself.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
// A name, not a literal: the bundler leaves the bundle beside this file to be loaded at run time.
const bundle = './serve.mjs';
await import(bundle);
