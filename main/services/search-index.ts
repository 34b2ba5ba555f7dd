/**
 * Full-text search over the activities, kept in memory per open register.
 *
 * The activities list carries summaries only; a DPO searching for
 * "sīkdatnes" or for a processor's name expects to find every activity that
 * mentions it anywhere. The index holds one normalised text per activity:
 * its own text fields plus the names of what it links to.
 *
 * Keeping it current: every write appends to the change history in the same
 * transaction (main/db/repositories/history-repository.ts), so the history's
 * head is the register's version. Before answering, the index reads the
 * entries written since it last looked: changed activities are reloaded,
 * deleted ones dropped, and a change to anything else (a processor renamed,
 * a catalogue entry added) reloads the names and rebuilds the texts from the
 * activities it already holds. Whatever code path wrote (editor, import,
 * relinking on delete), the index cannot miss it.
 */
import type { Kysely } from 'kysely';
import type { Activity } from '../../shared/domain/activity.ts';
import { CATALOGUE_NAMES, type CatalogueName } from '../../shared/domain/catalogues.ts';
import { matchesTerms, normaliseForSearch, queryTerms } from '../../shared/search-text.ts';
import type { DB } from '../db/schema.ts';
import { loadActivities } from '../db/repositories/activity-repository.ts';
import { listCatalogues } from '../db/repositories/catalogue-repository.ts';
import { historySeq } from '../db/repositories/history-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';
import { listRetentionRules } from '../db/repositories/retention-repository.ts';

/** Names of linked records by id: catalogue entries in both languages, processors, rules, organisations. */
export interface LinkedNames {
  catalogue: Record<CatalogueName, Map<string, string>>;
  processors: Map<string, string>;
  retentionRules: Map<string, string>;
  organisations: Map<string, string>;
}

/** More changes than this since the last look: rebuilding is cheaper than catching up. */
const CATCH_UP_LIMIT = 2000;

export async function loadLinkedNames(db: Kysely<DB>): Promise<LinkedNames> {
  const catalogues = await listCatalogues(db);
  const catalogue = {} as Record<CatalogueName, Map<string, string>>;
  for (const name of CATALOGUE_NAMES) {
    const entries = catalogues[name] as Array<{ id: string; nameLv: string; nameEn: string }>;
    catalogue[name] = new Map(entries.map((entry) => [entry.id, `${entry.nameLv} ${entry.nameEn}`]));
  }
  return {
    catalogue,
    processors: new Map((await loadProcessors(db)).map((p) => [p.id, `${p.name} ${p.regNo} ${p.service}`])),
    retentionRules: new Map((await listRetentionRules(db)).map((r) => [r.id, r.name])),
    organisations: new Map((await listOrganisations(db)).map((o) => [o.id, `${o.name} ${o.regNo}`])),
  };
}

/** Everything a search should find an activity by, normalised. */
export function activitySearchText(activity: Activity, names: LinkedNames): string {
  const of = (map: Map<string, string>, id: string | null) => (id ? (map.get(id) ?? '') : '');
  const c = names.catalogue;
  const parts: string[] = [
    activity.number,
    activity.name,
    activity.description,
    activity.ownerUnit,
    activity.ownerPerson,
    activity.reviewedBy,
    of(names.organisations, activity.organisationId),
    ...activity.legalBasisIds.map((id) => of(c.legalBases, id)),
    ...activity.purposes.flatMap((p) => [
      p.description,
      p.legitimateInterest,
      p.legitimateInterestAssessment,
      ...p.legalBasisIds.map((id) => of(c.legalBases, id)),
    ]),
    ...activity.art9ConditionIds.map((id) => of(c.art9Conditions, id)),
    activity.art9Notes,
    activity.art10Basis,
    ...activity.namedSources.flatMap((s) => [s.name, of(c.dataCategories, s.dataCategoryId)]),
    ...activity.dataSubjectCategoryIds.map((id) => of(c.dataSubjectCategories, id)),
    ...activity.dataCategories.flatMap((row) => [
      of(c.dataCategories, row.dataCategoryId),
      of(names.retentionRules, row.retentionRuleId),
      row.notes,
    ]),
    activity.sourceNotes,
    ...activity.recipients.flatMap((row) => [of(c.recipientCategories, row.recipientCategoryId), row.notes]),
    ...activity.processors.flatMap((row) => [of(names.processors, row.processorId), row.notes]),
    activity.jointControllerArrangement,
    ...activity.transfers.flatMap((t) => [
      of(c.countries, t.countryId),
      of(names.processors, t.processorId),
      of(c.transferMechanisms, t.transferMechanismId),
      t.safeguardDocuments,
      t.derogationJustification,
      t.notes,
    ]),
    ...activity.securityMeasureIds.map((id) => of(c.securityMeasures, id)),
    activity.securityNotes,
    activity.systems,
    activity.dataLocation,
    activity.automatedDecisionLogic,
    activity.automatedDecisionNoEffectReason,
    activity.profilingInformation,
    activity.dpiaReference,
    activity.dpiaNotes,
    ...activity.controllers.flatMap((row) => [
      row.name,
      row.regNo,
      row.contact,
      row.representative,
      row.dpoContact,
      row.processingCategories,
      row.contractReference,
    ]),
    activity.notes,
  ];
  return normaliseForSearch(parts.filter((part) => part).join(' \u0000 '));
}

