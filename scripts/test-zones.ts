// `npm run test:zones`: the tests again, far from UTC on both sides, so a
// date computed in the wrong time zone fails on any day, not only in the
// hours when the zones disagree about the date.
//
// - the unit project under Pacific/Kiritimati (UTC+14): whenever the tests
//   run, its calendar day is a day ahead of UTC's for 14 hours of every 24;
// - the browser tests that compare dates between the window and main under
//   Pacific/Pago_Pago (UTC-11).
//
// CI (.ci/run) runs this after `npm test`, which runs everything in the
// machine's own zone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

const RUNS: ReadonlyArray<{ zone: string; args: string[] }> = [
  { zone: 'Pacific/Kiritimati', args: ['--project', 'unit'] },
  { zone: 'Pacific/Pago_Pago', args: ['test/e2e/compliance.test.ts', 'test/e2e/files-safety.test.ts', 'test/e2e/editor-behaviour.test.ts'] },
];

for (const { zone, args } of RUNS) {
  process.stdout.write(`\nropa: vitest ${args.join(' ')} with TZ=${zone}\n`);
  const run = spawnSync(process.execPath, [vitest, 'run', ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
