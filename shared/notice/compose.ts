/**
 * Writes a privacy notice's text in one language from the register: the
 * notice as headings, paragraphs and lists, ready for the HTML, DOCX and PDF
 * writers. Every sentence comes from the phrase data (phrases.ts); every
 * value comes from the register or from the DPO's own paragraphs.
 */
import type { Activity } from '../domain/activity.ts';
import { localName } from '../domain/catalogues.ts';
import type { RegisterDocument } from '../domain/register.ts';
import type { RetentionRule } from '../domain/retention.ts';
import { formatDate, sortByText } from '../format.ts';
import type { Language } from '../i18n/languages.ts';
import {
  SUPERVISORY_AUTHORITY,
  art9Words,
  articleWords,
  fillPhrase,
  headings,
  legalBasisWords,
  periodWords,
  requirementWords,
  rightWords,
  sentences,
  sourceWords,
  type Phrase,
} from './phrases.ts';
import { collectedElsewhere } from './check.ts';
import { namedSourcePhrases } from './named-sources.ts';
import type { NoticeScope } from './scope.ts';
import { effectiveOrder, type NoticeSettings } from './settings.ts';

export type NoticeBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'subsection'; heading: string; blocks: NoticeBlock[] };

export interface NoticeSection {
  /** A register section's key, `custom:<id>`, or `missing` for the draft's list. */
  key: string;
  heading: string;
  blocks: NoticeBlock[];
}

export interface NoticeText {
  lang: Language;
  title: string;
  organisationName: string;
  /** "This notice is for: customers, website visitors." */
  audienceLine: string;
  /** "Version 3, 04.12.2026." */
  versionLine: string;
  sections: NoticeSection[];
  /** A draft copy carries the pre-publication check's list at its end. */
  draft: boolean;
}

export interface ComposeOptions {
  lang: Language;
  /** The notice's date, ISO YYYY-MM-DD. */
  date: string;
  version: number;
  /** The check's messages, in `lang`; when given and not empty, the text is a draft with them at the end. */
  missing?: readonly string[];
}

/** Which basis's consequences a purpose states when it has several: the one that binds most. */
const REQUIREMENT_PRIORITY = ['c', 'b', 'e', 'a', 'f', 'd'];

const paragraph = (text: string): NoticeBlock => ({ kind: 'paragraph', text });

/** The pieces every section writer needs. */
class Writer {
  readonly lang: Language;
  readonly document: RegisterDocument;
  readonly scope: NoticeScope;
  readonly settings: NoticeSettings;
  readonly rules: Map<string, RetentionRule>;
  constructor(document: RegisterDocument, scope: NoticeScope, settings: NoticeSettings, lang: Language) {
    this.lang = lang;
    this.document = document;
    this.scope = scope;
    this.settings = settings;
    this.rules = new Map(document.retentionRules.map((r) => [r.id, r]));
  }
  say(phrase: Phrase, values: Record<string, string | number> = {}): string {
    return fillPhrase(phrase, this.lang, values);
  }
  name<T extends { id: string; nameLv: string; nameEn: string }>(entries: readonly T[], id: string): string {
    const entry = entries.find((e) => e.id === id);
    return entry ? localName(entry, this.lang) : id;
  }
  points(ids: readonly string[]): string[] {
    return ids.flatMap((id) => {
      const basis = this.document.catalogues.legalBases.find((b) => b.id === id);
      return basis ? [basis.gdprPoint] : [];
    });
  }
  /** Where people write to use their rights or ask for a copy: the DPO first, then the controller. */
  contact(): string {
    const o = this.scope.organisation;
    return o.dpoEmail || o.email || o.dpoPhone || o.phone || this.say(sentences.contactFallback);
  }
  sorted(values: Iterable<string>): string[] {
    return sortByText([...new Set(values)], (v) => v, this.lang);
  }
}

