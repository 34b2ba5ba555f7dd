/**
 * `npm test` on a machine without the programs the suite drives: one
 * paragraph that names them and what to install, exit 1, before any test
 * runs (not a page of failed launches).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/test-prerequisites.ts', import.meta.url));

function prerequisites(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env });
}

describe('the test prerequisites', () => {
  it('pass quietly where everything is installed (this machine runs the suite)', () => {
    const run = prerequisites(process.env);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('stop at once with one paragraph naming what is missing and how to install it, where they cannot install it', () => {
    // An empty PATH: no poppler, no soffice, no apt-get (so no automatic install).
    const run = prerequisites({ PATH: tempDir(), HOME: tempDir() });
    expect(run.status).toBe(1);
    const paragraph = run.stderr.trim();
    expect(paragraph.split('\n')).toHaveLength(1);
    expect(paragraph).toContain('pdftotext, pdftoppm and pdffonts');
    expect(paragraph).toContain('LibreOffice Calc as soffice');
    expect(paragraph).toContain('sudo apt-get install --no-install-recommends poppler-utils libreoffice-calc-nogui');
    expect(run.stdout).toBe('');
  });

  it('can be skipped for a run that needs none of them', () => {
    const run = prerequisites({ PATH: tempDir(), ROPA_SKIP_PREREQUISITES: '1' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
