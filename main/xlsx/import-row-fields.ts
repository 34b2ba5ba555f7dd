/**
 * The readers of an import row's columns whose text holds more than one
 * thing (import-row.ts reads the row and calls them): legal bases per
 * purpose, legitimate interests, transfers and their safeguards, automated
 * decisions, retention, the controllers a processor acts for. Each writes
 * what it reads into the activity draft and reports what it cannot read.
 */
import type { XlsxImportField } from '../../shared/contract/xlsx.ts';
import { ART22_BASES, type ActivityDraft } from '../../shared/domain/activity.ts';
import type { DataCategoryKind } from '../../shared/domain/catalogues.ts';
import type { ProcessorRole } from '../../shared/domain/processor.ts';
import { translator, type Translate } from '../../shared/i18n/index.ts';
import { effectiveBases } from '../../shared/domain/legal-basis-inheritance.ts';
import type { RegisterLookup } from './import-records.ts';
import { mechanismFromText, numbered, parseDateValue, parseEnum, parseYesNo, splitItems, splitNotes } from './value-parsers.ts';

/** Labels in both languages, since a workbook may have been exported in either. */
export const bothLanguages = (key: string): string[] => (['lv', 'en'] as const).map((lang) => translator(lang)(key));

/** Reports a problem of the row in the column of `field`, worded by `xlsx:problems.<key>`. */
export type Report = (field: XlsxImportField | null, key: string, params?: Record<string, unknown>) => void;

/** A purpose with only its description (the row's purposes, or the activity's name when it gives none). */
export const emptyPurpose = (description: string) => ({
  description,
  legalBasisIds: [] as string[],
  legitimateInterest: '',
  legitimateInterestAssessment: '',
  legitimateInterestAssessedOn: null,
});

/** Legal bases per purpose: numbered lines go to that purpose; as many lines as purposes pair up; otherwise all go to each. */
export function readLegalBases(draft: ActivityDraft, text: string, purposeIndex: ReadonlyMap<number, number>, lookup: RegisterLookup, report: Report): void {
  const lines = text.split('\n').map((line) => numbered(line.trim())).filter((line) => line.text);
  const basesOfLine = lines.map((line) => lookup.legalBases(line.text, (value) => report('legalBases', 'unknownLegalBasis', { value })));
  if (basesOfLine.some((ids) => ids.length > 0) && draft.purposes.length === 0) draft.purposes.push(emptyPurpose(draft.name || '—'));
  const assign = (position: number, ids: string[], line?: { index: number | null }) => {
    const purpose = draft.purposes[position];
    if (purpose) purpose.legalBasisIds = [...new Set([...purpose.legalBasisIds, ...ids])];
    else if (line) report('legalBases', 'noSuchPurpose', { number: line.index });
  };
  if (lines.length > 0 && lines.every((line) => line.index !== null)) {
    lines.forEach((line, i) => assign(purposeIndex.get(line.index as number) ?? -1, basesOfLine[i] ?? [], line));
  } else if (lines.length > 1 && lines.length === draft.purposes.length) {
    lines.forEach((_line, i) => assign(i, basesOfLine[i] ?? []));
  } else {
    const all = [...new Set(basesOfLine.flat())];
    draft.purposes.forEach((_purpose, position) => assign(position, all));
  }
}

/**
 * Legitimate interests and their assessment go to the purposes relying on
 * Art. 6(1)(f) (numbered lines to that purpose). ROPA's export writes
 * 'interest; Balancing assessment: ref; dd.mm.gggg', read back into parts.
 */