function controllerSection(w: Writer): NoticeBlock[] {
  const o = w.scope.organisation;
  const lines = [w.say(sentences.controllerIs, { name: o.name })];
  if (o.regNo) lines.push(w.say(sentences.regNo, { regNo: o.regNo }));
  if (o.address) lines.push(w.say(sentences.address, { address: o.address }));
  if (o.email) lines.push(w.say(sentences.email, { email: o.email }));
  if (o.phone) lines.push(w.say(sentences.phone, { phone: o.phone }));
  if (o.website) lines.push(w.say(sentences.website, { website: o.website }));
  const blocks: NoticeBlock[] = [paragraph(lines.join(' '))];
  if (o.representativeName) blocks.push(paragraph(w.say(sentences.representative, { name: o.representativeName, contact: o.representativeContact })));
  const dpo = [o.dpoName, o.dpoEmail, o.dpoPhone].filter(Boolean).join(', ');
  if (o.dpoEmail || o.dpoPhone) blocks.push(paragraph(`${w.say(sentences.dpo, { contact: dpo })} ${w.say(sentences.dpoIntro)}`));
  return blocks;
}

function purposeBlocks(w: Writer, activity: Activity): NoticeBlock[] {
  const categories = w.document.catalogues.dataCategories;
  const special = activity.dataCategories.flatMap((c) => {
    const entry = categories.find((e) => e.id === c.dataCategoryId);
    return entry?.kind === 'special' ? [localName(entry, w.lang)] : [];
  });
  const criminal = activity.dataCategories.some((c) => categories.find((e) => e.id === c.dataCategoryId)?.kind === 'criminal');
  const data = activity.dataCategories.map((c) => w.name(categories, c.dataCategoryId));
  return activity.purposes.map((purpose) => {
    const points = w.points(purpose.legalBasisIds);
    const lines: string[] = [];
    if (points.length > 0) {
      const words = points.map((point) => {
        const plain = legalBasisWords[point]?.[w.lang] ?? point;
        return w.settings.showArticles ? `${plain} (${w.say(articleWords.gdpr6, { point })})` : plain;
      });
      lines.push(w.say(sentences.basis, { basis: words.join('; ') }));
    }
    if (purpose.legitimateInterest && points.includes('f')) lines.push(w.say(sentences.interest, { interest: purpose.legitimateInterest }));
    if (special.length > 0 && activity.art9ConditionIds.length > 0) {
      const conditions = activity.art9ConditionIds.map((id) => {
        const point = w.document.catalogues.art9Conditions.find((c) => c.id === id)?.point ?? '';
        return art9Words[point]?.[w.lang] ?? w.name(w.document.catalogues.art9Conditions, id);
      });
      lines.push(w.say(sentences.special, { data: special.join(', '), condition: conditions.join('; ') }));
    }
    if (criminal && activity.art10Basis) lines.push(w.say(sentences.criminal, { law: activity.art10Basis }));
    const binding = REQUIREMENT_PRIORITY.find((point) => points.includes(point));
    if (binding) lines.push(w.say(requirementWords[binding] as Phrase));
    if (data.length > 0) lines.push(w.say(sentences.purposeData, { data: data.join(', ') }));
    return { kind: 'subsection', heading: purpose.description, blocks: lines.map(paragraph) };
  });
}

function dataSection(w: Writer): NoticeBlock[] {
  const ids = w.scope.activities.flatMap((a) => a.dataCategories.map((c) => c.dataCategoryId));
  return [{ kind: 'list', items: w.sorted(ids.map((id) => w.name(w.document.catalogues.dataCategories, id))) }];
}

function sourcesSection(w: Writer): NoticeBlock[] {
  const elsewhere = w.scope.activities.filter(collectedElsewhere);
  if (elsewhere.length === 0) return [paragraph(w.say(sentences.sourcesSelf))];
  const items = elsewhere.map((activity) => {
    // Named sources say where the data came from; the types alone only say what kind of source.
    const named = namedSourcePhrases(activity, w.lang, (id) => w.name(w.document.catalogues.dataCategories, id));
    const types = activity.sourceTypes.filter((type) => named.length === 0 || type === 'data_subject' || type === 'observed').map((type) => sourceWords[type]?.[w.lang] ?? type);
    const said = [...types, ...named].join('; ');
    const sources = activity.sourceNotes ? `${said} (${activity.sourceNotes})` : said;
    return w.say(sentences.sourceLine, { purpose: activity.name, sources });
  });
  const list: NoticeBlock = { kind: 'list', items };
  return elsewhere.length < w.scope.activities.length ? [paragraph(w.say(sentences.sourcesMostlySelf)), list] : [list];
}

