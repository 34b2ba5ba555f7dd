/**
 * Builds the renderer once before the browser tests (only when some are
 * queued): they serve dist/renderer exactly as `npm run web` does.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const build = spawnSync(process.execPath, ['scripts/build.js', '--renderer'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`renderer build failed:\n${build.stdout}\n${build.stderr}`);
}
