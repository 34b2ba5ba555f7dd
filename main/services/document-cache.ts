/**
 * The whole register as a document, kept in memory per open register for the
 * compliance checks, which read all of it every time they run (the overview
 * runs them after every save).
 *
 * Kept current the way the search index is (search-index.ts): every write
 * appends to the change history in its own transaction, so the history's head
 * is the register's version. Before answering, the cache reads which records
 * the entries since its last look touched and reloads just those; more
 * changes than CATCH_UP_LIMIT (an import) reload everything. A document once
 * handed out is never changed: a catch-up builds new arrays. The findings of
 * a document are kept with it (`cachedFindings`). The checks read a lighter
 * document (`cachedChecksDocument`); whoever asks for the whole register
 * after them gets it read whole.
 */
import type { Kysely } from 'kysely';
import { CATALOGUE_NAMES, type CatalogueName } from '../../shared/domain/catalogues.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { fullChecks, updateChecks, type ChangeSet, type ChecksState } from '../../shared/rules/incremental.ts';
import type { Finding } from '../../shared/rules/types.ts';
import type { DB } from '../db/schema.ts';
import { loadActivities } from '../db/repositories/activity-repository.ts';
import { listCatalogue } from '../db/repositories/catalogue-repository.ts';
import { historySeq } from '../db/repositories/history-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';
import { listRetentionRules } from '../db/repositories/retention-repository.ts';
import { readChecksDocument } from './checks-document.ts';
import { exportDpoRecords } from './dpo-exchange.ts';
import { readRegisterDocument } from './register-document.ts';
import { readRegisterInfo } from './register-info.ts';

/** More changes than this since the last look: reloading is cheaper than catching up. */
const CATCH_UP_LIMIT = 500;

interface Cached {
  seq: number;
  document: RegisterDocument;
  /** Read for the checks only (checks-document.ts): what they do not read is left out. */
  checksOnly: boolean;
}

const caches = new WeakMap<Kysely<DB>, Cached>();

/** Same order as loadActivities / loadProcessors give (binary, like SQLite's). */
const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type ActivityList = RegisterDocument['activities'];
const activityOrder = (a: ActivityList[number], b: ActivityList[number]): number => binary(a.organisationId, b.organisationId) || binary(a.number, b.number);

/**
 * The activities with those of `ids` replaced by `fresh`, in the cache's
 * order: the kept ones are already in it, so the fresh ones are merged in
 * (one pass, not a sort of 10,000 after every save); the same result as
 * sorting all of them, which is what happens if the kept ones are not in
 * order (a database that sorted them otherwise).
 */
function withReplaced(activities: ActivityList, ids: ReadonlySet<string>, fresh: ActivityList): ActivityList {
  const kept = activities.filter((activity) => !ids.has(activity.id));
  if (kept.some((activity, index) => index > 0 && activityOrder(kept[index - 1] as ActivityList[number], activity) > 0)) return [...kept, ...fresh].sort(activityOrder);
  const added = [...fresh].sort(activityOrder);
  const merged: ActivityList[number][] = [];
  let i = 0;
  let j = 0;
  // A kept activity before a fresh one it ties with, as a stable sort of the kept ones followed by the fresh ones would put them.
  while (i < kept.length && j < added.length) merged.push(activityOrder(kept[i] as ActivityList[number], added[j] as ActivityList[number]) <= 0 ? (kept[i++] as ActivityList[number]) : (added[j++] as ActivityList[number]));
  while (i < kept.length) merged.push(kept[i++] as ActivityList[number]);
  while (j < added.length) merged.push(added[j++] as ActivityList[number]);
  return merged;
}

/**
 * The register document as `readRegisterDocument` gives it, from the cache when
 * nothing changed, caught up when little did. For reads outside a
 * transaction only (a transaction's own writes are not history yet).
 */
export async function cachedRegisterDocument(db: Kysely<DB>): Promise<RegisterDocument> {
  return cachedDocument(db, false);
}

/**
 * The document the checks read: the cached one when it is current (whole or
 * the checks' own), else the checks' own read (checks-document.ts), which
 * leaves out what no check reads, so that the first checks after opening a
 * large register do not wait for every text of it. Only for the checks and
 * their figures (the breaches and requests in it are whole).
 */
export async function cachedChecksDocument(db: Kysely<DB>): Promise<RegisterDocument> {
  return cachedDocument(db, true);
}

async function cachedDocument(db: Kysely<DB>, forChecks: boolean): Promise<RegisterDocument> {
  const head = await historySeq(db);
  const cached = caches.get(db);
  if (cached && cached.seq === head && (forChecks || !cached.checksOnly)) return cached.document;
  let document: RegisterDocument;
  let checksOnly = forChecks;
  if (cached && cached.seq === head) {
    // The checks' document, and the whole register asked for: the same version, so its findings (and what changed before them) carry over.
    document = await readRegisterDocument(db);
    carryFindings(cached.document, document);
  } else if (!cached || head < cached.seq || head - cached.seq > CATCH_UP_LIMIT || (cached.checksOnly && !forChecks)) {
    document = forChecks ? await readChecksDocument(db) : await readRegisterDocument(db);
  } else {
    document = await catchUp(db, cached);
    checksOnly = cached.checksOnly;
  }
  caches.set(db, { seq: head, document, checksOnly });
  return document;
}

/**
 * The cached document when it is current (nothing written since), without
 * building or catching it up: for reads that can answer from it when it is
 * there and are cheaper on their own when it is not (the breach and request
 * lists, right after opening a large register).
 */
