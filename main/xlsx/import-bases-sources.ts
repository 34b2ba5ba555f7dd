/**
 * Reading back what the workbook writes for issue 15's last two model points
 * (main/xlsx/register-sheets.ts, shared/bases-sources-text.ts), when a
 * workbook is read by its columns (edited after export, or typed by hand):
 * - the legal basis column's "Visai darbībai: …" / "For the whole activity:
 *   …" line is the activity's own basis; a purpose's line marked "(mantots no
 *   darbības)" / "(inherited from the activity)" means the purpose has none
 *   of its own, so it is left out;
 * - a source column item "Publisks reģistrs: Uzņēmumu reģistrs" (a named
 *   source type's label, a colon, a name, and a held data category in
 *   parentheses when the source gives only that) is a named source.
 */
import { NAMED_SOURCE_TYPES, type NamedSource } from '../../shared/domain/activity.ts';
import { translator } from '../../shared/i18n/index.ts';

const bothLanguages = (key: string): string[] => (['lv', 'en'] as const).map((lang) => translator(lang)(key));

/** The activity's own bases text (empty when none), and the purposes' lines that state their own bases. */
export function splitBasesColumn(text: string): { activity: string; purposes: string } {
  const prefixes = bothLanguages('basesSources:forActivity').map((label) => `${label}:`);
  const marks = bothLanguages('basesSources:inherited').map((label) => `(${label})`);
  let activity = '';
  const purposes: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const prefix = prefixes.find((label) => trimmed.toLowerCase().startsWith(label.toLowerCase()));
    if (prefix) activity = trimmed.slice(prefix.length).trim();
    else if (!marks.some((mark) => trimmed.includes(mark))) purposes.push(line);
  }
  return { activity, purposes: purposes.join('\n') };
}

/** The named source an item of the source column states, or null when it states none. */
export function namedSourceOf(item: string, heldCategory: (name: string) => string | null): NamedSource | null {
  const lower = item.toLowerCase();
  for (const sourceType of NAMED_SOURCE_TYPES) {
    const label = bothLanguages(`basesSources:enums.namedSourceType.${sourceType}`).find((text) => lower.startsWith(`${text.toLowerCase()}:`));
    if (label === undefined) continue;
    let name = item.slice(label.length + 1).trim();
    let dataCategoryId: string | null = null;
    const category = /^(.*\S)\s+\(([^()]+)\)$/.exec(name);
    const id = category ? heldCategory(category[2] as string) : null;
    if (category && id) {
      name = category[1] as string;
      dataCategoryId = id;
    }
    return { sourceType, name: name === '—' ? '' : name, dataCategoryId };
  }
  return null;
}
