/**
 * What the register said and what changed: `ropa diff`, `ropa approve`,
 * `ropa versions` and `ropa revert` (main/services/versions). Reads open the
 * register read-only; writes take the lock and record the author
 * (`--author`, ROPA_AUTHOR, else the OS user name).
 */
import { formatDate, formatTimestamp } from '../../../shared/format.ts';
import { translator } from '../../../shared/i18n/index.ts';
import { describeDiff, diffLines, recordNames } from '../../../shared/versions/describe-diff.ts';
import { openRegister } from '../../services/register-files.ts';
import type { RegisterSession } from '../../services/register-session.ts';
import { shortHash } from '../../services/register-version.ts';
import { rebuildRegistersAsOf } from '../../services/versions/as-of.ts';
import { approveRegister, listApprovals, listReviews } from '../../services/versions/approvals.ts';
import { parseMoment } from '../../services/versions/moment.ts';
import { diffRegisterDocuments } from '../../services/versions/register-diff.ts';
import { restoreRecord } from '../../services/versions/restore.ts';
import { assertTeamOwner } from '../../services/team-session.ts';
import { UsageError, requireOption, type CliIO, type Command, registerOption } from '../command.ts';

const NOW = { seq: Number.MAX_SAFE_INTEGER };

async function withRegister<T>(values: Record<string, string | boolean | undefined>, io: CliIO, write: boolean, work: (session: RegisterSession) => Promise<T>): Promise<T> {
  const path = registerOption(values, io);
  const session = await openRegister(path, write ? { now: io.now, whenLocked: 'fail', language: io.lang, author: io.author } : { now: io.now, readOnly: true });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

export const diffCommand: Command = {
  words: ['diff'],
  usage: 'ropa diff --db FILE --from T1 [--to T2] [--json]',
  summary: 'cliCommands:diff',
  options: { db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const from = parseMoment(requireOption(values, 'from'));
    const to = typeof values.to === 'string' ? parseMoment(values.to) : undefined;
    return withRegister(values, io, false, async (session) => {
      const [earlier, later] = await rebuildRegistersAsOf(session.db, [from, to ?? NOW]);
      const changes = diffRegisterDocuments(earlier!.document, later!.document);
      if (values.json) {
        const diff = { from: { ...earlier!.moment, fingerprint: earlier!.fingerprint }, to: { ...later!.moment, fingerprint: later!.fingerprint }, changes };
        io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
        return 0;
      }
      const t = translator(io.lang);
      const moment = (m: { seq: number; at: string | null }, fallback: string) => (m.at ? t('versions:diff.moment', { at: formatTimestamp(m.at), seq: m.seq }) : fallback);
      io.stdout(`${t('versions:diff.title', { from: moment(earlier!.moment, t('versions:diff.start')), to: to ? moment(later!.moment, t('versions:diff.now')) : t('versions:diff.now') })}\n`);
      const groups = describeDiff(changes, t, recordNames([earlier!.document, later!.document], io.lang));
      const count = groups.reduce((sum, group) => sum + group.records.length, 0);
      io.stdout(`${count === 0 ? t('versions:diff.none') : t('versions:diff.count', { count })}\n`);
      for (const line of diffLines(groups)) io.stdout(`${line}\n`);
      return 0;
    });
  },
};

export const approveCommand: Command = {
  words: ['approve'],
  usage: 'ropa approve --db FILE --name NAME [--role ROLE] [--date YYYY-MM-DD] [--note TEXT]',
  summary: 'cliCommands:approve',
  options: { db: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, date: { type: 'string' }, note: { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    return withRegister(values, io, true, async (session) => {
      assertTeamOwner(session, 'approve');
      const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
      await session.write((trx) =>
        approveRegister(trx, { name: text('name') ?? '', role: text('role') ?? '', note: text('note') ?? '', ...(text('date') ? { approvedOn: text('date') } : {}) }, session.ctx),
      );
      const approval = (await listApprovals(session.db))[0]!;
      io.stdout(`${translator(io.lang)('versions:approvedNow', { name: approval.name, date: formatDate(approval.approvedOn), seq: approval.headSeq, fingerprint: shortHash(approval.fingerprint) })}\n`);
      return 0;
    });
  },
};

export const versionsCommand: Command = {
  words: ['versions'],
  usage: 'ropa versions --db FILE [--json]',
  summary: 'cliCommands:versions',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    return withRegister(values, io, false, async (session) => {
      const approvals = await listApprovals(session.db);
      const reviews = await listReviews(session.db);
      if (values.json) {
        io.stdout(`${JSON.stringify({ approvals, reviews }, null, 2)}\n`);
        return 0;
      }
      const t = translator(io.lang);
      const lines = [
        ...approvals.map((a) => ({ seq: a.seq, text: t('versions:approvalLine', { date: formatDate(a.approvedOn), name: a.role ? `${a.name} (${a.role})` : a.name, seq: a.headSeq, fingerprint: shortHash(a.fingerprint) }) })),
        ...reviews.map((r) => ({ seq: r.seq, text: t('versions:reviewLine', { date: formatDate(r.reviewedOn), label: r.label, by: r.reviewedBy || r.author || t('versions:unknownAuthor') }) })),
      ].sort((a, b) => b.seq - a.seq);
      io.stdout(`${t('versions:versionsTitle')}\n${lines.map((line) => `  ${line.text}`).join('\n')}\n`);
      return 0;
    });
  },
};

export const revertCommand: Command = {
  words: ['revert'],
  usage: 'ropa revert --db FILE --entry N [--to before|after]',
  summary: 'cliCommands:revert',
  options: { db: { type: 'string' }, entry: { type: 'string' }, to: { type: 'string' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const seq = Number(requireOption(values, 'entry'));
    if (!Number.isInteger(seq) || seq < 1) throw new UsageError('--entry N (a history entry number)');
    const state = values.to ?? 'before';
    if (state !== 'before' && state !== 'after') throw new UsageError('--to before|after');
    return withRegister(values, io, true, async (session) => {
      const result = await session.write((trx) => restoreRecord(trx, { seq, state }, session.ctx));
      const t = translator(io.lang);
      io.stdout(`${t('versions:restored', { label: result.label, outcome: t(`versions:outcomes.${result.outcome}`) })}\n`);
      if (result.droppedLinks.length > 0) io.stdout(`${t('versions:droppedLinks', { links: result.droppedLinks.map((l) => l.label || l.id).join(', ') })}\n`);
      return 0;
    });
  },
};
