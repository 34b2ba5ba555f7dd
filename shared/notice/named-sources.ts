/**
 * Named sources in the privacy notice (issue 15, Art. 14(2)(f)): where the
 * register names a source ("Uzņēmumu reģistrs", "VID"), the notice says so in
 * plain words instead of only the type ("from other people or
 * organisations").
 */
import type { Activity, NamedSourceType } from '../domain/activity.ts';
import type { Language } from '../i18n/languages.ts';

type Phrase = Record<Language, string>;
const p = (lv: string, en: string): Phrase => ({ lv, en });

/** Each type of named source, as the notice says it. */
export const namedSourceWords: Record<NamedSourceType, Phrase> = {
  data_subject: p('no jums pašiem', 'from you'),
  other_controller: p('no cita pārziņa', 'from another controller'),
  public_register: p('no publiska reģistra', 'from a public register'),
  partner: p('no mūsu apstrādātāja vai sadarbības partnera', 'from our processor or partner'),
  publicly_available: p('no publiski pieejamiem avotiem', 'from publicly available sources'),
};

/** The named sources other than the data subject, with a name. */
export function namedElsewhere(activity: Pick<Activity, 'namedSources'>): Activity['namedSources'] {
  return activity.namedSources.filter((source) => source.sourceType !== 'data_subject' && source.name.trim() !== '');
}

/** "no publiska reģistra — Uzņēmumu reģistrs (Kontaktinformācija)": one phrase per named source. */
export function namedSourcePhrases(activity: Pick<Activity, 'namedSources'>, lang: Language, categoryName: (id: string) => string): string[] {
  return namedElsewhere(activity).map((source) => {
    const phrase = `${namedSourceWords[source.sourceType][lang]} — ${source.name.trim()}`;
    return source.dataCategoryId ? `${phrase} (${categoryName(source.dataCategoryId)})` : phrase;
  });
}
