import { underDeadlineWherePossible } from '../../services/file-deadline.ts';
import { shortHash } from '../../services/register-version.ts';
import { verifyRegisterFile } from '../../services/verify-file.ts';
import { isTeamAddress } from '../../services/team-session.ts';
import type { RegisterVerdict } from '../../services/verify-register.ts';
import { formatTimestamp } from '../../../shared/format.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import { type Command, registerOption } from '../command.ts';

const VERIFY_FILE = new URL('../../services/verify-file.ts', import.meta.url);

/**
 * `ropa verify`: recomputes the history's hash chain, compares every current
 * record with the `after` of its latest history entry (so a change made
 * outside the app is found and named: entity and fields), and prints the
 * register fingerprint (records and history head; the one on the PDF cover
 * and the Excel first sheet). `--fingerprint X` says whether X, as printed,
 * is this file's. Exit 0 when all holds, 1 when something does not (each
 * finding on its own line), 2 when the file cannot be read as a register.
 * Opens read-only: never takes the lock, never writes. Runs under the
 * statement-time backstop (services/file-deadline.ts): past the deadline
 * the work is killed and refused with TOO_LONG_ON_FILE, exit 2.
 */
export const verifyCommand: Command = {
  words: ['verify'],
  usage: 'ropa verify --db FILE [--fingerprint HASH] [--json]',
  summary: 'cliCommands:verify',
  options: { db: { type: 'string' }, fingerprint: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const path = registerOption(values, io);
    const args = [path, typeof values.fingerprint === 'string' ? values.fingerprint : undefined, io.now().toISOString()] as const;
    // A file from elsewhere: verified in a child process that a deadline can kill (services/file-deadline.ts).
    // A team register is not a file from elsewhere: verified here, in one process.
    const verdict = isTeamAddress(path)
      ? await verifyRegisterFile(...args)
      : await underDeadlineWherePossible<RegisterVerdict>({ module: VERIFY_FILE, name: 'verifyRegisterFile', args: [...args] }, path, () => verifyRegisterFile(...args));
    // The JSON keeps the chain's fields at the top (entries, headHash, firstBroken), as before records were verified.
    const json = { ...verdict.chain, ...verdict };
    io.stdout(values.json ? `${JSON.stringify(json, null, 2)}\n` : `${describeVerdict(verdict, io.lang).join('\n')}\n`);
    return verdict.intact ? 0 : 1;
  },
};

/** The verdict as lines for a terminal, in `lang`. */
export function describeVerdict(verdict: RegisterVerdict, lang: Language): string[] {
  const t = translator(lang);
  const lines: string[] = [];
  const { chain, records } = verdict;
  if (chain.intact) {
    lines.push(t('safety:verifyIntact', { entries: chain.entries }), t('safety:verifyHead', { hash: chain.headHash }));
  } else {
    const broken = chain.firstBroken!;
    lines.push(
      t('safety:verifyBroken', {
        seq: broken.seq,
        at: formatTimestamp(broken.at) || broken.at,
        entity: broken.entityType,
        entityId: broken.entityId,
        label: broken.label,
        reason: t(`safety:verifyReasons.${broken.reason}`),
      }),
    );
  }
  if (records.intact) lines.push(t('verify:recordsIntact', { records: records.records }));
  else {
    lines.push(t('verify:recordsBroken', { count: records.differences.length }));
    for (const difference of records.differences) {
      lines.push(
        `  ${t(`verify:difference.${difference.kind}`, {
          type: t(`screens:history.types.${difference.entityType}`),
          id: difference.entityId,
          label: difference.label,
          fields: difference.fields.join(', '),
        })}`,
      );
    }
  }
  lines.push(t('verify:fingerprint', { short: shortHash(verdict.fingerprint), hash: verdict.fingerprint }));
  const match = verdict.match;
  if (match) {
    if (match.scope === null) lines.push(t('verify:fingerprintDiffers', { given: match.given }));
    else {
      const scope = match.scope === 'all' ? t('verify:scopeAll') : t('verify:scopeOrganisation', { name: match.scope.name });
      lines.push(t('verify:fingerprintMatches', { given: match.given, scope }));
    }
  }
  return lines;
}
