/**
 * The register as an inspector reads it: ids turned into names in the
 * chosen language, enumerations into their GDPR labels, several values into
 * lines. Pure functions over a RegisterDocument; the sheets are built from
 * these.
 */
import type { Activity } from '../../shared/domain/activity.ts';
import { CATALOGUE_NAMES, localName, type CatalogueName, type Catalogues } from '../../shared/domain/catalogues.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import type { Processor } from '../../shared/domain/processor.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { RetentionRule } from '../../shared/domain/retention.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';

type Named = { id: string; nameLv: string; nameEn: string };

const MODEL_ENUMS = new Set(['periodState', 'organisationRole']);

export interface RegisterText {
  lang: Language;
  t: Translate;
  document: RegisterDocument;
  organisation(id: string): Organisation | undefined;
  processor(id: string | null): Processor | undefined;
  rule(id: string | null): RetentionRule | undefined;
  activity(id: string | null): Activity | undefined;
  /** A catalogue entry's name in the language; the id itself when the entry is unknown. */
  name(catalogue: CatalogueName, id: string | null): string;
  entry<N extends CatalogueName>(catalogue: N, id: string | null): Catalogues[N][number] | undefined;
  /** An enumerated value's label: `label('status', 'active')` -> 'Aktīva'. */
  label(enumeration: string, value: string | null): string;
  yesNo(value: boolean): string;
  /** Activities that use a processor / a retention rule, as 'PD-01 Name' lines. */
  activitiesUsingProcessor(id: string): Activity[];
  activitiesUsingRule(id: string): Activity[];
}

/** Non-empty parts joined by line breaks: several values in one cell. */
export function lines(parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join('\n');
}

/** Non-empty parts joined by `separator`. */
export function joined(parts: ReadonlyArray<string | null | undefined | false>, separator = ', '): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join(separator);
}

/**
 * The translator with its parameterless texts remembered: a register of
 * 1,000 activities asks for the same few labels tens of thousands of times,
 * and i18next resolves each call afresh.
 */
function rememberingTranslator(lang: Language): Translate {
  const t = translator(lang);
  const known = new Map<string, string>();
  return (key, params) => {
    if (params) return t(key, params);
    let text = known.get(key);
    if (text === undefined) {
      text = t(key);
      known.set(key, text);
    }
    return text;
  };
}

export function registerText(document: RegisterDocument, lang: Language): RegisterText {
  const t = rememberingTranslator(lang);
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const organisations = byId(document.organisations);
  const processors = byId(document.processors);
  const rules = byId(document.retentionRules);
  const activities = byId(document.activities);
  const catalogues = Object.fromEntries(CATALOGUE_NAMES.map((name) => [name, byId(document.catalogues[name] as Named[])])) as Record<
    CatalogueName,
    Map<string, Named>
  >;
  const usingProcessor = new Map<string, Activity[]>();
  const usingRule = new Map<string, Activity[]>();
  const add = (map: Map<string, Activity[]>, id: string, activity: Activity) => {
    const list = map.get(id) ?? [];
    if (!list.includes(activity)) list.push(activity);
    map.set(id, list);
  };
  for (const activity of document.activities) {
    for (const link of activity.processors) add(usingProcessor, link.processorId, activity);
    for (const transfer of activity.transfers) if (transfer.processorId) add(usingProcessor, transfer.processorId, activity);
    for (const row of activity.dataCategories) if (row.retentionRuleId) add(usingRule, row.retentionRuleId, activity);
  }
  return {
    lang,
    t,
    document,
    organisation: (id) => organisations.get(id),
    processor: (id) => (id ? processors.get(id) : undefined),
    rule: (id) => (id ? rules.get(id) : undefined),
    activity: (id) => (id ? activities.get(id) : undefined),
    name(catalogue, id) {
      if (!id) return '';
      const entry = catalogues[catalogue].get(id);
      return entry ? localName(entry, lang) : id;
    },
    entry: (catalogue, id) => (id ? (catalogues[catalogue].get(id) as never) : undefined),
    // Issue 15's enumerations live in the `model` namespace (shared/i18n/resources/model.ts).
    label: (enumeration, value) => (value === null ? '' : t(`${MODEL_ENUMS.has(enumeration) ? 'model' : 'fields'}:enums.${enumeration}.${value}`)),
    yesNo: (value) => t(`common:${value ? 'yes' : 'no'}`),
    activitiesUsingProcessor: (id) => usingProcessor.get(id) ?? [],
    activitiesUsingRule: (id) => usingRule.get(id) ?? [],
  };
}

/** 'PD-01 Algu aprēķins'. */
export function activityTitle(activity: { number: string; name: string }): string {
  return `${activity.number} ${activity.name}`.trim();
}

/** An organisation's name and contacts, one per line. */
export function organisationContact(text: RegisterText, organisation: Organisation | undefined): string {
  if (!organisation) return '';
  const { t } = text;
  return lines([
    organisation.name,
    organisation.regNo && `${t('fields:organisation.regNo')}: ${organisation.regNo}`,
    organisation.address,
    joined([organisation.email, organisation.phone, organisation.website]),
    organisation.contactPerson && `${t('fields:organisation.contactPerson')}: ${organisation.contactPerson}`,
  ]);
}

export function organisationDpo(organisation: Organisation | undefined): string {
  if (!organisation) return '';
  return lines([organisation.dpoName, joined([organisation.dpoEmail, organisation.dpoPhone])]);
}

export function organisationRepresentative(organisation: Organisation | undefined): string {
  if (!organisation) return '';
  return lines([organisation.representativeName, organisation.representativeContact]);
}

/** A retention rule in one line: '10 gadi no pārskata gada beigām; Grāmatvedības likums, 28. pants; Dzēst'. */
export function ruleSummary(text: RegisterText, rule: RetentionRule): string {
  const { t } = text;
  const period =
    rule.periodValue !== null && rule.periodUnit !== null
      ? `${rule.periodValue} ${text.label('periodUnit', rule.periodUnit)}`
      : rule.criterion || (rule.periodState === 'not_stated' ? text.label('periodState', 'not_stated') : '');
  return joined(
    [
      joined([period, rule.startEvent && t('xlsx:text.from').replace('{{event}}', rule.startEvent)], ' '),
      joined([rule.legalSource, rule.legalArticle]),
      text.label('expiryAction', rule.actionAtExpiry),
    ],
    '; ',
  );
}
