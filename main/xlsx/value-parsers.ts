/**
 * Reading the values of a DPO's spreadsheet cells: several values in a cell,
 * yes/no, dates, enumerations, and texts that name catalogue entries
 * ("līguma izpilde", "contract" and "6(1)(b)" all name lb-b).
 */
import { parseDisplayDate } from '../../shared/format.ts';
import { translator } from '../../shared/i18n/index.ts';
import { cellDateToIso, type ReadValue } from './cells.ts';
import { normalise } from './column-map.ts';

/** A cell as text: dates as dd.mm.gggg, numbers as written, booleans as yes/no words. */
export function valueText(value: ReadValue): string {
  if (value === null) return '';
  if (value instanceof Date) {
    const [year, month, day] = cellDateToIso(value).split('-');
    return `${day}.${month}.${year}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).replace(/\r\n?/g, '\n').trim();
}

/**
 * Several values in one cell: one per line or separated by semicolons;
 * bullets dropped. A line with notes after an em dash ('Name — notes; more
 * notes', as ROPA exports it) is one value whatever its semicolons.
 */
export function splitItems(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => (line.includes(' — ') ? [line] : line.split(';')))
    .map((item) => item.replace(/^\s*[•·▪◦‣\-–—*]\s+/, '').trim())
    .filter((item) => item.length > 0);
}

/** '2. Darba samaksa' -> { index: 2, text: 'Darba samaksa' }. */
export function numbered(item: string): { index: number | null; text: string } {
  const match = /^(\d{1,3})[.)]\s+(.*)$/s.exec(item);
  return match ? { index: Number(match[1]), text: (match[2] ?? '').trim() } : { index: null, text: item };
}

/** 'Name — notes' (ROPA's own export writes notes after an em dash). */
export function splitNotes(item: string): { main: string; notes: string } {
  const at = item.indexOf(' — ');
  return at < 0 ? { main: item.trim(), notes: '' } : { main: item.slice(0, at).trim(), notes: item.slice(at + 3).trim() };
}

const YES = new Set(['ja', 'yes', 'y', 'true', '1', 'x', 'ir', 'patiesi']);
const NO = new Set(['ne', 'no', 'n', 'false', '0', 'nav', 'n a', 'na', 'not applicable', 'neattiecas', 'none', '']);

/** Yes/no in either language (and TRUE/FALSE, 1/0, x); null when it is neither. "Yes — credit scoring": yes. */
export function parseYesNo(text: string): boolean | null {
  const first = normalise(splitItems(text)[0] ?? '');
  if (YES.has(first) || NO.has(first)) return YES.has(first);
  const word = first.split(' ')[0] ?? '';
  if (YES.has(word) && word.length > 1) return true;
  if ((word === 'no' || word === 'ne' || word === 'nav') && first.length > word.length) return false;
  return null;
}

/** A date cell, 'dd.mm.gggg' or ISO text, or an Excel serial number; null when it is none of them. */
export function parseDateValue(value: ReadValue): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : cellDateToIso(value);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 110_000) {
    return cellDateToIso(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  }
  if (typeof value === 'string') return parseDisplayDate(value.trim());
  return null;
}

/**
 * An enumerated value from its label in either language ('Aktīva',
 * 'Active'), its key ('active') or one of `extra` synonyms.
 */
export function parseEnum<T extends string>(text: string, enumeration: string, values: readonly T[], extra: Record<string, T> = {}): T | null {
  const wanted = normalise(text);
  if (!wanted) return null;
  for (const lang of ['lv', 'en'] as const) {
    const t = translator(lang);
    for (const value of values) if (normalise(t(`fields:enums.${enumeration}.${value}`)) === wanted || normalise(value) === wanted) return value;
  }
  for (const [synonym, value] of Object.entries(extra)) if (normalise(synonym) === wanted) return value;
  return null;
}

/** An entry that can be named: a catalogue entry, a processor, a retention rule. */
export interface NamedEntry {
  id: string;
  names: string[];
}

/**
 * Finds entries by name: exactly (normalised), or by the name without its
 * parenthesised explanation ("Identifikācijas dati" for "Identifikācijas
 * dati (vārds, uzvārds, …)") when that is unambiguous.
 */
export class NameIndex {
  private readonly exact = new Map<string, string>();
  private readonly short = new Map<string, string | null>();

  constructor(entries: readonly NamedEntry[] = []) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: NamedEntry): void {
    for (const name of entry.names) {
      const key = normalise(name);
      if (key && !this.exact.has(key)) this.exact.set(key, entry.id);
      const brief = normalise(name.replace(/\s*\([^)]*\)\s*$/, ''));
      if (brief && brief !== key) this.short.set(brief, this.short.has(brief) && this.short.get(brief) !== entry.id ? null : entry.id);
    }
  }

  find(text: string): string | null {
    const key = normalise(text);
    if (!key) return null;
    const found = this.exact.get(key) ?? this.short.get(key);
    if (found) return found;
    const brief = normalise(text.replace(/\s*\([^)]*\)\s*$/, ''));
    return (brief && (this.exact.get(brief) ?? this.short.get(brief))) || null;
  }

  /**
   * Several entries named in one item separated by commas ("Darbinieki,
   * klienti"), but only when every part names an entry: a single name may
   * itself hold commas.
   */
  findList(text: string): string[] | null {
    const parts = splitOutsideParentheses(text, ',');
    if (parts.length < 2) return null;
    const ids = parts.map((part) => this.find(part));
    return ids.every((id): id is string => id !== null) ? ids : null;
  }
}

function splitOutsideParentheses(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === separator && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter((part) => part.length > 0);
}

/** The Art. 6(1) point a text names: '6(1)(b)', '6. panta 1. punkta b) apakšpunkts', 'contract', 'līguma izpilde'. */
export function legalBasisPoint(text: string): { point: string; rest: string } | null {
  const reference = /(?:art(?:icle)?\.?\s*)?6\s*\(\s*1\s*\)\s*\(?\s*([a-f])\s*\)?|6\.\s*panta\s*1\.\s*punkta\s*([a-f])\)?(?:\s*apakšpunkts)?|6\.1\.?\s*([a-f])\b/i.exec(text);
  if (reference) {
    const point = (reference[1] ?? reference[2] ?? reference[3] ?? '').toLowerCase();
    return { point, rest: (text.slice(0, reference.index) + text.slice(reference.index + reference[0].length)).trim() };
  }
  const bare = /^\(?([a-f])\)\s*(.*)$/i.exec(text.trim());
  if (bare) return { point: (bare[1] ?? '').toLowerCase(), rest: (bare[2] ?? '').trim() };
  const words = normalise(text);
  const keywords: Array<[RegExp, string]> = [
    [/\b(consent|piekrisan)/, 'a'],
    [/\b(contract|ligum)/, 'b'],
    [/\b(legal obligation|legal requirement|juridisk\w* pienakum|likum\w* pienakum|statutory)/, 'c'],
    [/\b(vital interest|vitala?s? interes)/, 'd'],
    [/\b(public (interest|task)|official authority|sabiedrib\w* interes|oficial\w* pilnvar)/, 'e'],
    [/\b(legitimate interest|legitim\w* interes)/, 'f'],
  ];
  const matches = keywords.filter(([pattern]) => pattern.test(words));
  return matches.length === 1 ? { point: matches[0]![1], rest: '' } : null;
}

/** The Art. 9(2) point a text names: '9(2)(b)', '9. panta 2. punkta b)'. */
export function art9Point(text: string): { point: string; rest: string } | null {
  const reference = /(?:art(?:icle)?\.?\s*)?9\s*\(\s*2\s*\)\s*\(?\s*([a-j])\s*\)?|9\.\s*panta\s*2\.\s*punkta\s*([a-j])\)?(?:\s*apakšpunkts)?/i.exec(text);
  if (!reference) return null;
  return { point: (reference[1] ?? reference[2] ?? '').toLowerCase(), rest: (text.slice(0, reference.index) + text.slice(reference.index + reference[0].length)).trim() };
}

/** Names countries go by besides the catalogue's Latvian and English names. */
export const COUNTRY_SYNONYMS: Record<string, string> = {
  asv: 'US',
  usa: 'US',
  'united states of america': 'US',
  'amerikas savienotas valstis': 'US',
  uk: 'GB',
  'great britain': 'GB',
  lielbritanija: 'GB',
  'apvienota karaliste': 'GB',
  england: 'GB',
  anglija: 'GB',
  sveice: 'CH',
  krievija: 'RU',
  russia: 'RU',
};

/** The transfer mechanism a free text names, when it does so unambiguously. */
export function mechanismFromText(text: string): string | null {
  const words = normalise(text);
  if (/\bdpf\b|privacy framework|privatuma regulejum/.test(words)) return 'tm-dpf';
  const module = /\b(?:module|modulis|modul[ia])\s*([1-4])\b|\b([1-4])\s*modul/.exec(words);
  if (/\bscc\b|standard contractual|standarta (datu aizsardzibas |ligum\w* )?klauzul|standard data protection clauses/.test(words)) {
    const number = module?.[1] ?? module?.[2];
    return number ? (['tm-scc-c2c', 'tm-scc-c2p', 'tm-scc-p2p', 'tm-scc-p2c'][Number(number) - 1] ?? null) : null;
  }
  if (/\bbcr\b|binding corporate|saistos\w* uznemum/.test(words)) return 'tm-bcr';
  if (/adequacy|pietiekam/.test(words)) return 'tm-adequacy';
  if (/code of conduct|ricibas kodeks/.test(words)) return 'tm-code';
  return null;
}
/**
 * An approximate count as DPOs type it: "25 000", "25,000", "~25000",
 * "ap. 25 000", "about 25000". Null for an empty cell, undefined for text
 * that is not a whole number.
 */
export function parseCount(text: string): number | null | undefined {
  const bare = text
    .replace(/^(~|≈|ap\.|apm\.|aptuveni|approx\.?|about|circa|ca\.)\s*/i, '')
    .replace(/[\s\u00a0\u202f,']/g, '');
  if (bare === '') return text.trim() === '' ? null : undefined;
  return /^\d{1,11}$/.test(bare) ? Number(bare) : undefined;
}
