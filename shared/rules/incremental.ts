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
import { withRecordTexts } from './dpia-inference.ts';
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
  /** Per-record rules' findings, by record (`type id`), each record's in rule order. */
  byRecord: ReadonlyMap<string, readonly Finding[]>;
}

const rulesOf = (scope: Rule['scope']): readonly Rule[] => RULES.filter((rule) => rule.scope === scope);
const CROSS_RECORD_RULES = rulesOf('register');
const PER_RECORD_RULES = new Map(RECORD_TYPES.map((type) => [type, rulesOf(type)]));

const recordKey = (type: string, id: string): string => `${type} ${id}`;

/** The document with only `ids` in the list of `type` (the lookups of the other lists stay whole). */
function onlyRecords(document: RegisterDocument, type: RecordType, ids?: ReadonlySet<string>): RegisterDocument {
  if (!ids) return document;
  const list = RECORD_LISTS[type];
  const records = (document[list] ?? []) as ReadonlyArray<{ id: string }>;
  return { ...document, [list]: records.filter((record) => ids.has(record.id)) };
}

/** Runs the per-record rules of `type` on the records `ids` (all when omitted), adding their findings to `byRecord`. */
function runPerRecord(byRecord: Map<string, Finding[]>, document: RegisterDocument, type: RecordType, today: string, now: string, ids?: ReadonlySet<string>): void {
  const rules = PER_RECORD_RULES.get(type) ?? [];
  if (rules.length === 0 || ids?.size === 0) return;
  const context = buildContext(onlyRecords(document, type, ids), today, now);
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      if (finding.entity.type !== type) throw new Error(`Rule ${rule.id} declares scope ${type} but found about a ${finding.entity.type}`);
      const key = recordKey(type, finding.entity.id);
      const list = byRecord.get(key);
      if (list) list.push(finding);
      else byRecord.set(key, [finding]);
    }
  }
}

/** What a catch-up keeps of the previous findings: all but the cross-record rules' and those of the records checked again. */
interface Kept {
  previous: readonly Finding[];
  dirty: ReadonlySet<string>;
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
function finish(byRecord: ReadonlyMap<string, readonly Finding[]>, document: RegisterDocument, today: string, now: string, kept?: Kept): ChecksState {
  const context = buildContext(document, today, now);
  const cross = CROSS_RECORD_RULES.flatMap((rule) => rule.check(context));
  if (!kept) return { today, now, findings: sortFindings([...[...byRecord.values()].flat(), ...cross], document), byRecord };
  const order = findingOrder(document);
  const unchanged = kept.previous.filter((f) => !CROSS_RECORD_IDS.has(f.ruleId) && !kept.dirty.has(recordKey(f.entity.type, f.entity.id)));
  const fresh = [...[...kept.dirty].flatMap((key) => byRecord.get(key) ?? []), ...cross].sort(order);
  return { today, now, findings: mergeSorted(unchanged, fresh, order), byRecord };
}

/** Every rule over the whole register: the same findings as `runChecks`, kept by record for `updateChecks`. */
export function fullChecks(document: RegisterDocument, today: string, now = `${today}T00:00:00.000Z`): ChecksState {
  if (!isIsoDate(today)) throw new Error(`fullChecks: today must be an ISO date, got ${JSON.stringify(today)}`);
  return withRecordTexts(() => {
    const byRecord = new Map<string, Finding[]>();
    for (const type of RECORD_TYPES) runPerRecord(byRecord, document, type, today, now);
    return finish(byRecord, document, today, now);
  });
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
    const byRecord = new Map(previous.byRecord as ReadonlyMap<string, Finding[]>);
    const dirtyKeys = new Set<string>();
    for (const type of RECORD_TYPES) {
      for (const id of dirty[type]) {
        byRecord.delete(recordKey(type, id));
        dirtyKeys.add(recordKey(type, id));
      }
      const fresh = new Map<string, Finding[]>();
      runPerRecord(fresh, document, type, today, now, dirty[type]);
      for (const [key, findings] of fresh) byRecord.set(key, findings);
    }
    return finish(byRecord, document, today, now, { previous: previous.findings, dirty: dirtyKeys });
  });
}
