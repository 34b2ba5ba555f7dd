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

/** Fields holding an enumeration code, and the list that labels it (`fields:enums.<name>`, or a whole key prefix). */
const ENUM_FIELDS: Record<string, string> = {
  kind: 'fields:enums.kind',
  status: 'fields:enums.status',
  sourceTypes: 'fields:enums.sourceType',
  art22Basis: 'fields:enums.art22Basis',
  dpiaCriteria: 'fields:enums.dpiaCriterion',
  dpiaStatus: 'fields:enums.dpiaStatus',
  role: 'fields:enums.processorRole',
  periodUnit: 'fields:enums.periodUnit',
  actionAtExpiry: 'fields:enums.expiryAction',
  periodState: 'model:enums.periodState',
  roles: 'model:enums.organisationRole',
  sourceType: 'basesSources:enums.namedSourceType',
};

/** Codes that say nothing to a reader and are not printed: a structured period is shown as its number or criterion. */
const SILENT_CODES = new Set(['periodState:structured']);

/** Yes/no answers that are printed as words of their own when yes ("Saņēmēju nav"). */
const TRUE_TEXT: Record<string, string> = {
  recipientsNone: 'model:none.recipients',
  transfersNone: 'model:none.transfers',
  processorsNone: 'model:none.processors',
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
    if (value === true && TRUE_TEXT[key]) values.push({ path, text: t(TRUE_TEXT[key]) });
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
    if (SILENT_CODES.has(`${key}:${text}`)) return;
    if (ENUM_FIELDS[key]) values.push({ path, text: t(`${ENUM_FIELDS[key]}.${text}`) });
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
