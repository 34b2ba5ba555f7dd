/**
 * A register diff in words, grouped by organisation and record, with the
 * editor's field labels and values as readers want them (names for linked
 * records, dd.mm.gggg dates): what the CLI prints, the report's "changes
 * since" appendix shows and the app lists.
 */
import type { RegisterDocument } from '../domain/register.ts';
import { collator } from '../format.ts';
import type { Language, Translate } from '../i18n/index.ts';
import type { RecordChange } from './diff-types.ts';
import { describeValue, type ValueWords } from './record-changes.ts';

export interface DescribedField {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface DescribedRecord {
  entityType: string;
  entityId: string;
  /** "Apstrādes darbība", "Apstrādātājs"... */
  kind: string;
  label: string;
  change: RecordChange['change'];
  /** "pievienots", "mainīts", "dzēsts". */
  changeText: string;
  fields: DescribedField[];
}

export interface DescribedGroup {
  organisationId: string | null;
  /** The organisation's name, or "Viss reģistrs" for records of the whole register. */
  title: string;
  records: DescribedRecord[];
}

/** The section of the `fields` namespace that labels a record type's fields. */
export function fieldsSection(type: string): string {
  return ['activity', 'processor', 'retentionRule', 'organisation'].includes(type) ? type : 'catalogue';
}

/** The first of `keys` that has a text, else `fallback`. */
function firstText(t: Translate, keys: readonly string[], fallback: string): string {
  for (const key of keys) {
    const text = t(key);
    if (text !== key && text !== key.slice(key.indexOf(':') + 1)) return text;
  }
  return fallback;
}

/** The label of a field of a record type, as the editor shows it. */
export function fieldLabel(t: Translate, type: string, field: string): string {
  return firstText(t, [`fields:${fieldsSection(type)}.${field}`, `screens:history.fields.${field}`], field);
}

/** Names of every record in the documents, by id (the later document wins), in `lang`. */
export function recordNames(documents: readonly RegisterDocument[], lang: Language): Map<string, string> {
  const names = new Map<string, string>();
  for (const document of documents) {
    for (const entries of Object.values(document.catalogues)) {
      for (const entry of entries as Array<{ id: string; nameLv: string; nameEn: string }>) names.set(entry.id, (lang === 'en' ? entry.nameEn || entry.nameLv : entry.nameLv || entry.nameEn) || entry.id);
    }
    for (const organisation of document.organisations) names.set(organisation.id, organisation.name);
    for (const processor of document.processors) names.set(processor.id, processor.name);
    for (const rule of document.retentionRules) names.set(rule.id, rule.name);
    for (const activity of document.activities) names.set(activity.id, `${activity.number} ${activity.name}`.trim());
  }
  return names;
}

/**
 * The changes in words, grouped by organisation (records of the whole
 * register first), bookkeeping fields (and records that differ only in
 * them) left out.
 */
export function describeDiff(changes: readonly RecordChange[], t: Translate, names: ReadonlyMap<string, string>): DescribedGroup[] {
  const groups = new Map<string, DescribedGroup>();
  for (const change of changes) {
    // A record whose only differences are the app's own bookkeeping (a restore gives it a new revision) did not change for a reader.
    if (change.change === 'changed' && change.fields.every((field) => field.bookkeeping)) continue;
    const key = change.organisationId ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { organisationId: change.organisationId, title: change.organisationId ? (names.get(change.organisationId) ?? change.organisationId) : t('versions:registerWide'), records: [] };
      groups.set(key, group);
    }
    const nestedLabel = (field: string) => firstText(t, [`screens:history.fields.${field}`, `fields:${fieldsSection(change.entityType)}.${field}`], field);
    const words: ValueWords = { yes: t('common:yes'), no: t('common:no'), none: t('common:none'), nameOf: (id) => names.get(id), labelOf: nestedLabel };
    group.records.push({
      entityType: change.entityType,
      entityId: change.entityId,
      kind: firstText(t, [`screens:history.types.${change.entityType}`], change.entityType),
      label: change.label,
      change: change.change,
      changeText: t(`versions:change.${change.change}`),
      fields: change.fields
        .filter((field) => !field.bookkeeping)
        .map((field) => ({
          field: field.field,
          label: fieldLabel(t, change.entityType, field.field),
          before: describeValue(field.before, words, field.field),
          after: describeValue(field.after, words, field.field),
        })),
    });
  }
  return [...groups.values()].sort((a, b) => (a.organisationId === null ? -1 : b.organisationId === null ? 1 : collator('lv').compare(a.title, b.title)));
}

/** The described diff as plain text lines (the CLI). */
export function diffLines(groups: readonly DescribedGroup[]): string[] {
  const lines: string[] = [];
  const sign = { added: '+', changed: '~', removed: '-' } as const;
  for (const group of groups) {
    lines.push('', `== ${group.title}`);
    for (const record of group.records) {
      lines.push(`${sign[record.change]} ${record.kind}: ${record.label} (${record.changeText})`);
      for (const field of record.fields) lines.push(`    ${field.label}: ${field.before.replace(/\n/g, '; ')} → ${field.after.replace(/\n/g, '; ')}`);
    }
  }
  return lines;
}
