/**
 * Named sources (issue 15, Art. 14(2)(f)): when data do not come from the
 * data subject, the controller must tell the data subjects "from which
 * source the personal data originate". A source type ("from a third party")
 * does not answer that; a name does ("Uzņēmumu reģistrs", "VID", a partner).
 *
 * Only controller records: Art. 14 is the controller's duty (a processor
 * acts on the controller's behalf, Art. 28(3)).
 */
import { fields } from '../i18n/resources/fields.ts';
import { basesSources } from '../i18n/resources/bases-sources.ts';
import type { Activity, NamedSourceType, SourceType } from '../domain/activity.ts';
import { filled } from './context.ts';
import { defineRule, type ScalarParam } from './types.ts';

/** Source types that mean the data come from someone other than the data subject. */
const ELSEWHERE: ReadonlySet<SourceType> = new Set(['third_party', 'public']);

const typeLabel = (type: SourceType): ScalarParam => ({ lv: fields.lv.enums.sourceType[type], en: fields.en.enums.sourceType[type] });
const namedTypeLabel = (type: NamedSourceType): ScalarParam => ({
  lv: basesSources.lv.enums.namedSourceType[type],
  en: basesSources.en.enums.namedSourceType[type],
});

/**
 * What in an activity says its data come from elsewhere without naming where:
 * a "third party" or "public" source type with no named source other than the
 * data subject, and every named source of another kind left without a name.
 * Empty when every such source is named.
 */
export function unnamedSources(activity: Pick<Activity, 'sourceTypes' | 'namedSources'>): ScalarParam[] {
  const others = activity.namedSources.filter((source) => source.sourceType !== 'data_subject');
  const nameless = others.filter((source) => !filled(source.name));
  const typed = others.some((source) => filled(source.name)) ? [] : activity.sourceTypes.filter((type) => ELSEWHERE.has(type));
  return [...typed.map(typeLabel), ...[...new Set(nameless.map((source) => source.sourceType))].map(namedTypeLabel)];
}

/** Data not from the data subject without a named source. Warning: the notice under Art. 14 cannot say where the data came from. */
export const sourceUnnamedRule = defineRule({ id: 'sources.unnamed', severity: 'warning', article: 'Art. 14(2)(f)', scope: 'activity' }, (context, rule) =>
  context.controllerRecords.flatMap((activity) => {
    const kinds = unnamedSources(activity);
    return kinds.length === 0 ? [] : [context.activityFinding(rule, activity, 'namedSources', { kinds })];
  }),
);

export const namedSourceRules = [sourceUnnamedRule] as const;
