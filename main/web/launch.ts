/**
 * Browser mode's start from the bundle (`npm run web` runs dist/web/launch.mjs,
 * scripts/build.js): turns on Node's compile cache, then loads serve.mjs.
 * The cache keeps V8's compiled code of the bundle in the temporary folder
 * (NODE_COMPILE_CACHE names another), so every start after the first skips
 * compiling it. It has to be on before the bundle is loaded, hence this file
 * of its own. From the sources, run serve.ts itself.
 *
 * It also names browser mode's settings folder, where the registers last
 * closed cleanly are kept (services/clean-close.ts; the desktop app keeps
 * them in its userData folder): ROPA_SETTINGS_DIR, else
 * `$XDG_CONFIG_HOME/ropa-web` (`~/.config/ropa-web`). serve.ts run from the
 * sources keeps none unless told (`--settings`), so the tests' opens are
 * all probed.
 */
import { enableCompileCache } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

enableCompileCache();
process.env.ROPA_SETTINGS_DIR ??= join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'ropa-web');
// A name, not a literal: the bundler leaves the bundle beside this file to be loaded at run time.
const bundle = './serve.mjs';
await import(bundle);
