/**
 * What a spreadsheet's texts name in the register (catalogue entries,
 * processors, retention rules), and the records an import will create for
 * the rest. Nothing is written here: a new record gets a placeholder id
 * ('new:…') that the planned activities use until the plan is written
 * (import-plan.ts).
 */
import type { Kysely } from 'kysely';
import { catalogueInputs, type CatalogueName, type Catalogues, type DataCategoryKind } from '../../shared/domain/catalogues.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import { ProcessorInput, emptyProcessor, type Processor, type ProcessorRole } from '../../shared/domain/processor.ts';
import { EXPIRY_ACTIONS, RetentionRuleInput, emptyRetentionRule, type RetentionRule } from '../../shared/domain/retention.ts';
import { translator, type Language, type Translate } from '../../shared/i18n/index.ts';
import { issueKey, translateMessage } from '../../shared/validation.ts';
import type { DB } from '../db/schema.ts';
import { listCatalogues } from '../db/repositories/catalogue-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';
import { listRetentionRules } from '../db/repositories/retention-repository.ts';
import { COUNTRY_SYNONYMS, NameIndex, art9Point, legalBasisPoint, parseEnum } from './value-parsers.ts';
import { looksLikePeriod, retentionFromText } from '../../shared/retention-period.ts';

/** What of the register an import is planned against. */
export interface RegisterState {
  organisations: Organisation[];
  catalogues: Catalogues;
  processors: Processor[];
  retentionRules: RetentionRule[];
  activities: Array<{ organisationId: string; number: string; name: string }>;
}

export async function loadRegisterState(db: Kysely<DB>): Promise<RegisterState> {
  return {
    organisations: await listOrganisations(db),
    catalogues: await listCatalogues(db),
    processors: await loadProcessors(db),
    retentionRules: await listRetentionRules(db),
    activities: await db.selectFrom('activity').select(['organisation_id as organisationId', 'number', 'name']).execute(),
  };
}

/** The catalogues an import adds entries to; the others are fixed by the GDPR. */
export type NewCatalogue = 'dataCategories' | 'dataSubjectCategories' | 'recipientCategories';

export interface NewEntry<T> {
  /** The placeholder id planned activities use until the record exists. */
  key: string;
  name: string;
  input: T;
}

export type ProcessorFields = ReturnType<typeof ProcessorInput.parse>;
export type RuleFields = ReturnType<typeof RetentionRuleInput.parse>;

/** Told why a record cannot be made, in the user's language. */
export type Refusal = (detail: string) => void;

/** Every catalogue entry's names in both languages and its id, plus `extra` names. */
function catalogueIndex(entries: ReadonlyArray<{ id: string; nameLv: string; nameEn: string }>, extra: Record<string, string> = {}): NameIndex {
  const index = new NameIndex(entries.map((entry) => ({ id: entry.id, names: [entry.nameLv, entry.nameEn, entry.id] })));
  for (const [name, id] of Object.entries(extra)) if (entries.some((entry) => entry.id === id)) index.add({ id, names: [name] });
  return index;
}

export class RegisterLookup {
  readonly newCatalogueEntries: Array<NewEntry<Record<string, unknown>> & { catalogue: NewCatalogue }> = [];
  readonly newProcessors: Array<NewEntry<ProcessorFields>> = [];
  readonly newRules: Array<NewEntry<RuleFields>> = [];
  private readonly state: RegisterState;
  private readonly lang: Language;
  private readonly t: Translate;
  private readonly indexes: Record<CatalogueName, NameIndex>;
  private readonly processors: NameIndex;
  private readonly rules: NameIndex;

  constructor(state: RegisterState, lang: Language) {
    this.state = state;
    this.lang = lang;
    this.t = translator(lang);
    const catalogues = state.catalogues;
    this.indexes = {
      dataCategories: catalogueIndex(catalogues.dataCategories),
      dataSubjectCategories: catalogueIndex(catalogues.dataSubjectCategories),
      recipientCategories: catalogueIndex(catalogues.recipientCategories),
      legalBases: catalogueIndex(catalogues.legalBases),
      art9Conditions: catalogueIndex(catalogues.art9Conditions),
      countries: catalogueIndex(catalogues.countries, COUNTRY_SYNONYMS),
      transferMechanisms: catalogueIndex(catalogues.transferMechanisms),
      securityMeasures: catalogueIndex(catalogues.securityMeasures),
    };
    this.processors = new NameIndex(state.processors.map((p) => ({ id: p.id, names: [p.name] })));
    this.rules = new NameIndex(state.retentionRules.map((r) => ({ id: r.id, names: [r.name] })));
  }

  /** The catalogue entry a text names (either language, case and diacritics ignored), or null. */
  find(catalogue: CatalogueName, text: string): string | null {
    return this.indexes[catalogue].find(text);
  }

  /** The legal bases a line names ('contract; 6(1)(c)', 'consent, contract'); each text that names none is reported. */
  legalBases(line: string, unknown: (value: string) => void): string[] {
    const ids: string[] = [];
    for (const part of line.split(';').map((p) => p.trim()).filter(Boolean)) {
      const id = this.legalBasis(part);
      if (id) {
        ids.push(id);
        continue;
      }
      const list = part.split(',').map((p) => p.trim()).filter(Boolean);
      const listed = list.length > 1 ? list.map((p) => this.legalBasis(p)) : [];
      if (listed.length > 1 && listed.every((id): id is string => id !== null)) ids.push(...listed);
      else unknown(part);
    }
    return ids;
  }

