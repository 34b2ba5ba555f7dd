/** The text of one long field, for the PDF probe (pdf-probe.ts) and the tests of long fields. */

/** `length` characters of Latvian sentences (words of every length, none wider than a column), or one word of them. */
export function longFieldText(length: number, oneWord = false): string {
  const sentence = oneWord ? 'PārzinisApstrādāDarbiniekuPersonasDatus' : 'Pārzinis apstrādā darbinieku personas datus, lai aprēķinātu darba samaksu un nodokļus saskaņā ar likumu. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length).trimEnd();
}