export async function currentCachedDocument(db: Kysely<DB>): Promise<RegisterDocument | undefined> {
  const cached = caches.get(db);
  if (!cached) return undefined;
  return cached.seq === (await historySeq(db)) ? cached.document : undefined;
}

/** The findings worked out for a document, for the day (and hour: a breach's clock) they are for. */
const findingsCache = new WeakMap<RegisterDocument, { key: string; state: ChecksState; how: 'all rules' | 'after a change' }>();

/**
 * For a document made by catching up: the last earlier document whose
 * findings were worked out, and what changed since then (so that two saves
 * without checks in between are caught up together, and no chain of old
 * documents is kept).
 */
const changesSince = new WeakMap<RegisterDocument, { base: RegisterDocument; changes: ChangeSet }>();

function mergeChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  const records: ChangeSet['records'] = { ...a.records };
  for (const [type, ids] of Object.entries(b.records) as Array<[keyof ChangeSet['records'], ReadonlySet<string>]>) {
    records[type] = new Set([...(records[type] ?? []), ...ids]);
  }
  return { everything: a.everything || b.everything, records };
}

/**
 * The compliance findings of a cached document for `today`: run once per
 * version of the register and day, so that showing the overview or the list
 * again without a change in between answers at once. After a save, only the
 * rules the save can have changed run again (shared/rules/incremental.ts).
 */
export function cachedFindings(document: RegisterDocument, today: string, now?: string): readonly Finding[] {
  // A breach's 72 hours are counted in hours: with a clock, findings are kept for the hour, not the day.
  const key = now ? `${today} ${now.slice(0, 13)}` : today;
  const cached = findingsCache.get(document);
  if (cached?.key === key) return cached.state.findings;
  const since = changesSince.get(document);
  const base = since && findingsCache.get(since.base);
  const incremental = base?.key === key && since !== undefined;
  const state = incremental ? updateChecks(base.state, document, since.changes) : fullChecks(document, today, now);
  changesSince.delete(document);
  findingsCache.set(document, { key, state, how: incremental ? 'after a change' : 'all rules' });
  return state.findings;
}

/** How a document's findings were last worked out: every rule, or only what a change touched (for tests and the benchmark). */
export function howFindingsWereRun(document: RegisterDocument): 'all rules' | 'after a change' | undefined {
  return findingsCache.get(document)?.how;
}

/** Another read of the same version of the register gets the findings (or the changes not yet checked) of the first. */
function carryFindings(from: RegisterDocument, to: RegisterDocument): void {
  const findings = findingsCache.get(from);
  if (findings) findingsCache.set(to, findings);
  const since = changesSince.get(from);
  if (since) changesSince.set(to, since);
}

/** What the history entries since the cached document changed, as the checks count changes. */
function changeSet(changes: ReadonlyArray<{ entity_type: string; entity_id: string }>): ChangeSet {
  const records: Record<string, Set<string>> = {};
  let everything = false;
  for (const { entity_type: type, entity_id: id } of changes) {
    if (type === 'register' || (CATALOGUE_NAMES as readonly string[]).includes(type)) everything = true;
    else (records[type] ??= new Set()).add(id);
  }
  return { everything, records };
}

/** Notes, for a caught-up document, what changed since the last one whose findings are known. */
function noteChanges(previous: RegisterDocument, next: RegisterDocument, changes: ChangeSet): void {
  if (findingsCache.has(previous)) {
    changesSince.set(next, { base: previous, changes });
    return;
  }
  const earlier = changesSince.get(previous);
  if (earlier) changesSince.set(next, { base: earlier.base, changes: mergeChanges(earlier.changes, changes) });
}

async function catchUp(db: Kysely<DB>, cached: Cached): Promise<RegisterDocument> {
  const changes = await db.selectFrom('history').select(['entity_type', 'entity_id']).where('seq', '>', cached.seq).execute();
  const changed = (type: string) => new Set(changes.filter((c) => c.entity_type === type).map((c) => c.entity_id));
  const previous = cached.document;
  let { organisations, processors, retentionRules, activities, catalogues, register } = previous;

  const activityIds = changed('activity');
  if (activityIds.size > 0) {
    activities = withReplaced(activities, activityIds, await loadActivities(db, [...activityIds]));
  }
  if (changed('processor').size > 0) processors = await loadProcessors(db);
  if (changed('retentionRule').size > 0) retentionRules = await listRetentionRules(db);
  if (changed('organisation').size > 0) organisations = await listOrganisations(db);
  if (changed('register').size > 0) register = await readRegisterInfo(db);
  const dpoRecords = changed('breach').size > 0 || changed('subjectRequest').size > 0 ? await exportDpoRecords(db) : undefined;
  const catalogueChanges = CATALOGUE_NAMES.filter((name) => changed(name).size > 0);
  if (catalogueChanges.length > 0) {
    catalogues = { ...catalogues };
    for (const name of catalogueChanges) (catalogues as Record<CatalogueName, unknown[]>)[name] = await listCatalogue(db, name);
  }
  const caughtUp = { ...previous, organisations, processors, retentionRules, activities, catalogues, register };
  let next: RegisterDocument = caughtUp;
  if (dpoRecords) {
    const { breaches: _b, subjectRequests: _r, ...rest } = caughtUp;
    next = { ...rest, ...dpoRecords };
  }
  noteChanges(previous, next, changeSet(changes));
  return next;
}
