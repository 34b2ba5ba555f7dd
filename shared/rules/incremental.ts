/**
 * Checks after a save: the findings of the register's previous version are
 * kept per record, and a save re-runs only what it can have changed (issue
 * 19, "incremental checks").
 *
 * Each rule declares its scope (`Rule.scope`, types.ts):
 * - a per-record rule (scope 'activity', 'processor', 'retentionRule',
 *   'organisation', 'breach', 'subjectRequest') finds things about one record
 *   from that record and what it links to; after a save it runs again only
 *   on the records the save touched and on the records linking to them;
 * - a cross-record rule (scope 'register') looks at several records together
 *   and runs again after every save.
 *
 * A change to a catalogue or to the register's own settings (which every
 * record is read against) runs everything. The result is always what
 * `runChecks` gives for the new version (test/rules/incremental-checks.test.ts
 * compares the two after random sequences of every kind of save).
 */
import type { RegisterDocument } from '../domain/register.ts';
import { isIsoDate } from '../domain/primitives.ts';
import { buildContext } from './context.ts';
import { newRunDerivations, withRecordTexts, type RunDerivations } from './dpia-inference.ts';
import { countTallies, keepTallies, knownTallies, tallyOf } from './finding-tallies.ts';
import { RecordFindings } from './record-findings.ts';
import { RULES, findingOrder, sortFindings } from './index.ts';
import type { Finding, FindingEntityType, Rule } from './types.ts';

/** The record types whose rules can run on some records only, and the document list each is kept in. */
const RECORD_LISTS = {
  activity: 'activities',
  processor: 'processors',
  retentionRule: 'retentionRules',
  organisation: 'organisations',
  breach: 'breaches',
  subjectRequest: 'subjectRequests',
} as const satisfies Record<FindingEntityType, keyof RegisterDocument>;

type RecordType = keyof typeof RECORD_LISTS;
const RECORD_TYPES = Object.keys(RECORD_LISTS) as RecordType[];

/** Which records a save touched (from the change history); `everything` for catalogues, the register's settings, an import. */
export interface ChangeSet {
  everything: boolean;
  records: Partial<Record<RecordType, ReadonlySet<string>>>;
}

/** The findings of one version of the register, and the same findings by record, to update after a save. */
export interface ChecksState {
  today: string;
  now: string;
  findings: readonly Finding[];
  /** Per-record rules' findings, by record, each record's in rule order. */
  byRecord: RecordFindings;
  /** The cross-record rules' findings. */
  cross: readonly Finding[];
}

const rulesOf = (scope: Rule['scope']): readonly Rule[] => RULES.filter((rule) => rule.scope === scope);
const CROSS_RECORD_RULES = rulesOf('register');
const PER_RECORD_RULES = new Map(RECORD_TYPES.map((type) => [type, rulesOf(type)]));

/** Findings by record type and id (a layer of RecordFindings). */
type Layer = Map<RecordType, Map<string, Finding[]>>;

/** The document with only `ids` in the list of `type` (the lookups of the other lists stay whole). */
function onlyRecords(document: RegisterDocument, type: RecordType, ids?: ReadonlySet<string>): RegisterDocument {
  if (!ids) return document;
  const list = RECORD_LISTS[type];
  const records = (document[list] ?? []) as ReadonlyArray<{ id: string }>;
  return { ...document, [list]: records.filter((record) => ids.has(record.id)) };
}

/** Runs the per-record rules of `type` on the records `ids` (all when omitted), adding their findings to `layer`. */
function runPerRecord(layer: Layer, document: RegisterDocument, type: RecordType, today: string, now: string, ids?: ReadonlySet<string>): void {
  const rules = PER_RECORD_RULES.get(type) ?? [];
  if (rules.length === 0 || ids?.size === 0) return;
  const context = buildContext(onlyRecords(document, type, ids), today, now);
  let records = layer.get(type);
  if (!records) layer.set(type, (records = new Map()));
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      if (finding.entity.type !== type) throw new Error(`Rule ${rule.id} declares scope ${type} but found about a ${finding.entity.type}`);
      const list = records.get(finding.entity.id);
      if (list) list.push(finding);
      else records.set(finding.entity.id, [finding]);
    }
  }
}

/** What a catch-up keeps of the previous findings: all but the cross-record rules' and those of the records checked again. */
interface Kept {
  previous: ChecksState;
  dirty: Record<RecordType, ReadonlySet<string>>;
}

const CROSS_RECORD_IDS = new Set(CROSS_RECORD_RULES.map((rule) => rule.id));

/** Two lists in `order` as one (no finding of one compares equal to one of the other: they are about other records or rules). */
function mergeSorted(a: readonly Finding[], b: readonly Finding[], order: (x: Finding, y: Finding) => number): Finding[] {
  const merged: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(order(a[i] as Finding, b[j] as Finding) <= 0 ? (a[i++] as Finding) : (b[j++] as Finding));
  while (i < a.length) merged.push(a[i++] as Finding);
  while (j < b.length) merged.push(b[j++] as Finding);
  return merged;
}

/**
 * Adds the cross-record rules' findings and sorts. With `kept`, only the new
 * findings are sorted and merged into the previous ones. A finding's place
 * depends on its record's label and number and its organisation's name; a
 * save that changes them makes the record dirty (its organisation's save
 * makes all its activities dirty), so the kept findings' order still holds.
 */
