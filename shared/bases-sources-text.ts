/**
 * How the exports (PDF and workbook) word issue 15's last two model points,
 * written once: a purpose's effective legal bases, marked "mantots no
 * darbības" / "inherited from the activity" when they come from the activity,
 * and the named sources of the data ("Publisks reģistrs: Uzņēmumu reģistrs").
 */
import type { Activity, NamedSource, Purpose } from './domain/activity.ts';
import { effectiveBases } from './domain/legal-basis-inheritance.ts';
import type { Translate } from './i18n/index.ts';

/** A purpose's effective bases by name; each marked as inherited when it comes from the activity. */
export function purposeBaseNames(activity: Pick<Activity, 'legalBasisIds'>, purpose: Pick<Purpose, 'legalBasisIds'>, name: (id: string) => string, t: Translate): string[] {
  const { ids, inherited } = effectiveBases(activity, purpose);
  return ids.map((id) => (inherited ? `${name(id)} (${t('basesSources:inherited')})` : name(id)));
}

/** The activity's own bases as one line, "Visai darbībai: …"; empty when it states none. */
export function activityBasesLine(activity: Pick<Activity, 'legalBasisIds'>, name: (id: string) => string, t: Translate): string {
  return activity.legalBasisIds.length === 0 ? '' : `${t('basesSources:forActivity')}: ${activity.legalBasisIds.map(name).join('; ')}`;
}

/** One line per named source: its type, its name and, when it gives one data category only, that category. */
export function namedSourceLines(sources: readonly NamedSource[], categoryName: (id: string) => string, t: Translate): string[] {
  return sources.map((source) => {
    const head = `${t(`basesSources:enums.namedSourceType.${source.sourceType}`)}: ${source.name.trim() || '—'}`;
    return source.dataCategoryId ? `${head} (${categoryName(source.dataCategoryId)})` : head;
  });
}
