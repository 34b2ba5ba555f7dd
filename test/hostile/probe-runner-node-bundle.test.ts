/**
 * Browser mode started from its bundle (`npm run web`: dist/web/serve.mjs,
 * scripts/build.js) cannot fork our sources for the open's probe, so it
 * forks the bundled probe-runner.mjs beside it as a Node child
 * (`nodeChildRunning`, file-deadline.ts). Here the runner is bundled the way
 * the build bundles it for browser mode (zod, kysely, date-fns and i18next
 * inside) and driven through that seam: it answers the probe of the app's
 * own register, refuses every file of the hostile corpus with its code, is killed past its
 * deadline, and leaves the files as they were.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../main/errors.ts';
import { nodeChildRunning } from '../../main/services/file-deadline.ts';
import { probeUnderDeadline } from '../../main/services/open-probe.ts';
import { hostileRegisters } from '../helpers/hostile-registers.ts';
import { demoRegisterFile } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the project, so the bundle finds node_modules as dist/web's does.
const outDir = join(root, 'dist', `test-web-probe-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the probe of browser mode started from its bundle', () => {
  it('answers from the bundled runner in a Node child, refuses every hostile file of the corpus, and is killed past its deadline', async () => {
    const runner = join(outDir, 'probe-runner.mjs');
    const external = ['better-sqlite3', 'exceljs', 'pdfmake', 'docx', 'pg', 'pg-cursor', 'fontkit', 'electron', '@fontsource/*'];
    await build({ entryPoints: [join(root, 'main/services/probe-runner.ts')], outfile: runner, bundle: true, platform: 'node', format: 'esm', target: 'node22', external, logLevel: 'warning' });
    const start = nodeChildRunning(runner);
    const path = await demoRegisterFile(join(tempDir(), 'demo.ropa'));
    expect(await probeUnderDeadline(path, start, 60_000)).toMatchObject({ activities: 18 });

    // Every file of the hostile corpus is refused with its own code, and left as it was.
    const corpus = await hostileRegisters(tempDir());
    for (const file of corpus) {
      const before = fileHash(file.path);
      const refused = await probeUnderDeadline(file.path, start, 60_000).catch((error: unknown) => error);
      expect([file.name, refused instanceof AppError ? refused.code : String(refused)]).toEqual([file.name, file.code]);
      expect(fileHash(file.path), file.name).toBe(before);
    }

    const late = await probeUnderDeadline(path, start, 5).catch((error: unknown) => error);
    expect((late as AppError).code).toBe('TOO_LONG_ON_FILE');
  }, 120_000);
});
