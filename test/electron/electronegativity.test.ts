import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../scripts/electronegativity.ts';

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
  }, 300_000);

  it('reads quoted CSV fields with commas and quotes', () => {
    const csv = 'issue, severity, confidence, filename, location, sample, description, url\nX_CHECK,"HIGH","FIRM","a.js","1:2","f(""a"", b)","Say, what",https://x\n';
    expect(parseReport(csv)).toEqual([
      { check: 'X_CHECK', severity: 'HIGH', confidence: 'FIRM', file: 'a.js', location: '1:2', sample: 'f("a", b)', description: 'Say, what' },
    ]);
    expect(() => parseReport('nonsense')).toThrow();
  });
});