export function readLegitimateInterests(
  draft: ActivityDraft,
  interests: string,
  assessments: string,
  purposeIndex: ReadonlyMap<number, number>,
  lookup: RegisterLookup,
): void {
  const assessmentLabels = bothLanguages('fields:activity.legitimateInterestAssessment').map((label) => `${label}:`);
  const targets = (): number[] => {
    const withF = draft.purposes.flatMap((purpose, position) => (effectiveBases(draft, purpose).ids.some((id) => lookup.pointOf(id) === 'f') ? [position] : []));
    return withF.length > 0 ? withF : draft.purposes.length > 0 ? [0] : [];
  };
  const distribute = (text: string, apply: (purpose: ActivityDraft['purposes'][number], line: string) => void) => {
    const lines = text.split('\n').map((line) => numbered(line.trim())).filter((line) => line.text);
    if (lines.length === 0) return;
    if (draft.purposes.length === 0) draft.purposes.push(emptyPurpose(draft.name || '—'));
    if (lines.every((line) => line.index !== null)) {
      for (const line of lines) {
        const purpose = draft.purposes[purposeIndex.get(line.index as number) ?? -1];
        if (purpose) apply(purpose, line.text);
      }
    } else {
      const joined = lines.map((line) => line.text).join('\n');
      for (const position of targets()) apply(draft.purposes[position]!, joined);
    }
  };
  distribute(interests, (purpose, line) => {
    const rest: string[] = [];
    for (const part of line.split('; ')) {
      const label = assessmentLabels.find((l) => part.startsWith(l));
      const iso = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(part.trim()) ? parseDateValue(part.trim()) : null;
      if (label) purpose.legitimateInterestAssessment = part.slice(label.length).trim();
      else if (iso) purpose.legitimateInterestAssessedOn = iso;
      else rest.push(part);
    }
    purpose.legitimateInterest = rest.join('; ');
  });
  distribute(assessments, (purpose, line) => {
    const iso = parseDateValue(line);
    if (iso) purpose.legitimateInterestAssessedOn = iso;
    else purpose.legitimateInterestAssessment = line;
  });
}

/** ROPA's export marks special and criminal categories in parentheses; the mark gives a new entry its kind. */
export function categoryFlag(text: string): { name: string; kind: DataCategoryKind } {
  for (const kind of ['special', 'criminal'] as const) {
    for (const label of bothLanguages(`xlsx:text.${kind}`)) {
      const mark = ` (${label})`;
      if (text.endsWith(mark)) return { name: text.slice(0, -mark.length).trim(), kind };
    }
  }
  return { name: text, kind: 'ordinary' };
}

/** A controller we act for; ROPA's processor sheet writes 'Name; Registration number: X; contact'. */
export function controllerOf(line: string): ActivityDraft['controllers'][number] {
  const parts = line.split('; ');
  const regLabels = bothLanguages('fields:controller.regNo').map((label) => `${label}: `);
  let regNo = '';
  const rest: string[] = [];
  for (const part of parts.slice(1)) {
    const label = regLabels.find((l) => part.startsWith(l));
    if (label) regNo = part.slice(label.length);
    else rest.push(part);
  }
  return { name: parts[0] ?? line, regNo, contact: rest.join('; '), representative: '', dpoContact: '', processingCategories: '', contractReference: '' };
}

/**
 * One transfer per country ('Country — recipient' names the recipient);
 * safeguard lines go to their country ('Country: …'), pair up with the
 * countries, or else apply to every transfer.
 */
export function readTransfers(
  draft: ActivityDraft,
  countries: string,
  safeguards: string,
  lookup: RegisterLookup,
  report: Report,
  link: (name: string, notes: string, role: ProcessorRole) => string | null,
  extraNotes: string[],
  t: Translate,
): void {
  for (const item of splitItems(countries)) {
    const { main, notes } = splitNotes(item);
    const countryId = lookup.find('countries', main);
    if (!countryId) {
      report('transferCountries', 'unknownCountry', { value: main });
      continue;
    }
    draft.transfers.push({ countryId, processorId: notes ? link(notes, '', 'processor') : null, transferMechanismId: null, safeguardDocuments: '', derogationJustification: '', notes: '' });
  }
  const lines = safeguards.split('\n').map((line) => line.trim()).filter((line) => line && line !== '—');
  if (lines.length === 0) return;
  if (draft.transfers.length === 0) {
    extraNotes.push(`${t('xlsx:headers.transferSafeguards')}: ${lines.join('\n')}`);
    return;
  }
  const open = () => draft.transfers.filter((transfer) => !transfer.safeguardDocuments && transfer.transferMechanismId === null);
  const generic: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(': ');
    const countryId = colon > 0 ? lookup.find('countries', line.slice(0, colon)) : null;
    const transfer = countryId ? open().find((candidate) => candidate.countryId === countryId) : undefined;
    if (transfer) readSafeguard(transfer, line.slice(colon + 2), lookup);
    else generic.push(line);
  }
  if (generic.length === 0) return;
  const remaining = open();
  if (generic.length === remaining.length) remaining.forEach((transfer, i) => readSafeguard(transfer, generic[i]!, lookup));
  else for (const transfer of remaining) readSafeguard(transfer, generic.join('\n'), lookup);
}

