/** Compliance checks and "mark as reviewed". Today is the platform's clock, in local time. */
import type { Kysely } from 'kysely';
import type { checksContract } from '../../shared/contract/checks.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type RegisterDocument } from '../../shared/domain/register.ts';
import { isoToday } from '../../shared/format.ts';
import { buildActivityChecks, buildChecksReport } from '../../shared/rules/report.ts';
import { activityCompleteness } from '../../shared/rules/summary.ts';
import type { DB } from '../db/schema.ts';
import { getActivity } from '../db/repositories/activity-repository.ts';
import { listCatalogues } from '../db/repositories/catalogue-repository.ts';
import { listOrganisations } from '../db/repositories/organisation-repository.ts';
import { loadProcessors } from '../db/repositories/processor-repository.ts';
import { listRetentionRules } from '../db/repositories/retention-repository.ts';
import { cachedFindings, cachedRegisterDocument } from '../services/document-cache.ts';
import { readRegisterInfo } from '../services/register-info.ts';
import { markActivityReviewed } from '../services/reviews.ts';
import type { HandlerMap } from './types.ts';

/**
 * The register with only one activity: an activity's findings depend on it
 * and on what it links to, never on the other activities, so the editor's
 * checks need not load them all.
 */
async function documentWithActivity(db: Kysely<DB>, activity: Activity): Promise<RegisterDocument> {
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    register: await readRegisterInfo(db),
    organisations: await listOrganisations(db),
    catalogues: await listCatalogues(db),
    processors: await loadProcessors(db),
    retentionRules: await listRetentionRules(db),
    activities: [activity],
  };
}

export const checkHandlers: HandlerMap<keyof typeof checksContract> = {
  'checks:run': async (_input, app) => {
    const document = await cachedRegisterDocument(app.requireSession().db);
    const now = app.platform.now();
    const today = isoToday(now);
    return buildChecksReport(document, today, app.language, cachedFindings(document, today, now.toISOString()));
  },
  'checks:activities': async (_input, app) => {
    const document = await cachedRegisterDocument(app.requireSession().db);
    const now = app.platform.now();
    const today = isoToday(now);
    // The same moment as checks:run, so that the list and the overview share one run of the rules (the moment only moves a breach's clock).
    return { today, activities: activityCompleteness(document, cachedFindings(document, today, now.toISOString())) };
  },
  'checks:activity': async ({ id }, app) => {
    const db = app.requireSession().db;
    const activity = await getActivity(db, id);
    return buildActivityChecks(await documentWithActivity(db, activity), activity, isoToday(app.platform.now()), app.language);
  },
  'activities:markReviewed': async (request, app) => {
    const session = app.requireSession();
    const today = isoToday(app.platform.now());
    return session.write((trx) => markActivityReviewed(trx, request, today, session.ctx));
  },
};
