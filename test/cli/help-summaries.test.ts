/**
 * `ropa --help` lists each command with what it does, in the language asked
 * for: the summaries are i18n entries (shared/i18n/resources/cli-commands.ts),
 * not text written in main/, and none is left as a bare key.
 */
import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.ts';

describe('ropa --help', () => {
  it('says what every command does, in Latvian by default and in English when asked', () => {
    const lv = ropa(['--help']).stdout;
    const en = ropa(['--help'], { lang: 'en' }).stdout;
    expect(lv).toContain('izveido jaunu, tukšu reģistru (FILE nedrīkst pastāvēt)');
    expect(lv).toContain('izdrukā personas datu aizsardzības pārkāpumu reģistru (ar 72 stundu laiku)');
    expect(en).toContain('create a new empty register (FILE must not exist)');
    expect(en).toContain('print the personal data breach register (with the 72-hour clock)');
    for (const help of [lv, en]) {
      expect(help).not.toContain('cliCommands');
      const usages = help.split('\n').filter((line) => /^ {2}ropa /.test(line));
      expect(usages.length).toBeGreaterThanOrEqual(29);
      // Each usage line is followed by its summary: indented, not empty.
      for (const usage of usages) expect(help.split('\n')[help.split('\n').indexOf(usage) + 1]).toMatch(/^ {6}\S/);
    }
  });
});