function recipientsSection(w: Writer): NoticeBlock[] {
  const catalogue = w.document.catalogues.recipientCategories;
  const recipients = w.sorted(w.scope.activities.flatMap((a) => a.recipients.map((r) => w.name(catalogue, r.recipientCategoryId))));
  const processorIds = new Set(w.scope.activities.flatMap((a) => a.processors.map((p) => p.processorId)));
  const processors = w.settings.nameProcessors ? w.document.processors.filter((p) => processorIds.has(p.id)) : [];
  if (recipients.length === 0 && processors.length === 0) return [paragraph(w.say(sentences.noRecipients))];
  const blocks: NoticeBlock[] = [];
  if (recipients.length > 0) blocks.push(paragraph(w.say(sentences.recipientCategories, { recipients: recipients.join(', ') })));
  if (processors.length > 0) {
    blocks.push(paragraph(w.say(sentences.processorsIntro)));
    const items = processors.map((p) => {
      const details = [p.service, p.countryId ? w.name(w.document.catalogues.countries, p.countryId) : ''].filter(Boolean);
      return details.length > 0 ? `${p.name} (${details.join(', ')})` : p.name;
    });
    blocks.push({ kind: 'list', items: w.sorted(items) });
  }
  return blocks;
}

function transfersSection(w: Writer): NoticeBlock[] {
  const { countries, transferMechanisms } = w.document.catalogues;
  const items: string[] = [];
  let needsCopy = false;
  for (const activity of w.scope.activities) {
    for (const transfer of activity.transfers) {
      const country = countries.find((c) => c.id === transfer.countryId);
      if (!country || country.eea) continue;
      const mechanism = transferMechanisms.find((m) => m.id === transfer.transferMechanismId);
      const safeguard = mechanism ? localName(mechanism, w.lang) : country.adequacy === 'adequate' ? w.say(sentences.adequacy) : w.say(sentences.noSafeguard);
      if (mechanism && mechanism.article !== '45') needsCopy = true;
      let item = w.say(sentences.transfer, { country: localName(country, w.lang), safeguard });
      const recipient = w.document.processors.find((p) => p.id === transfer.processorId);
      if (recipient) item += ` ${w.say(sentences.transferRecipient, { recipient: recipient.name })}`;
      if (!items.includes(item)) items.push(item);
    }
  }
  if (items.length === 0) return [paragraph(w.say(sentences.noTransfers))];
  const blocks: NoticeBlock[] = [{ kind: 'list', items }];
  if (needsCopy) blocks.push(paragraph(w.say(sentences.copy, { contact: w.contact() })));
  return blocks;
}

function periodText(w: Writer, rule: RetentionRule): string {
  if (rule.periodValue !== null && rule.periodUnit !== null) {
    const period = periodWords(rule.periodValue, rule.periodUnit, w.lang);
    const text = rule.startEvent ? w.say(sentences.periodFrom, { period, event: rule.startEvent }) : period;
    return rule.criterion ? `${text}; ${rule.criterion}` : text;
  }
  return rule.criterion;
}

function retentionSection(w: Writer): NoticeBlock[] {
  const catalogue = w.document.catalogues.dataCategories;
  const byRule = new Map<string, string[]>();
  const unruled: string[] = [];
  for (const activity of w.scope.activities) {
    for (const category of activity.dataCategories) {
      const data = w.name(catalogue, category.dataCategoryId);
      if (category.retentionRuleId === null || !w.rules.has(category.retentionRuleId)) unruled.push(data);
      else byRule.set(category.retentionRuleId, [...(byRule.get(category.retentionRuleId) ?? []), data]);
    }
  }
  const items = [...byRule].map(([ruleId, data]) => {
    const rule = w.rules.get(ruleId) as RetentionRule;
    return w.say(sentences.retentionPeriod, { rule: rule.name, data: w.sorted(data).join(', '), period: periodText(w, rule) });
  });
  for (const data of w.sorted(unruled)) items.push(w.say(sentences.retentionNone, { data, period: w.say(sentences.retentionUnknown) }));
  return [{ kind: 'list', items: w.sorted(items) }];
}