/** 'Mechanism name; documents; Justification of the derogation: …' (ROPA's export) or any text naming a mechanism. */
function readSafeguard(transfer: ActivityDraft['transfers'][number], text: string, lookup: RegisterLookup): void {
  const parts = text.split('; ');
  const named = lookup.find('transferMechanisms', parts[0] ?? '');
  if (!named) {
    transfer.transferMechanismId = mechanismFromText(text);
    transfer.safeguardDocuments = text;
    return;
  }
  const derogationLabels = bothLanguages('fields:activity.derogationJustification').map((label) => `${label}: `);
  transfer.transferMechanismId = named;
  const documents: string[] = [];
  for (const part of parts.slice(1)) {
    const label = derogationLabels.find((l) => part.startsWith(l));
    if (label) transfer.derogationJustification = part.slice(label.length);
    else documents.push(part);
  }
  transfer.safeguardDocuments = documents.join('; ');
}

/** Yes/no on the first line; ROPA's export adds the legal-effect line and the Art. 22(2) basis; anything else is the logic involved. */
export function readAutomatedDecision(draft: ActivityDraft, text: string, bad: (value: string) => void): void {
  if (!text) return;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const yes = parseYesNo(first);
  if (yes === null) {
    bad(first);
    return;
  }
  draft.automatedDecision = yes;
  const legalEffect = bothLanguages('fields:activity.automatedDecisionLegalEffect');
  const basisLabels = bothLanguages('fields:activity.art22Basis').map((label) => `${label}: `);
  const logic: string[] = [];
  for (const line of [first.replace(/^\s*\S+[\s,.:;—–-]*/, '').trim(), ...lines.slice(1)].filter(Boolean)) {
    const basisLabel = basisLabels.find((label) => line.startsWith(label));
    const basis = basisLabel ? parseEnum(line.slice(basisLabel.length), 'art22Basis', ART22_BASES) : null;
    if (legalEffect.includes(line)) draft.automatedDecisionLegalEffect = true;
    else if (basis) draft.art22Basis = basis;
    else logic.push(line);
  }
  draft.automatedDecisionLogic = logic.join('\n');
}

/**
 * ROPA's export: 'Data category — Rule name: summary' per data category,
 * each linked to its rule. Any other text: one rule for the row's data
 * categories (reused when the register has one of that name); without data
 * categories, the text is kept in the notes.
 */
export function readRetention(draft: ActivityDraft, text: string, lookup: RegisterLookup, refuse: (detail: string) => void, extraNotes: string[], t: Translate): void {
  if (!text) return;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const noRule = bothLanguages('xlsx:text.noRule');
  const perCategory = lines.map((line) => {
    const { main, notes } = splitNotes(line);
    const colon = notes.indexOf(': ');
    return {
      category: lookup.find('dataCategories', main),
      none: noRule.includes(notes),
      ruleName: colon > 0 ? notes.slice(0, colon) : '',
      summary: colon > 0 ? notes.slice(colon + 2) : '',
    };
  });
  if (perCategory.every((entry) => entry.category && draft.dataCategories.some((c) => c.dataCategoryId === entry.category) && (entry.none || entry.ruleName))) {
    for (const entry of perCategory) {
      if (entry.none) continue;
      const ruleId = lookup.rule(entry.ruleName) ?? lookup.newRule(entry.ruleName, entry.summary, refuse);
      const category = draft.dataCategories.find((c) => c.dataCategoryId === entry.category);
      if (category && ruleId) category.retentionRuleId = ruleId;
    }
    return;
  }
  if (draft.dataCategories.length === 0) {
    extraNotes.push(`${t('fields:activity.retention')}: ${text}`);
    return;
  }
  const firstLine = lines[0] ?? text;
  const name = firstLine.length > 500 ? `${firstLine.slice(0, 499)}…` : firstLine;
  const ruleId = lookup.rule(text) ?? lookup.rule(name) ?? lookup.newRule(name, text, refuse);
  if (!ruleId) return;
  for (const category of draft.dataCategories) if (category.retentionRuleId === null) category.retentionRuleId = ruleId;
}
