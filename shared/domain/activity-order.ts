/**
 * The order of the activities list, for the list's first screenful: main
 * answers it (`activities:firstRows`) before the whole list reaches the
 * window, so it must order rows exactly as the list's table does: the
 * column's text in the language's collation (`collator`, the same function
 * the table's sorting uses), descending by negating it, ties in the order
 * of `activities:list`.
 */
import { collator } from '../format.ts';
import type { Language } from '../i18n/languages.ts';

/** The list's columns the first screenful can be sorted by. */
export const FIRST_ROWS_SORT_KEYS = ['number', 'name'] as const;
export type FirstRowsSortKey = (typeof FIRST_ROWS_SORT_KEYS)[number];

/**
 * The first `count` of `rows` in the table's order by `text`: the same rows,
 * in the same order, as sorting all of them stably and taking the first
 * `count`, in one pass (a sorted buffer of `count` rows; most rows cost one
 * comparison with its last, whether the buffer is full or not).
 */
export function firstInOrder<T>(rows: readonly T[], text: (row: T) => string, desc: boolean, language: Language, count: number): T[] {
  const compareText = collator(language).compare;
  const texts = rows.map(text);
  // Rows by index; ties go to the earlier row, as in a stable sort.
  const before = (a: number, b: number) => {
    const result = compareText(texts[a] as string, texts[b] as string);
    return (desc ? -result : result) < 0 || (result === 0 && a < b);
  };
  const best: number[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    // Rows mostly come already in order (by number): one comparison with the
    // buffer's last row places them at its end, or past it.
    const last = best[best.length - 1];
    if (last !== undefined && !before(index, last)) {
      if (best.length < count) best.push(index);
      continue;
    }
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(best[middle] as number, index)) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, index);
    if (best.length > count) best.pop();
  }
  return best.map((index) => rows[index] as T);
}