function finish(layer: Layer, byRecord: RecordFindings, document: RegisterDocument, today: string, now: string, kept?: Kept): ChecksState {
  const context = buildContext(document, today, now);
  const cross = CROSS_RECORD_RULES.flatMap((rule) => rule.check(context));
  const newFindings = [...[...layer.values()].flatMap((records) => [...records.values()].flat()), ...cross];
  if (!kept) {
    const findings = sortFindings(newFindings, document);
    countTallies(findings);
    return { today, now, findings, byRecord, cross };
  }
  const { previous, dirty } = kept;
  const order = findingOrder(document);
  const isDirty = (f: Finding): boolean => dirty[f.entity.type as RecordType]?.has(f.entity.id) ?? false;
  const unchanged = previous.findings.filter((f) => !CROSS_RECORD_IDS.has(f.ruleId) && !isDirty(f));
  const fresh = newFindings.sort(order);
  const findings = mergeSorted(unchanged, fresh, order);
  const removed = [...RECORD_TYPES.flatMap((type) => [...dirty[type]].flatMap((id) => previous.byRecord.get(type, id))), ...previous.cross];
  const crossOnActivities = cross.filter((f) => f.entity.type === 'activity');
  const activity = (id: string) => {
    const tally = tallyOf(byRecord.get('activity', id));
    for (const f of crossOnActivities) if (f.entity.id === id) tally[f.severity] += 1;
    return tally;
  };
  keepTallies(findings, knownTallies(previous.findings) ?? countTallies(previous.findings), { removed, added: fresh }, activity);
  return { today, now, findings, byRecord, cross };
}

/**
 * What the rules work out per record (texts, inferred DPIA criteria, effective
 * bases: dpia-inference.ts), kept across runs for as long as the catalogues
 * and organisations it was worked out against are the same objects. The
 * cache's documents are never changed in place, and a catch-up keeps the
 * unchanged records, catalogues and organisations as they were.
 */
const derivations = new WeakMap<object, WeakMap<object, RunDerivations>>();
function derivationsFor(document: RegisterDocument): RunDerivations {
  let byOrganisations = derivations.get(document.catalogues);
  if (!byOrganisations) derivations.set(document.catalogues, (byOrganisations = new WeakMap()));
  let kept = byOrganisations.get(document.organisations);
  if (!kept) byOrganisations.set(document.organisations, (kept = newRunDerivations()));
  return kept;
}

/** Every rule over the whole register: the same findings as `runChecks`, kept by record for `updateChecks`. */
export function fullChecks(document: RegisterDocument, today: string, now = `${today}T00:00:00.000Z`): ChecksState {
  if (!isIsoDate(today)) throw new Error(`fullChecks: today must be an ISO date, got ${JSON.stringify(today)}`);
  return withRecordTexts(() => {
    const layer: Layer = new Map();
    for (const type of RECORD_TYPES) runPerRecord(layer, document, type, today, now);
    return finish(layer, RecordFindings.of(layer), document, today, now);
  }, derivationsFor(document));
}

/**
 * The records whose per-record findings a change can move: the changed ones
 * and those linking to a changed organisation, processor or retention rule.
 */
function dirtyRecords(document: RegisterDocument, changes: ChangeSet): Record<RecordType, Set<string>> {
  const changed = (type: RecordType): ReadonlySet<string> => changes.records[type] ?? new Set();
  const dirty = Object.fromEntries(RECORD_TYPES.map((type) => [type, new Set(changed(type))])) as Record<RecordType, Set<string>>;
  const organisations = changed('organisation');
  const processors = changed('processor');
  const retentionRules = changed('retentionRule');
  if (organisations.size + processors.size + retentionRules.size === 0) return dirty;
  for (const activity of document.activities) {
    if (
      organisations.has(activity.organisationId) ||
      activity.processors.some((link) => processors.has(link.processorId)) ||
      activity.transfers.some((transfer) => transfer.processorId !== null && processors.has(transfer.processorId)) ||
      activity.dataCategories.some((row) => row.retentionRuleId !== null && retentionRules.has(row.retentionRuleId))
    ) {
      dirty.activity.add(activity.id);
    }
  }
  for (const breach of document.breaches ?? []) {
    if (organisations.has(breach.organisationId) || breach.processorIds.some((id) => processors.has(id))) dirty.breach.add(breach.id);
  }
  for (const request of document.subjectRequests ?? []) {
    if (organisations.has(request.organisationId)) dirty.subjectRequest.add(request.id);
  }
  return dirty;
}

/**
 * The findings of `document`, a later version of the register than the one
 * `previous` was worked out for, whose differences are `changes`: for the
 * same moment as `previous` (a breach's clock is not moved by a save).
 */
export function updateChecks(previous: ChecksState, document: RegisterDocument, changes: ChangeSet): ChecksState {
  const { today, now } = previous;
  if (changes.everything) return fullChecks(document, today, now);
  const dirty = dirtyRecords(document, changes);
  return withRecordTexts(() => {
    const layer: Layer = new Map();
    for (const type of RECORD_TYPES) {
      if (dirty[type].size === 0) continue;
      // A dirty record with no findings now hides its earlier ones.
      layer.set(type, new Map([...dirty[type]].map((id) => [id, []])));
      runPerRecord(layer, document, type, today, now, dirty[type]);
    }
    return finish(layer, previous.byRecord.with(layer), document, today, now, { previous, dirty });
  }, derivationsFor(document));
}
