/**
 * Small pure helpers of the files screens, kept apart so that they are
 * tested under Node (test/renderer/files-format.test.ts).
 */
import type { Language } from '../../../../shared/i18n/index.ts';
import type { XlsxPreview } from '../../../../shared/contract/xlsx.ts';

const KIB = 1024;
const MIB = 1024 * 1024;

/** A file size as the DPO reads it: whole KB below 1 MB (at least 1), MB with one decimal above; lv uses a decimal comma. */
export function sizeParts(bytes: number, language: Language): { unit: 'kb' | 'mb'; value: string } {
  const locale = language === 'lv' ? 'lv-LV' : 'en-GB';
  if (bytes < MIB) return { unit: 'kb', value: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / KIB))) };
  return { unit: 'mb', value: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / MIB) };
}

/** The bytes of a base64 string (the report's PDF as the contract carries it). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * A column mapping after the user chose `field` for column `letter`: the
 * choice is recorded, and a column that held the same field before lets go
 * of it (one field, one column), which is returned as `movedFrom`.
 */
export function remap<F extends string>(
  mapping: Readonly<Record<string, F | null>>,
  columns: ReadonlyArray<{ letter: string; field: F | null }>,
  letter: string,
  field: F | null,
): { mapping: Record<string, F | null>; movedFrom: string | null } {
  const next: Record<string, F | null> = { ...mapping, [letter]: field };
  const holder = field === null ? undefined : columns.find((column) => column.letter !== letter && column.field === field);
  if (holder) next[holder.letter] = null;
  return { mapping: next, movedFrom: holder?.letter ?? null };
}

export interface RegisterCounts {
  organisations: number;
  activities: number;
  processors: number;
  rules: number;
  /** Anything an import would replace: records, or catalogue entries the DPO added. */
  hasContent: boolean;
}

/** The part of the register data (api/register-data.tsx) that says what the register holds. */
export interface RegisterContent {
  organisations: ReadonlyArray<{ usedBy: number }>;
  processors: readonly unknown[];
  retentionRules: readonly unknown[];
  /** Catalogue name -> its entries. */
  catalogues: object;
}

/** What the open register holds, from the data every screen loads (as main's registerHasContent decides). */
export function registerCounts(data: RegisterContent): RegisterCounts {
  const activities = data.organisations.reduce((sum, organisation) => sum + organisation.usedBy, 0);
  const customEntries = Object.values(data.catalogues).some((entries) => (entries as ReadonlyArray<{ builtin: boolean }>).some((entry) => !entry.builtin));
  return {
    organisations: data.organisations.length,
    activities,
    processors: data.processors.length,
    rules: data.retentionRules.length,
    hasContent: data.organisations.length + data.processors.length + data.retentionRules.length > 0 || customEntries,
  };
}

export type ImportBlocker = 'readOnly' | 'noOrganisation' | 'organisation' | 'missing' | 'problems' | 'empty';

/** Why an Excel preview cannot be imported yet, in the order the user would fix it; empty when it can. */
export function importBlockers(
  preview: Pick<XlsxPreview, 'source' | 'organisations' | 'organisationId' | 'missing' | 'problems' | 'counts'>,
  readOnly: boolean,
): ImportBlocker[] {
  const blockers: ImportBlocker[] = [];
  if (readOnly) blockers.push('readOnly');
  if (preview.source === 'ropa') return blockers;
  if (preview.organisations.length === 0) blockers.push('noOrganisation');
  else if (preview.organisationId === null) blockers.push('organisation');
  if (preview.missing.length > 0) blockers.push('missing');
  if (preview.problems.length > 0) blockers.push('problems');
  else if (preview.counts.takeable === 0) blockers.push('empty');
  return blockers;
}
