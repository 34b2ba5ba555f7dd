import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/electronegativity.ts', import.meta.url));
const insecure = fileURLToPath(new URL('./fixtures/insecure-shell', import.meta.url));

function gate(args: string[] = []) {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('electronegativity gate (npm run test:shell)', () => {
  it('passes on the app’s shell: no high or medium finding outside the reviewed allowlist', () => {
    const run = gate();
    console.log(run.out.trim());
    expect(run.out).toContain('0 high/medium not allowed');
    expect(run.status, run.out).toBe(0);
  }, 300_000);

  it('fails on an insecure shell, naming the findings', () => {
    const run = gate(['--input', insecure]);
    expect(run.status, run.out).toBe(1);
    expect(run.out).toMatch(/FAIL\s+HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(run.out).toMatch(/FAIL\s+MEDIUM\s+SANDBOX_JS_CHECK/);
    // Every finding whole, each on its own line (the tool's own CSV writer races and could garble them).
    for (const check of ['HTTP_RESOURCES_JS_CHECK', 'AUXCLICK_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) {
      expect(run.out).toMatch(new RegExp(`^FAIL\\s+(HIGH|MEDIUM)\\s+${check} `, 'm'));
    }
    expect(run.out).toMatch(/electronegativity: \d+ finding\(s\) in test\/electron\/fixtures\/insecure-shell; [1-9]\d* high\/medium not allowed/);
  }, 300_000);
});
