import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, NON_ESSENTIAL_PURPOSE_PATTERNS, OWN_PURPOSE_PATTERNS, PLATFORM_PATTERNS, TRACKER_PATTERNS } from '../../shared/rules/inspector-online.ts';

/** What the checks asked before: each pattern tested on its own. */
const oneByOne = (patterns: readonly RegExp[]) => (text: string) => patterns.some((pattern) => pattern.test(text));

const LISTS = { TRACKER_PATTERNS, NON_ESSENTIAL_PURPOSE_PATTERNS, PLATFORM_PATTERNS, OWN_PURPOSE_PATTERNS };

// Words the patterns look for, in both cases and cut short, so that the generated texts hit and miss them.
const pieces = ['Meta', 'meta', 'SDK', 'sdk', 'Sīkdatnes', 'cookie', 'Cookies', 'pixel', 'pikselis', 'Facebook', 'X Corp', 'x corp', 'sociālo tīklu spraudņi', 'social plugin', 'Google Ads', 'reklāmas', 'ads', 'analytics', 'local storage', 'localstorage', 'tag manager', 'audience', 'metadati', 'SDKs', 'fan page', 'mērķauditorija'];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.constantFrom(' ', '\n', '-', '.')), { maxLength: 12 }).map((parts) => parts.join(''));

describe('anyOf: the online rules’ patterns joined into one expression per set of flags', () => {
  for (const [name, patterns] of Object.entries(LISTS)) {
    it(`answers as each of ${name} tested one by one`, () => {
      const joined = anyOf(patterns);
      const each = oneByOne(patterns);
      fc.assert(fc.property(text, (sample) => joined(sample) === each(sample)), { numRuns: 2000 });
    });
  }

  it('keeps each pattern’s own flags: “SDK” and “Meta” are case-sensitive, the others are not', () => {
    const tracker = anyOf(TRACKER_PATTERNS);
    expect(tracker('Mobilās lietotnes SDK analītikai')).toBe(true);
    expect(tracker('mobilās lietotnes sdk')).toBe(false);
    expect(tracker('SĪKDATNES')).toBe(true);
    const platform = anyOf(PLATFORM_PATTERNS);
    expect(platform('Meta Platforms Ireland')).toBe(true);
    expect(platform('metadati')).toBe(false);
    expect(platform('meta')).toBe(false);
    expect(platform('FACEBOOK')).toBe(true);
  });

  it('refuses a pattern that keeps state between tests', () => {
    expect(() => anyOf([/cookie/gi])).toThrow(/keeps state/);
  });
});