  /** By the entry's name, else by the Art. 6(1) point the text names (the register's own entry with that name, else the built-in one). */
  private legalBasis(text: string): string | null {
    const byName = this.indexes.legalBases.find(text);
    if (byName) return byName;
    const reference = legalBasisPoint(text);
    if (!reference) return null;
    const candidates = this.state.catalogues.legalBases.filter((entry) => entry.gdprPoint === reference.point);
    const rest = reference.rest.trim();
    if (rest) {
      const withLaw = candidates.flatMap((c) => [c, { ...c, nameLv: `${c.nameLv} (${c.lawReference})`, nameEn: `${c.nameEn} (${c.lawReference})` }]);
      const named = catalogueIndex(withLaw).find(rest);
      if (named) return named;
    }
    return (candidates.find((entry) => entry.builtin) ?? candidates[0])?.id ?? null;
  }

  /** The Art. 9(2) condition a text names by name or by point, or null. */
  art9Condition(text: string): string | null {
    const byName = this.indexes.art9Conditions.find(text);
    if (byName) return byName;
    const reference = art9Point(text);
    if (!reference) return null;
    const candidates = this.state.catalogues.art9Conditions.filter((entry) => entry.point === reference.point);
    return (catalogueIndex(candidates).find(reference.rest) ?? (candidates.find((entry) => entry.builtin) ?? candidates[0])?.id) || null;
  }

  /** The Art. 6(1) point of a legal basis entry. */
  pointOf(legalBasisId: string): string | undefined {
    return this.state.catalogues.legalBases.find((entry) => entry.id === legalBasisId)?.gdprPoint;
  }

  /** The entries an item names: found by name, as a comma list of names, or a new entry of the register's own. */
  catalogueEntries(catalogue: NewCatalogue, item: string, kind: DataCategoryKind, refuse: Refusal): string[] {
    const index = this.indexes[catalogue];
    const found = index.find(item);
    if (found) return [found];
    const list = index.findList(item);
    if (list) return list;
    const extra = catalogue === 'dataCategories' ? { kind } : catalogue === 'dataSubjectCategories' ? { employees: false, vulnerable: false } : { type: 'external' };
    const input = { nameLv: this.lang === 'lv' ? item : '', nameEn: this.lang === 'en' ? item : '', description: '', ...extra };
    const parsed = this.accepted<Record<string, unknown>>(catalogueInputs[catalogue].safeParse(input, { error: issueKey }), refuse);
    if (!parsed) return [];
    const key = `new:${catalogue}:${this.newCatalogueEntries.length + 1}`;
    this.newCatalogueEntries.push({ key, catalogue, name: item, input: parsed });
    index.add({ id: key, names: [item] });
    return [key];
  }

  /** What a new record's input parsed to, or null after telling `refuse` its first problem in the user's language. */
  private accepted<T>(parsed: { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ message: string }> } }, refuse: Refusal): T | null {
    if (parsed.success) return parsed.data;
    refuse(translateMessage(parsed.error.issues[0]?.message ?? '', this.t));
    return null;
  }

  /** A processor (or joint controller) by name ('Name, contact' also by the name alone), else a new one with only its name and role. */
  processor(name: string, role: ProcessorRole, refuse: Refusal): string | null {
    const found = this.processors.find(name) ?? (name.includes(', ') ? this.processors.find(name.slice(0, name.indexOf(', '))) : null);
    if (found) return found;
    const input = this.accepted(ProcessorInput.safeParse(emptyProcessor(name, role), { error: issueKey }), refuse);
    if (!input) return null;
    const key = `new:processor:${this.newProcessors.length + 1}`;
    this.newProcessors.push({ key, name, input });
    this.processors.add({ id: key, names: [name] });
    return key;
  }

  /** A retention rule by its name (or by the whole text it was made from). */
  rule(name: string): string | null {
    return this.rules.find(name);
  }

  /**
   * A new retention rule named `name` from a retention text: a period when
   * the text starts with one ('10 gadi no …'), else the text as the
   * criterion. ROPA's own summary ('10 gadi no: event; law, article;
   * action') is read back into its parts.
   */
  newRule(name: string, text: string, refuse: Refusal): string | null {
    const parts = text.includes('\n') ? [text] : text.split('; ');
    const first = parts[0] ?? '';
    const action = parts.length > 1 ? parseEnum(parts[parts.length - 1] ?? '', 'expiryAction', EXPIRY_ACTIONS) : null;
    const middle = parts.slice(1, action ? -1 : undefined).join('; ');
    let head = first;
    let startEvent = '';
    for (const lang of ['lv', 'en'] as const) {
      const label = translator(lang)('xlsx:text.from', { event: '' }).trim();
      const at = first.indexOf(` ${label} `);
      if (at >= 0) {
        head = first.slice(0, at).trim();
        startEvent = first.slice(at + label.length + 2).trim();
      }
    }
    // The period as typed is kept beside what was read from it (issue 15); unreadable text stays the criterion.
    const read = retentionFromText(head);
    const input = this.accepted(
      RetentionRuleInput.safeParse(
        {
          ...emptyRetentionRule(name),
          periodValue: read.periodValue,
          periodUnit: read.periodUnit,
          criterion: read.periodValue === null && read.periodState !== 'not_stated' ? head : '',
          periodState: read.periodState === 'not_parsed' && !looksLikePeriod(head) ? 'structured' : read.periodState,
          periodText: read.periodState === 'not_parsed' && !looksLikePeriod(head) ? '' : read.periodText,
          startEvent: (startEvent || read.startEvent).slice(0, 500),
          legalSource: middle.slice(0, 500),
          actionAtExpiry: action ?? 'delete',
        },
        { error: issueKey },
      ),
      refuse,
    );
    if (!input) return null;
    const key = `new:retentionRule:${this.newRules.length + 1}`;
    this.newRules.push({ key, name, input });
    this.rules.add({ id: key, names: [name, text] });
    return key;
  }
}
