/**
 * What the report sections look up: every id of the register resolved to
 * the thing it names, in the report's language, and the register's lists in
 * the order a reader expects (Latvian collation for Latvian, numbers in
 * their numeric order: PD-2 before PD-10).
 */
import { periodStateLines } from '../../shared/retention-period.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { localName, type CatalogueName, type Catalogues } from '../../shared/domain/catalogues.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { formatDate, sortByText } from '../../shared/format.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';
import { DASH } from './layout.ts';

type CatalogueEntryOf<N extends CatalogueName> = Catalogues[N][number];

export interface ReportIndex {
  lang: Language;
  t: Translate;
  document: RegisterDocument;
  /** Organisations by name. */
  organisations: Organisation[];
  /** Activities by organisation (in `organisations` order), then by number. */
  activities: Activity[];
  /** Processors by name. */
  processors: Processor[];
  /** Retention rules by name. */
  retentionRules: RetentionRule[];
  organisation(id: string): Organisation | undefined;
  activity(id: string): Activity | undefined;
  processor(id: string): Processor | undefined;
  retentionRule(id: string): RetentionRule | undefined;
  entry<N extends CatalogueName>(catalogue: N, id: string): CatalogueEntryOf<N> | undefined;
  /** A catalogue entry's name in the report's language; the id itself if the entry is missing. */
  name(catalogue: CatalogueName, id: string | null): string;
  /** "PD-03 Personāla atlase". */
  activityLabel(activity: Activity): string;
  /** Activities that name the processor (as recipient or as a transfer's recipient), by number. */
  activitiesUsingProcessor(id: string): Activity[];
  /** Activities with a data category kept under the rule. */
  activitiesUsingRule(id: string): Activity[];
  /** dd.mm.gggg, or the dash. */
  date(iso: string | null): string;
  /** Yes / No. */
  yesNo(value: boolean): string;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Adds `activity` under each key once. */
function collect(map: Map<string, Activity[]>, key: string, activity: Activity): void {
  const list = map.get(key);
  if (!list) map.set(key, [activity]);
  else if (list[list.length - 1] !== activity) list.push(activity);
}

export function buildReportIndex(document: RegisterDocument, lang: Language): ReportIndex {
  const t = translator(lang);
  const organisations = sortByText(document.organisations, (o) => o.name, lang);
  const orgOrder = new Map(organisations.map((o, index) => [o.id, index]));
  const activitiesByOrg = new Map<string, Activity[]>();
  for (const activity of document.activities) collect(activitiesByOrg, activity.organisationId, activity);
  const activities = [...activitiesByOrg.entries()]
    .sort(([a], [b]) => (orgOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (orgOrder.get(b) ?? Number.MAX_SAFE_INTEGER))
    .flatMap(([, list]) => sortByText(list, (a) => `${a.number}\u0000${a.name}`, lang));

  const catalogueMaps = new Map<CatalogueName, Map<string, { id: string; nameLv: string; nameEn: string }>>();
  const catalogue = (name: CatalogueName) => {
    let map = catalogueMaps.get(name);
    if (!map) {
      map = byId<{ id: string; nameLv: string; nameEn: string }>(document.catalogues[name]);
      catalogueMaps.set(name, map);
    }
    return map;
  };
  const organisationMap = byId(document.organisations);
  const activityMap = byId(document.activities);
  const processorMap = byId(document.processors);
  const ruleMap = byId(document.retentionRules);

  const byProcessor = new Map<string, Activity[]>();
  const byRule = new Map<string, Activity[]>();
  for (const activity of activities) {
    for (const row of activity.processors) collect(byProcessor, row.processorId, activity);
    for (const transfer of activity.transfers) if (transfer.processorId) collect(byProcessor, transfer.processorId, activity);
    for (const row of activity.dataCategories) if (row.retentionRuleId) collect(byRule, row.retentionRuleId, activity);
  }

  return {
    lang,
    t,
    document,
    organisations,
    activities,
    processors: sortByText(document.processors, (p) => p.name, lang),
    retentionRules: sortByText(document.retentionRules, (r) => r.name, lang),
    organisation: (id) => organisationMap.get(id),
    activity: (id) => activityMap.get(id),
    processor: (id) => processorMap.get(id),
    retentionRule: (id) => ruleMap.get(id),
    entry: <N extends CatalogueName>(name: N, id: string) => catalogue(name).get(id) as CatalogueEntryOf<N> | undefined,
    name(name, id) {
      if (id === null) return DASH;
      const entry = catalogue(name).get(id);
      return entry ? localName(entry, lang) || id : id;
    },
    activityLabel: (activity) => `${activity.number} ${activity.name}`,
    activitiesUsingProcessor: (id) => byProcessor.get(id) ?? [],
    activitiesUsingRule: (id) => byRule.get(id) ?? [],
    date: (iso) => (iso ? formatDate(iso) : DASH),
    yesNo: (value) => t(value ? 'common:yes' : 'common:no'),
  };
}

/** "10 gadi", "1 mēnesis"; the criterion when no period is given; both when both are. */
export function retentionPeriod(rule: RetentionRule, t: Translate): string {
  const period = rule.periodValue !== null && rule.periodUnit !== null ? t(`report:period.${rule.periodUnit}`, { count: rule.periodValue }) : '';
  return [period, rule.criterion, ...periodStateLines(rule, t)].filter((part) => part.length > 0).join('\n') || DASH;
}

/** Activity numbers, comma-separated: "PD-01, PD-04". */
export function activityNumbers(activities: readonly Activity[]): string {
  return activities.length > 0 ? activities.map((a) => a.number).join(', ') : DASH;
}

/** "c) Pārzinim piemērojams juridisks pienākums (Grāmatvedības likums)": the Art. 6(1) point first. */
export function legalBasisName(index: ReportIndex, id: string): string {
  const basis = index.entry('legalBases', id);
  if (!basis) return id;
  const law = basis.lawReference ? ` (${basis.lawReference})` : '';
  return `${basis.gdprPoint}) ${index.name('legalBases', id)}${law}`;
}

/** "h) Profilaktiskā vai arodmedicīna...": the Art. 9(2) point first. */
export function art9ConditionName(index: ReportIndex, id: string): string {
  const condition = index.entry('art9Conditions', id);
  return condition ? `${condition.point}) ${index.name('art9Conditions', id)}` : id;
}
