/** Generators of bad and hostile input for the fuzz tests (fast-check). */
import fc from 'fast-check';

/** Text a register must keep exactly: SQL-looking, quotes, emoji with ZWJ, right-to-left, Latvian, long. */
export const HOSTILE_TEXTS: readonly string[] = [
  "Robert'); DROP TABLE activity;--",
  "' OR '1'='1",
  '"; DELETE FROM history; --',
  '1; UPDATE meta SET value = \'x\'',
  'SELECT * FROM sqlite_master',
  'pragma writable_schema = on',
  '%s %n %x {{t}} ${process.exit()} <%= 1 %>',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '"double" \'single\' `back` „lv“ «guillemets» ‘curly’',
  'back\\slash \\\\ \\u0000 \\n (escaped, not control characters)',
  'Ģirts Ķēniņš, Žūrmala — ūdens, čaumala, ļoti, ņemts, šķērsiela, ĀĒĪŪ',
  '👩‍👩‍👧‍👦 👨🏽‍💻 🏳️‍🌈 🇱🇻 ❤️‍🔥 🧑🏿‍🦯',
  'שלום עולם — עברית',
  'مرحبا بالعالم — العربية',
  'mixed: abc ‮RTL override‬ def ‏mark‎',
  'zero\u200bwidth\u2060joiner\ufeffbom-inside',
  'e\u0301 vs é, ﬁ ligature, Å vs Å',
  'tab\tand\nnew line\r\nwindows line',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 (astral plane)',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '0',
  '-0',
  '1e309',
];

/** A text of exactly `length` characters (code units), mixing scripts and emoji. */
export function longText(length: number): string {
  const unit = 'Ā 🇱🇻 שלום "x" \' ; -- ';
  let text = '';
  while (text.length < length) text += unit;
  text = text.slice(0, length);
  // Never end inside a surrogate pair, nor on whitespace (texts are trimmed when saved).
  if (/[\uD800-\uDBFF]$/.test(text)) text = `${text.slice(0, -1)}x`;
  return text.replace(/\s$/, 'y');
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'];

/** Strings no form would send: huge, control characters, lone surrogates, bidi overrides, SQL. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\uFFFE', '\u202E', '\u0007', 'ā', '🇱🇻', "'", '"', '\\') }),
  fc.constantFrom(...HOSTILE_TEXTS, ...POLLUTION_KEYS),
  fc.constantFrom(0, 1, 501, 20_001, 70_000).map((length) => longText(length)),
  fc.constantFrom(1_000_000).map((length) => 'ž'.repeat(length)),
);

/** A value nested `depth` levels deep, as arrays or objects. */
function deep(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Anything at all: wrong types, NaN/Infinity, prototype-pollution keys, deep nesting, exotic objects. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.anything({
    key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS, 'id', 'name', 'revision', 'organisationId', 'catalogue', 'entry', 'request')),
    values: [junkString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)],
    maxDepth: 4,
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
  }) },
  { weight: 2, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, -1, 0.5) },
  { weight: 1, arbitrary: fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
    deep(800, true),
    deep(800, false),
    Object.create({ id: 'inherited', name: 'inherited' }) as unknown,
    [],
    '',
  ) },
  { weight: 2, arbitrary: junkString },
);
