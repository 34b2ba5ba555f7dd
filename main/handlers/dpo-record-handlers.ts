/** The breach register and the log of data subject requests. */
import type { dpoRecordsContract, DpoOverview } from '../../shared/contract/dpo-records.ts';
import type { Breach } from '../../shared/domain/breach.ts';
import type { SubjectRequest } from '../../shared/domain/subject-request.ts';
import { breachClock, requestDeadline, requestDue } from '../../shared/dpo-deadlines.ts';
import { isoToday } from '../../shared/format.ts';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { breachTable, deleteBreach, getBreach, loadBreaches, saveBreach } from '../db/repositories/breach-repository.ts';
import { deleteSubjectRequest, getSubjectRequest, loadSubjectRequests, saveSubjectRequest, subjectRequestTable } from '../db/repositories/subject-request-repository.ts';
import { currentCachedDocument } from '../services/document-cache.ts';
import { writeChosenFile } from '../services/atomic-write.ts';
import { AppError } from '../errors.ts';
import { breachNotificationText } from '../services/breach-notice.ts';
import { assertBreachReferences, assertRequestReferences } from '../services/dpo-records.ts';
import { breachPrefill, proposeRequestActivities } from '../services/dpo-proposals.ts';
import type { HandlerMap } from './types.ts';

/** A breach with its clock at `now`. */
export const breachRow = (breach: Breach, now: string) => ({ ...breach, clock: breachClock(breach, now) });

/** A request with its deadline and where it stands on `today`. */
export const requestRow = (request: SubjectRequest, today: string) => ({ ...request, deadline: requestDeadline(request), due: requestDue(request, today) });

/** The overview's figures for the breaches and requests on record. */
export function dpoOverview(breaches: readonly Breach[], requests: readonly SubjectRequest[], now: string, today: string): DpoOverview {
  const overview: DpoOverview = { breaches: { open: 0, running: [], overdue: [] }, requests: { open: 0, overdue: [], dueSoon: [] } };
  for (const breach of breaches) {
    if (breach.status === 'open') overview.breaches.open += 1;
    const clock = breachClock(breach, now);
    const label = breachTable.label(breach);
    if (clock.state === 'running') overview.breaches.running.push({ id: breach.id, label, hoursLeft: clock.hoursLeft, due: clock.due });
    if (clock.state === 'overdue') overview.breaches.overdue.push({ id: breach.id, label, hoursOver: clock.hoursOver });
  }
  overview.breaches.running.sort((a, b) => a.hoursLeft - b.hoursLeft);
  for (const request of requests) {
    if (request.status === 'open') overview.requests.open += 1;
    const due = requestDue(request, today);
    const row = { id: request.id, label: subjectRequestTable.label(request), deadline: requestDeadline(request) };
    if (due === 'overdue') overview.requests.overdue.push(row);
    if (due === 'due-soon') overview.requests.dueSoon.push(row);
  }
  const byDeadline = (a: { deadline: string }, b: { deadline: string }) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0);
  overview.requests.overdue.sort(byDeadline);
  overview.requests.dueSoon.sort(byDeadline);
  return overview;
}

const nowOf = (now: Date): string => now.toISOString();

/**
 * The breaches and requests: from the register document the checks keep in
 * memory (document-cache.ts) when it is current, which answers 10,000
 * requests at once; else read from the register (building the whole cached
 * document for them would make the first list after opening wait for every
 * activity too).
 */
async function dpoRecords(db: Kysely<DB>): Promise<{ breaches: Breach[]; requests: SubjectRequest[] }> {
  const cached = await currentCachedDocument(db);
  if (cached) return { breaches: cached.breaches ?? [], requests: cached.subjectRequests ?? [] };
  return { breaches: await loadBreaches(db), requests: await loadSubjectRequests(db) };
}

export const dpoRecordHandlers: HandlerMap<keyof typeof dpoRecordsContract> = {
  'breaches:list': async (_input, app) => {
    const now = nowOf(app.platform.now());
    const db = app.requireSession().db;
    const cached = await currentCachedDocument(db);
    return (cached ? (cached.breaches ?? []) : await loadBreaches(db)).map((breach) => breachRow(breach, now));
  },
  'breaches:get': async ({ id }, app) => getBreach(app.requireSession().db, id),
  'breaches:save': async (input, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      await assertBreachReferences(trx, input);
      return saveBreach(trx, input, session.ctx);
    });
  },
  'breaches:delete': async ({ id, revision }, app) => {
    const session = app.requireSession();
    await session.write((trx) => deleteBreach(trx, id, session.ctx, revision));
    return { deleted: true as const };
  },
  'breaches:prefill': async ({ activityIds }, app) => breachPrefill(app.requireSession().db, activityIds),
  'breaches:notificationText': async ({ id, language }, app) => {
    const db = app.requireSession().db;
    return { text: await breachNotificationText(db, await getBreach(db, id), language) };
  },

  'breaches:saveNotificationPdf': async ({ id, language }, app) => {
    const db = app.requireSession().db;
    const breach = await getBreach(db, id);
    const today = isoToday(app.platform.now());
    const path = await app.platform.dialogs.chooseFileToSave('pdf', `dvi-pazinojums-${breach.number.replace(/[^\p{L}\p{N}_-]+/gu, '-')}-${today}.pdf`);
    if (!path) throw new AppError('CANCELLED');
    // Loaded here: pdfmake and its fonts are only needed for the PDF.
    const { breachNoticePdf } = await import('../pdf/breach-notice-pdf.ts');
    const pdf = await breachNoticePdf(db, breach, language, today);
    try {
      writeChosenFile(path, pdf);
    } catch (error) {
      throw new AppError('WRITE_FAILED', { file: basename(path), detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
    }
    return { fileName: basename(path) };
  },

  'requests:list': async (_input, app) => {
    const today = isoToday(app.platform.now());
    const db = app.requireSession().db;
    const cached = await currentCachedDocument(db);
    return (cached ? (cached.subjectRequests ?? []) : await loadSubjectRequests(db)).map((request) => requestRow(request, today));
  },
  'requests:get': async ({ id }, app) => getSubjectRequest(app.requireSession().db, id),
  'requests:save': async (input, app) => {
    const session = app.requireSession();
    return session.write(async (trx) => {
      await assertRequestReferences(trx, input);
      return saveSubjectRequest(trx, input, session.ctx);
    });
  },
  'requests:delete': async ({ id, revision }, app) => {
    const session = app.requireSession();
    await session.write((trx) => deleteSubjectRequest(trx, id, session.ctx, revision));
    return { deleted: true as const };
  },
  'requests:proposeActivities': async ({ organisationId, dataSubjectCategoryIds }, app) =>
    proposeRequestActivities(app.requireSession().db, organisationId, dataSubjectCategoryIds),

  'dpoRecords:overview': async (_input, app) => {
    const { breaches, requests } = await dpoRecords(app.requireSession().db);
    const now = app.platform.now();
    return dpoOverview(breaches, requests, nowOf(now), isoToday(now));
  },
};
