/**
 * Retention periods typed as text, read into the register's structure: a
 * number and a unit ("30 dienas", "3 months"), the same from an event
 * ("5 gadi pēc līguma beigām", "10 years after the end of the contract"), or
 * an honest "not stated" ("nav norādīts"). Used where text arrives (a
 * workbook's retention column, a JSON file's `periodText`, the migration of
 * older registers); the original text is always kept beside the result.
 *
 * Pure and conservative: a text it cannot read whole gives null, and the
 * caller keeps it as a criterion or as "not parsed" for the DPO to structure.
 * Latvian case forms (gads, gadi, gadus, gadiem, gada; mēnesis, mēneši,
 * mēnešus...), the legal habit of writing the number twice ("5 (pieci)
 * gadi"), number words up to twelve in both languages, weeks (as days) and
 * "up to" / "līdz" before the period are understood.
 */
type PeriodUnit = 'days' | 'months' | 'years';

export type ParsedRetention =
  | { kind: 'period'; value: number; unit: PeriodUnit; startEvent: string }
  | { kind: 'not_stated' };

/** Lower case, no diacritics (ā -> a), single spaces. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const NUMBER_WORDS: Record<string, number> = {
  viens: 1, viena: 1, vienu: 1, divi: 2, divas: 2, tris: 3, cetri: 4, cetras: 4, pieci: 5, piecas: 5, piecus: 5,
  sesi: 6, sesas: 6, septini: 7, septinas: 7, astoni: 8, astonas: 8, devini: 9, devinas: 9, desmit: 10,
  vienpadsmit: 11, divpadsmit: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Unit words (without diacritics) and how many of the register's unit one of them is. */
const UNIT_WORDS: Array<[RegExp, PeriodUnit, number]> = [
  [/^(gads|gadi|gadus|gadiem|gada|gadu|g|year|years|yr|yrs)$/, 'years', 1],
  [/^(menesis|menesi|menesus|menesiem|menesa|menesu|men|month|months|mo)$/, 'months', 1],
  [/^(nedela|nedelas|nedelu|nedelam|week|weeks|wk)$/, 'days', 7],
  [/^(diena|dienas|dienam|dienu|d|day|days)$/, 'days', 1],
];

const NOT_STATED = /^(nav noradit[sa]?|nav noteikt[sa]?|nav zinams|not stated|not specified|unknown|nezinams|-|—)$/;

/** Words before the number that only bound it ("līdz 5 gadiem", "up to 3 months"). */
const LEADING = new Set(['lidz', 'ne ilgak ka', 'ne vairak ka', 'maksimali', 'up to', 'no more than', 'not more than', 'for', 'max', 'maximum']);

/** The original without its bounding words: "līdz 5 gadiem" -> "5 gadiem". */
function withoutLeading(text: string): string {
  const words = text.split(/\s+/);
  for (let count = 3; count >= 1; count -= 1) {
    if (LEADING.has(plain(words.slice(0, count).join(' ')).replace(/[.:]$/, ''))) return words.slice(count).join(' ');
  }
  return text;
}

/**
 * Reads a retention text. Returns null when the text is neither a period
 * nor "not stated" (a criterion such as "līdz piekrišanas atsaukšanai").
 */
export function parseRetentionText(text: string): ParsedRetention | null {
  const original = text.trim();
  if (NOT_STATED.test(plain(original).replace(/[.;,]+$/, ''))) return { kind: 'not_stated' };
  // The number: digits, a word, or both ("5 (pieci)"); then the unit; then, if anything, the event.
  const match = /^(\d{1,4}|\p{L}+)(?:\s*\(\p{L}+\))?\s*([\p{L}]+\.?)(?=$|[\s,;:.(])(.*)$/su.exec(withoutLeading(original));
  if (!match) return null;
  const number = plain(match[1] ?? '');
  const count = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number];
  const unit = UNIT_WORDS.find(([pattern]) => pattern.test(plain(match[2] ?? '').replace(/\.$/, '')));
  if (count === undefined || !unit) return null;
  const value = count * unit[2];
  if (value < 1 || value > 1000) return null;
  const startEvent = (match[3] ?? '').replace(/^[,;:.\s]+/, '').replace(/[.;,\s]+$/, '');
  return { kind: 'period', value, unit: unit[1], startEvent };
}

/**
 * Whether text that did not parse still reads like a period ("3-5 gadi",
 * "72 h"): a number or a unit word. Such text is "not parsed" for the DPO to
 * structure; other text ("līdz piekrišanas atsaukšanai") is a criterion.
 */
export function looksLikePeriod(text: string): boolean {
  return /\d/.test(text) || /\b(gad|menes|nedel|dien|year|month|week|day)/.test(plain(text));
}

/** What a retention rule's period fields become for a text: the structure read from it, or "not parsed" with the text kept. */
export function retentionFromText(text: string): {
  periodValue: number | null;
  periodUnit: PeriodUnit | null;
  startEvent: string;
  periodState: 'structured' | 'not_stated' | 'not_parsed';
  periodText: string;
} {
  const parsed = parseRetentionText(text);
  const periodText = text.trim();
  if (parsed?.kind === 'period') return { periodValue: parsed.value, periodUnit: parsed.unit, startEvent: parsed.startEvent, periodState: 'structured', periodText };
  return { periodValue: null, periodUnit: null, startEvent: '', periodState: parsed ? 'not_stated' : 'not_parsed', periodText };
}

/**
 * What a reader is told about a period besides its number or criterion: its
 * state when it is not structured, and the text it was read from. Lines,
 * for the PDF and the workbook.
 */
export function periodStateLines(
  rule: { periodState: 'structured' | 'not_stated' | 'not_parsed'; periodText: string },
  t: (key: string) => string,
): string[] {
  return [
    rule.periodState === 'structured' ? '' : t(`model:enums.periodState.${rule.periodState}`),
    rule.periodText ? `${t('model:retentionRule.periodText')}: ${rule.periodText}` : '',
  ].filter((line) => line.length > 0);
}

/**
 * A JSON register's rules with their text periods read (issue 15): a rule
 * that gives only `periodText` ("5 gadi pēc līguma beigām") and neither a
 * number nor a criterion gets the structure read from it, the text kept.
 * Other rules, and anything not shaped like a rule, are left as they are for
 * the schema to judge.
 */
export function withTextPeriodsRead(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { retentionRules?: unknown }).retentionRules)) return raw;
  const rules = (raw as { retentionRules: unknown[] }).retentionRules.map((rule) => {
    if (typeof rule !== 'object' || rule === null) return rule;
    const r = rule as Record<string, unknown>;
    const textOnly =
      typeof r.periodText === 'string' && r.periodText.trim() !== '' && (r.periodValue ?? null) === null && !r.criterion && (r.periodState ?? 'structured') === 'structured';
    if (!textOnly) return rule;
    const read = retentionFromText(r.periodText as string);
    return { ...r, ...read, startEvent: typeof r.startEvent === 'string' && r.startEvent ? r.startEvent : read.startEvent };
  });
  return { ...raw, retentionRules: rules };
}
