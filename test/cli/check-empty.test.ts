/**
 * An empty register is never "compliant" (issue 14): `ropa check` on a
 * register with no organisation, or with one but no activity, says what to
 * do first and exits 1, instead of "No findings." and 0.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp.ts';
import { firstSteps } from '../../shared/rules/first-steps.ts';

describe('ropa check on an empty register', () => {
  it('with no organisation: lists both first steps, never "No findings", and exits 1', () => {
    const file = join(tempDir(), 'empty.ropa');
    expect(ropa(['init', file]).status).toBe(0);
    const result = ropa(['check', '--db', file], { lang: 'en' });
    expect(result.stdout).not.toContain('No findings.');
    expect(result.stdout).toContain('What to do first: The register is not complete yet, so compliance is not assessed.');
    expect(result.stdout).toContain('  1. Add the organisation (controller) whose register this is.');
    expect(result.stdout).toContain('  2. Add processing activities — fastest from the library.');
    expect(result.status).toBe(1);
  });

  it('with an organisation but no activity: only the activity step, in Latvian; --json names it', () => {
    const file = join(tempDir(), 'org-only.ropa');
    expect(ropa(['init', file, '--org', 'SIA "Koks"']).status).toBe(0);
    const result = ropa(['check', '--db', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Kas jādara vispirms');
    expect(result.stdout).toContain('  1. Pievienojiet apstrādes darbības — ātrāk no bibliotēkas.');
    expect(result.stdout).not.toContain('Pievienojiet organizāciju');
    const json = ropa(['check', '--db', file, '--json']);
    expect((JSON.parse(json.stdout) as { firstSteps: string[] }).firstSteps).toEqual(['activity']);
  });

  it('first steps are none once the register has an organisation and an activity', () => {
    expect(firstSteps({ organisations: [], activities: [] })).toEqual(['organisation', 'activity']);
    expect(firstSteps({ organisations: [{}], activities: [] })).toEqual(['activity']);
    expect(firstSteps({ organisations: [{}], activities: [{}] })).toEqual([]);
  });
});