export class ActivitySearchIndex {
  /** The history seq the index reflects; null before the first build. */
  private seq: number | null = null;
  private names: LinkedNames | null = null;
  private readonly activities = new Map<string, Activity>();
  private readonly texts = new Map<string, string>();
  /** `texts` as an array, made again after a change: scanning an array is about a tenth faster than iterating the map, and is the floor's own loop. */
  private scanned: Array<[string, string]> | null = null;
  private pending: Promise<void> = Promise.resolve();

  /** Ids of the activities matching every word of `query` (all of them for an empty query). */
  async search(db: Kysely<DB>, query: string): Promise<string[]> {
    await this.refresh(db);
    const terms = queryTerms(query);
    this.scanned ??= [...this.texts];
    const ids: string[] = [];
    for (const [id, text] of this.scanned) if (matchesTerms(text, terms)) ids.push(id);
    return ids;
  }

  /** Brings the index up to the register's current state (one refresh at a time). */
  refresh(db: Kysely<DB>): Promise<void> {
    const next = this.pending.then(() => this.catchUp(db));
    this.pending = next.catch(() => undefined);
    return next;
  }

  private async catchUp(db: Kysely<DB>): Promise<void> {
    const head = await historySeq(db);
    if (this.seq === head) return;
    const since = this.seq;
    if (since === null || head < since || head - since > CATCH_UP_LIMIT) {
      await this.rebuild(db, head);
      return;
    }
    const changes = await db
      .selectFrom('history')
      .select(['entity_type', 'entity_id'])
      .where('seq', '>', since)
      .where('seq', '<=', head)
      .execute();
    const changedActivities = new Set<string>();
    let namesChanged = false;
    for (const change of changes) {
      if (change.entity_type === 'activity') changedActivities.add(change.entity_id);
      else namesChanged = true;
    }
    if (namesChanged) this.names = await loadLinkedNames(db);
    const reloaded = await loadActivities(db, [...changedActivities]);
    for (const id of changedActivities) {
      this.activities.delete(id);
      this.texts.delete(id);
    }
    for (const activity of reloaded) this.activities.set(activity.id, activity);
    const names = this.names as LinkedNames;
    const toIndex = namesChanged ? [...this.activities.values()] : reloaded;
    for (const activity of toIndex) this.texts.set(activity.id, activitySearchText(activity, names));
    this.scanned = null;
    this.seq = head;
  }

  private async rebuild(db: Kysely<DB>, head: number): Promise<void> {
    const names = await loadLinkedNames(db);
    const activities = await loadActivities(db);
    this.activities.clear();
    this.texts.clear();
    for (const activity of activities) {
      this.activities.set(activity.id, activity);
      this.texts.set(activity.id, activitySearchText(activity, names));
    }
    this.names = names;
    this.scanned = null;
    this.seq = head;
  }
}
