/**
 * Every value a reader of the register sees, derived from its JSON exchange
 * document without knowing the exports: each leaf string, number and date of
 * the organisations, processors, retention rules, activities, breaches and
 * requests, with ids turned into the names they point at, enumeration codes
 * into their labels and dates into dd.mm.gggg. Used to prove that the
 * workbook's visible sheets and the PDF each carry the whole register.
 *
 * Left out are the record bookkeeping (ids, revisions, timestamps) and yes/no
 * answers ("Jā" would be found anywhere, so testing it proves nothing).
 */
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { localName } from '../../shared/domain/catalogues.ts';
import { formatDate } from '../../shared/format.ts';
import { translator, type Language } from '../../shared/i18n/index.ts';

/** Record bookkeeping, not register content. */
const BOOKKEEPING = new Set(['id', 'revision', 'createdAt', 'updatedAt']);

/** Fields holding an enumeration code, and the `fields:enums` list that labels it. */
const ENUM_FIELDS: Record<string, string> = {
  kind: 'kind',
  status: 'status',
  sourceTypes: 'sourceType',
  art22Basis: 'art22Basis',
  dpiaCriteria: 'dpiaCriterion',
  dpiaStatus: 'dpiaStatus',
  role: 'processorRole',
  periodUnit: 'periodUnit',
  actionAtExpiry: 'expiryAction',
  roles: 'organisationRole',
  unit: 'periodUnit',
  retentionKind: 'retentionKind',
};

export interface ReaderValue {
  /** Where in the document: 'activities[3].purposes[0].description'. */
  path: string;
  text: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The values of `document` as a reader sees them in `lang`. */
export function readerValues(document: RegisterDocument, lang: Language): ReaderValue[] {
  const t = translator(lang);
  const names = new Map<string, string>();
  for (const entries of Object.values(document.catalogues)) {
    for (const entry of entries as Array<{ id: string; nameLv: string; nameEn: string }>) names.set(entry.id, localName(entry, lang));
  }
  for (const record of [...document.organisations, ...document.processors, ...document.retentionRules, ...document.activities]) names.set(record.id, record.name);
  const values: ReaderValue[] = [];
  const visit = (value: unknown, path: string, key: string): void => {
    if (value === null || value === undefined || typeof value === 'boolean') return;
    if (Array.isArray(value)) {
      value.forEach((item, position) => visit(item, `${path}[${position}]`, key));
      return;
    }
    if (typeof value === 'object') {
      for (const [field, inner] of Object.entries(value)) if (!BOOKKEEPING.has(field)) visit(inner, `${path}.${field}`, field);
      return;
    }
    if (typeof value === 'number') {
      values.push({ path, text: String(value) });
      return;
    }
    const text = String(value);
    if (text.trim() === '') return;
    if (ENUM_FIELDS[key]) values.push({ path, text: t(`fields:enums.${ENUM_FIELDS[key]}.${text}`) });
    else if (/Ids?$/.test(key)) values.push({ path, text: names.get(text) ?? text });
    else if (ISO_DATE.test(text)) values.push({ path, text: formatDate(text) });
    else values.push({ path, text });
  };
  visit(document.register.title, 'register.title', 'title');
  visit(document.register.adequacyListCheckedOn, 'register.adequacyListCheckedOn', 'adequacyListCheckedOn');
  for (const part of ['organisations', 'processors', 'retentionRules', 'activities', 'breaches', 'subjectRequests'] as const) visit(document[part], part, part);
  return values;
}

/** Text with all white space removed: a value wrapped over lines still matches. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The values not found in `haystack` (already squeezed). */
export function missingFrom(values: readonly ReaderValue[], haystack: string): ReaderValue[] {
  return values.filter((value) => !haystack.includes(squeezed(value.text)));
}
