/** The register's past: as of a moment, diffs, approvals, restores, the author (main/services/versions). */
import type { versionsContract } from '../../shared/contract/versions.ts';
import type { AppContext } from '../services/app-context.ts';
import { approvalStatus, approveRegister, listApprovals, listReviews } from '../services/versions/approvals.ts';
import { currentRegister } from '../services/versions/as-of.ts';
import { diffRegisterBetween } from '../services/versions/register-diff.ts';
import { restoreRecord, restoreRecordAsOf } from '../services/versions/restore.ts';
import type { HandlerMap } from './types.ts';
import { assertTeamOwner } from '../services/team-session.ts';

/**
 * Approvals and reviews, and how the register stands to them; in the view of
 * a past moment, those of the real register up to that moment, and how that
 * moment's state stood to them (the view's own file has none).
 */
async function versionList(app: AppContext) {
  const { db, uptoSeq } = app.historySource();
  const asOf = app.asOfView?.asOf;
  if (uptoSeq === null || !asOf) return { approvals: await listApprovals(db), reviews: await listReviews(db), status: await approvalStatus(db, await currentRegister(db)) };
  return {
    approvals: (await listApprovals(db)).filter((approval) => approval.headSeq <= uptoSeq),
    reviews: (await listReviews(db)).filter((review) => review.seq <= uptoSeq),
    status: await approvalStatus(db, { moment: { seq: uptoSeq }, fingerprint: asOf.fingerprint }),
  };
}

export const versionHandlers: HandlerMap<keyof typeof versionsContract> = {
  'versions:viewAsOf': async ({ moment }, app) => app.viewAsOf(moment),
  'versions:leaveAsOf': async (_input, app) => app.leaveAsOf(),
  'versions:diff': async ({ from, to }, app) => {
    // In the view of a past moment: the real register's history, "now" being the moment shown.
    const { db, uptoSeq } = app.historySource();
    return diffRegisterBetween(db, new Date(from).toISOString(), to ? new Date(to).toISOString() : uptoSeq === null ? undefined : { seq: uptoSeq });
  },
  'versions:list': async (_input, app) => versionList(app),
  'versions:approve': async (input, app) => {
    const session = app.requireSession();
    // On a team register only its owners approve (an editor is told so; a reader's session is read-only).
    assertTeamOwner(session, 'approve');
    await session.write((trx) => approveRegister(trx, input, session.ctx));
    return versionList(app);
  },
  'versions:restore': async (input, app) => {
    const session = app.requireSession();
    return session.write((trx) => restoreRecord(trx, input, session.ctx));
  },
  'versions:restoreAsOf': async (input, app) => {
    const session = app.requireSession();
    return session.write((trx) => restoreRecordAsOf(trx, input, session.ctx));
  },
  'app:setAuthor': async ({ author }, app) => {
    app.setAuthor(author);
    return { author };
  },
  'app:author': async (_input, app) => ({ author: app.author }),
};
