/**
 * The notices' set-up and the record of every notice generated (tables of
 * migration 2026-12-04-18). The tables are typed here, not in db/schema.ts,
 * and reached through `withTables`, so the feature stays in its own files.
 * Every write runs in the caller's transaction and appends its history entry.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { appendHistory } from '../db/repositories/history-repository.ts';
import { assertRevisionRead } from '../db/repositories/revision.ts';
import { newId, timestamp, type WriteContext } from '../db/repositories/write-context.ts';
import { NoticeSettings, audienceKey, defaultNoticeSettings } from '../../shared/notice/settings.ts';

interface NoticeTable {
  id: string;
  organisation_id: string;
  audience_key: string;
  settings_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface NoticeIssueTable {
  id: string;
  notice_id: string;
  version: number;
  issued_at: string;
  notice_date: string;
  lang: 'lv' | 'en';
  format: 'html' | 'docx' | 'pdf';
  draft: number;
  missing_count: number;
  history_seq: number;
  history_head: string;
  document_hash: string;
  fingerprint: string;
  facts_digest: string;
  facts_json: string;
}

type NoticeDB = DB & { notice: NoticeTable; notice_issue: NoticeIssueTable };

const tables = (db: Kysely<DB>): Kysely<NoticeDB> => db.withTables<{ notice: NoticeTable; notice_issue: NoticeIssueTable }>();

export interface StoredNotice {
  id: string;
  revision: number;
  settings: NoticeSettings;
}

export interface NoticeIssue {
  id: string;
  noticeId: string;
  version: number;
  issuedAt: string;
  noticeDate: string;
  lang: 'lv' | 'en';
  format: 'html' | 'docx' | 'pdf';
  draft: boolean;
  missingCount: number;
  historySeq: number;
  historyHead: string;
  documentHash: string;
  fingerprint: string;
  factsDigest: string;
  facts: Record<string, string>;
}

function toNotice(row: NoticeTable): StoredNotice {
  return { id: row.id, revision: row.revision, settings: NoticeSettings.parse(JSON.parse(row.settings_json)) };
}

/** An issued notice's own columns, without its facts (verify reads those apart: a damaged file's facts need not parse). */
export function issueColumns(row: NoticeIssueTable): Omit<NoticeIssue, 'facts'> {
  return {
    id: row.id,
    noticeId: row.notice_id,
    version: row.version,
    issuedAt: row.issued_at,
    noticeDate: row.notice_date,
    lang: row.lang,
    format: row.format,
    draft: row.draft === 1,
    missingCount: row.missing_count,
    historySeq: row.history_seq,
    historyHead: row.history_head,
    documentHash: row.document_hash,
    fingerprint: row.fingerprint,
    factsDigest: row.facts_digest,
  };
}

function toIssue(row: NoticeIssueTable): NoticeIssue {
  return { ...issueColumns(row), facts: JSON.parse(row.facts_json) as Record<string, string> };
}

/** The stored set-up of the notice for this organisation and audience, or null when there is none yet. */
export async function findNotice(db: Kysely<DB>, organisationId: string, audienceIds: readonly string[]): Promise<StoredNotice | null> {
  const row = await tables(db)
    .selectFrom('notice')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('audience_key', '=', audienceKey(audienceIds))
    .executeTakeFirst();
  return row ? toNotice(row) : null;
}

/** Every stored notice, oldest first. */
export async function listNotices(db: Kysely<DB>): Promise<StoredNotice[]> {
  return (await tables(db).selectFrom('notice').selectAll().orderBy('created_at').orderBy('id').execute()).map(toNotice);
}

const label = (settings: NoticeSettings): string => `${settings.organisationId}: ${audienceKey(settings.audienceIds)}`;

/**
 * Saves the DPO's set-up. `revision` is the one loaded (CONFLICT when
 * someone saved since, or when it is absent and someone stored the notice
 * meanwhile); absent for a notice not stored yet.
 */
export async function saveNoticeSettings(trx: Kysely<DB>, settings: NoticeSettings, revision: number | undefined, ctx: WriteContext): Promise<StoredNotice> {
  const at = timestamp(ctx);
  const db = tables(trx);
  const before = await findNotice(trx, settings.organisationId, settings.audienceIds);
  const stored = { ...settings, audienceIds: [...settings.audienceIds].sort() };
  const json = JSON.stringify(stored);
  if (!before) {
    const id = newId(ctx);
    await db
      .insertInto('notice')
      .values({ id, organisation_id: settings.organisationId, audience_key: audienceKey(settings.audienceIds), settings_json: json, revision: 1, created_at: at, updated_at: at })
      .execute();
    await appendHistory(trx, { entityType: 'notice', entityId: id, action: 'create', label: label(stored), before: null, after: stored }, at);
    return { id, revision: 1, settings: stored };
  }
  await assertRevisionRead(trx, { entityType: 'notice', entityId: before.id }, revision, before.revision);
  await db.updateTable('notice').set({ settings_json: json, revision: before.revision + 1, updated_at: at }).where('id', '=', before.id).execute();
  await appendHistory(trx, { entityType: 'notice', entityId: before.id, action: 'update', label: label(stored), before: before.settings, after: stored }, at);
  return { id: before.id, revision: before.revision + 1, settings: stored };
}

/** The stored notice, created with the default set-up when there is none (a notice generated from the CLI). */
export async function ensureNotice(trx: Kysely<DB>, organisationId: string, audienceIds: readonly string[], ctx: WriteContext): Promise<StoredNotice> {
  return (await findNotice(trx, organisationId, audienceIds)) ?? saveNoticeSettings(trx, defaultNoticeSettings(organisationId, audienceIds), undefined, ctx);
}

/** The notice's most recent issue, or null. */
export async function latestIssue(db: Kysely<DB>, noticeId: string): Promise<NoticeIssue | null> {
  const row = await tables(db).selectFrom('notice_issue').selectAll().where('notice_id', '=', noticeId).orderBy('issued_at', 'desc').orderBy('version', 'desc').executeTakeFirst();
  return row ? toIssue(row) : null;
}

/** Every issue of a notice, newest first. */
export async function listIssues(db: Kysely<DB>, noticeId: string): Promise<NoticeIssue[]> {
  return (await tables(db).selectFrom('notice_issue').selectAll().where('notice_id', '=', noticeId).orderBy('issued_at', 'desc').orderBy('version', 'desc').execute()).map(toIssue);
}

/** Records one generated notice, with its history entry. */
export async function recordIssue(trx: Kysely<DB>, issue: Omit<NoticeIssue, 'id' | 'issuedAt'>, ctx: WriteContext): Promise<NoticeIssue> {
  const at = timestamp(ctx);
  const id = newId(ctx);
  const row: NoticeIssueTable = {
    id,
    notice_id: issue.noticeId,
    version: issue.version,
    issued_at: at,
    notice_date: issue.noticeDate,
    lang: issue.lang,
    format: issue.format,
    draft: issue.draft ? 1 : 0,
    missing_count: issue.missingCount,
    history_seq: issue.historySeq,
    history_head: issue.historyHead,
    document_hash: issue.documentHash,
    fingerprint: issue.fingerprint,
    facts_digest: issue.factsDigest,
    facts_json: JSON.stringify(issue.facts),
  };
  await tables(trx).insertInto('notice_issue').values(row).execute();
  const recorded = toIssue(row);
  const { facts: _facts, ...summary } = recorded;
  await appendHistory(trx, { entityType: 'notice', entityId: issue.noticeId, action: 'update', label: `v${issue.version} ${issue.lang} ${issue.format}`, before: null, after: summary }, at);
  return recorded;
}
