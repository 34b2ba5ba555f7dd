/** Compliance checks and "mark as reviewed". Today is the platform's clock, in local time. */
import type { checksContract } from '../../shared/contract/checks.ts';
import { isoToday } from '../../shared/format.ts';
import { buildActivityChecks, buildChecksReport } from '../../shared/rules/report.ts';
import { activityCompleteness } from '../../shared/rules/summary.ts';
import { getActivity } from '../db/repositories/activity-repository.ts';
import { cachedChecksDocument, cachedFindings } from '../services/document-cache.ts';
import { registerDocumentWith } from '../services/register-document.ts';
import { markActivityReviewed } from '../services/reviews.ts';
import type { HandlerMap } from './types.ts';
import { checkCancelled, reportProgress } from '../engine/tasks.ts';

export const checkHandlers: HandlerMap<keyof typeof checksContract> = {
  'checks:run': async (_input, app) => {
    reportProgress('reading', 0, 2);
    const document = await cachedChecksDocument(app.requireSession().db);
    // Cancellable between reading the register and running the rules (the first run of a big register is the long one).
    checkCancelled();
    reportProgress('checking', 1, 2);
    const now = app.platform.now();
    const today = isoToday(now);
    return buildChecksReport(document, today, app.language, cachedFindings(document, today, now.toISOString()));
  },
  'checks:activities': async (_input, app) => {
    const document = await cachedChecksDocument(app.requireSession().db);
    const now = app.platform.now();
    const today = isoToday(now);
    // The same moment as checks:run, so that the list and the overview share one run of the rules (the moment only moves a breach's clock).
    return { today, activities: activityCompleteness(document, cachedFindings(document, today, now.toISOString())) };
  },
  'checks:activity': async ({ id }, app) => {
    const db = app.requireSession().db;
    const activity = await getActivity(db, id);
    return buildActivityChecks(await registerDocumentWith(db, [activity]), activity, isoToday(app.platform.now()), app.language);
  },
  'activities:markReviewed': async (request, app) => {
    const session = app.requireSession();
    const today = isoToday(app.platform.now());
    return session.write((trx) => markActivityReviewed(trx, request, today, session.ctx));
  },
};
