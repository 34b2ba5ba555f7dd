/**
 * Text matching as a DPO types it: case, Latvian diacritics and extra spaces
 * do not matter ("sikdatnes" finds "Sīkdatnes"), and every word of the query
 * must appear somewhere in the text, in any order.
 */

/** Lower case, without diacritics (ā -> a, š -> s, ķ -> k...), spaces collapsed. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised words of a query; none for an empty query. */
export function queryTerms(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised ? normalised.split(' ') : [];
}

/** True when every term occurs in the (already normalised) text. */
export function matchesTerms(normalisedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalisedText.includes(term));
}
