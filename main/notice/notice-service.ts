/**
 * Privacy notices from the register: prepare (scope, check, text), write
 * (HTML, DOCX, PDF), issue (write and record, with the register's
 * fingerprint) and tell which issued notices the register has outgrown.
 * Used by the handlers (app, browser mode) and by `ropa notice` alike.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { localName } from '../../shared/domain/catalogues.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { checkNotice } from '../../shared/notice/check.ts';
import { composeNotice, type NoticeText } from '../../shared/notice/compose.ts';
import { noticeHtmlDocument } from '../../shared/notice/html.ts';
import { countChanges, noticeFacts, noticeScope, type NoticeScope } from '../../shared/notice/scope.ts';
import { defaultNoticeSettings, type NoticeSettings } from '../../shared/notice/settings.ts';
import { findingMessage } from '../../shared/rules/messages.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { canonicalJson } from '../db/canonical-json.ts';
import type { DB } from '../db/schema.ts';
import type { WriteContext } from '../db/repositories/write-context.ts';
import { AppError } from '../errors.ts';
import { registerFingerprint, type RegisterFingerprint } from './fingerprint.ts';
import { ensureNotice, findNotice, latestIssue, listNotices, recordIssue, type NoticeIssue, type StoredNotice } from './notice-repository.ts';

import type { NOTICE_FORMATS } from '../../shared/contract/notice.ts';

export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

export interface NoticeRequest {
  organisationId: string;
  audienceIds: readonly string[];
  lang: Language;
  /** The notice's date, ISO YYYY-MM-DD. */
  date: string;
  /** Leave the check's list out even when it found something (the DPO publishes knowingly). */
  final?: boolean;
}

export interface PreparedNotice {
  stored: StoredNotice | null;
  settings: NoticeSettings;
  scope: NoticeScope;
  findings: Finding[];
  /** The findings' messages in the notice's language. */
  missing: string[];
  facts: Record<string, string>;
  factsDigest: string;
  version: number;
  text: NoticeText;
}

export function factsDigest(facts: Record<string, string>): string {
  return createHash('sha256').update(canonicalJson(facts)).digest('hex');
}

/** Scope, check and text of one notice, with the version it would carry if issued now. */
export async function prepareNotice(db: Kysely<DB>, document: RegisterDocument, request: NoticeRequest): Promise<PreparedNotice> {
  const wanted = new Set(document.catalogues.dataSubjectCategories.map((c) => c.id));
  const unknown = request.audienceIds.find((id) => !wanted.has(id));
  if (unknown !== undefined || request.audienceIds.length === 0) throw new AppError('NOT_FOUND', { id: unknown ?? '' });
  const stored = await findNotice(db, request.organisationId, request.audienceIds);
  const settings = stored?.settings ?? defaultNoticeSettings(request.organisationId, request.audienceIds);
  const scope = noticeScope(document, settings);
  if (!scope) throw new AppError('NOT_FOUND', { id: request.organisationId });
  const findings = checkNotice(document, scope);
  const missing = findings.map((finding) => findingMessage(finding, request.lang));
  const facts = noticeFacts(document, scope, settings);
  const digest = factsDigest(facts);
  const latest = stored ? await latestIssue(db, stored.id) : null;
  const version = latest === null ? 1 : latest.factsDigest === digest ? latest.version : latest.version + 1;
  const text = composeNotice(document, scope, settings, { lang: request.lang, date: request.date, version, missing: request.final ? [] : missing });
  return { stored, settings, scope, findings, missing, facts, factsDigest: digest, version, text };
}

/** The notice's file in a format. PDF and DOCX writers are loaded on first use. */
export async function writeNotice(text: NoticeText, format: NoticeFormat): Promise<Buffer> {
  if (format === 'html') return Buffer.from(noticeHtmlDocument(text), 'utf8');
  if (format === 'docx') return (await import('./docx.ts')).noticeDocx(text);
  return (await import('./pdf.ts')).noticePdf(text);
}

export interface IssuedNotice {
  prepared: PreparedNotice;
  bytes: Buffer;
  issue: NoticeIssue;
  fingerprint: RegisterFingerprint;
}

/**
 * Writes the notice and records that it was generated: date, audience,
 * language, format, version and the register's fingerprint. `write` runs the
 * recording in one transaction (a session's `write`).
 */
export async function issueNotice(
  db: Kysely<DB>,
  write: <T>(work: (trx: Kysely<DB>) => Promise<T>) => Promise<T>,
  ctx: WriteContext,
  document: RegisterDocument,
  request: NoticeRequest & { format: NoticeFormat },
): Promise<IssuedNotice> {
  const prepared = await prepareNotice(db, document, request);
  const bytes = await writeNotice(prepared.text, request.format);
  const fingerprint = await registerFingerprint(db, document);
  const issue = await write(async (trx) => {
    const notice = await ensureNotice(trx, request.organisationId, request.audienceIds, ctx);
    return recordIssue(
      trx,
      {
        noticeId: notice.id,
        version: prepared.version,
        noticeDate: request.date,
        lang: request.lang,
        format: request.format,
        draft: prepared.text.draft,
        missingCount: prepared.findings.length,
        historySeq: fingerprint.historySeq,
        historyHead: fingerprint.historyHead,
        documentHash: fingerprint.documentHash,
        fingerprint: fingerprint.fingerprint,
        factsDigest: prepared.factsDigest,
        facts: prepared.facts,
      },
      ctx,
    );
  });
  return { prepared, bytes, issue, fingerprint };
}

export interface NoticeStatus {
  noticeId: string;
  organisationId: string;
  audienceIds: string[];
  audience: Array<{ lv: string; en: string }>;
  /** The latest issue: what is published, as far as the register knows. */
  lastIssue: Pick<NoticeIssue, 'version' | 'noticeDate' | 'lang' | 'format' | 'draft' | 'fingerprint'> | null;
  /** Facts of the latest issue that the register now states differently. */
  changes: number;
}

/** Every stored notice and how far the register has moved since its latest issue. */
export async function noticeStatuses(db: Kysely<DB>, document: RegisterDocument): Promise<NoticeStatus[]> {
  const statuses: NoticeStatus[] = [];
  for (const notice of await listNotices(db)) {
    const scope = noticeScope(document, notice.settings);
    const latest = await latestIssue(db, notice.id);
    const current = scope ? noticeFacts(document, scope, notice.settings) : {};
    statuses.push({
      noticeId: notice.id,
      organisationId: notice.settings.organisationId,
      audienceIds: notice.settings.audienceIds,
      audience: (scope?.audience ?? []).map((c) => ({ lv: localName(c, 'lv'), en: localName(c, 'en') })),
      lastIssue: latest && { version: latest.version, noticeDate: latest.noticeDate, lang: latest.lang, format: latest.format, draft: latest.draft, fingerprint: latest.fingerprint },
      changes: latest ? countChanges(latest.facts, current) : 0,
    });
  }
  return statuses;
}