function automatedSection(w: Writer): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  for (const activity of w.scope.activities) {
    if (activity.automatedDecision) blocks.push(paragraph(w.say(sentences.automatedDecision, { purpose: activity.name })));
    if (activity.profiling) blocks.push(paragraph(w.say(sentences.profiling, { purpose: activity.name })));
    if ((activity.automatedDecision || activity.profiling) && activity.automatedDecisionLogic) blocks.push(paragraph(w.say(sentences.logic, { logic: activity.automatedDecisionLogic })));
  }
  if (blocks.length === 0) return [paragraph(w.say(sentences.noAutomated))];
  if (w.scope.activities.some((a) => a.automatedDecision)) blocks.push(paragraph(w.say(sentences.automatedRights)));
  return blocks;
}

function rightsSection(w: Writer): NoticeBlock[] {
  const points = new Set(w.scope.activities.flatMap((a) => a.purposes.flatMap((p) => w.points(p.legalBasisIds))));
  const rights: Phrase[] = [rightWords.access, rightWords.rectification, rightWords.erasure, rightWords.restriction];
  if (points.has('a') || points.has('b')) rights.push(rightWords.portability);
  if (points.has('e') || points.has('f')) rights.push(rightWords.objection);
  if (points.has('a')) rights.push(rightWords.withdrawal);
  if (w.scope.activities.some((a) => a.automatedDecision)) rights.push(rightWords.automated);
  return [paragraph(w.say(sentences.rightsIntro)), { kind: 'list', items: rights.map((r) => w.say(r)) }, paragraph(w.say(sentences.rightsHow, { contact: w.contact() }))];
}

function complaintSection(w: Writer): NoticeBlock[] {
  const dvi = SUPERVISORY_AUTHORITY;
  return [paragraph(w.say(sentences.complaint, { address: dvi.address[w.lang], email: dvi.email, phone: dvi.phone, website: dvi.website }))];
}

const registerSections: Record<string, (w: Writer) => NoticeBlock[]> = {
  controller: controllerSection,
  purposes: (w) => w.scope.activities.flatMap((a) => purposeBlocks(w, a)),
  data: dataSection,
  sources: sourcesSection,
  recipients: recipientsSection,
  transfers: transfersSection,
  retention: retentionSection,
  automated: automatedSection,
  rights: rightsSection,
  complaint: complaintSection,
};

/** The DPO's text split into paragraphs at blank lines. */
function customBlocks(text: string): NoticeBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(paragraph);
}

/** The notice in `options.lang`, sections in the DPO's order. */
export function composeNotice(document: RegisterDocument, scope: NoticeScope, settings: NoticeSettings, options: ComposeOptions): NoticeText {
  const w = new Writer(document, scope, settings, options.lang);
  const versionLine = w.say(sentences.version, { version: options.version, date: formatDate(options.date) });
  const sections: NoticeSection[] = [];
  for (const slot of effectiveOrder(settings)) {
    if (slot.startsWith('custom:')) {
      const custom = settings.customParagraphs.find((p) => `custom:${p.id}` === slot);
      const text = options.lang === 'lv' ? custom?.textLv : custom?.textEn;
      const heading = options.lang === 'lv' ? custom?.headingLv : custom?.headingEn;
      if (custom && text) sections.push({ key: slot, heading: heading ?? '', blocks: customBlocks(text) });
      continue;
    }
    const heading = w.say(headings[slot as keyof typeof headings]);
    if (slot === 'changes') {
      sections.push({ key: slot, heading, blocks: [paragraph(`${versionLine} ${w.say(sentences.generated)}`)] });
      continue;
    }
    const blocks = registerSections[slot]?.(w) ?? [];
    if (blocks.length > 0) sections.push({ key: slot, heading, blocks });
  }
  const draft = (options.missing?.length ?? 0) > 0;
  if (draft) {
    sections.push({ key: 'missing', heading: w.say(headings.missing), blocks: [paragraph(w.say(sentences.draftNote)), { kind: 'list', items: [...(options.missing ?? [])] }] });
  }
  return {
    lang: options.lang,
    title: w.say(headings.title),
    organisationName: scope.organisation.name,
    audienceLine: w.say(sentences.audience, { audience: scope.audience.map((c) => localName(c, options.lang).toLocaleLowerCase(options.lang)).join(', ') }),
    versionLine,
    sections,
    draft,
  };
}
