/**
 * The app's version, read from package.json: the one place it is written.
 * The CLI (`ropa --version`), browser mode and the Electron shell all answer
 * this, so `app:info` and `ropa --version` cannot disagree with the package.
 * A JSON import, not a file read at run time: esbuild inlines it into the
 * Electron bundle (dist/electron/main.mjs), where package.json is elsewhere.
 */
import packageJson from '../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
