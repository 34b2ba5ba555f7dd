/**
 * `ropa copy` between a `.ropa` file and a team register, both ways, on the
 * throwaway server: lossless (the JSON exports are the same text, the chain
 * verifies on both sides and ends in the same head hash), and a broken chain
 * or a taken name leaves nothing behind.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { openPostgresRegister, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import { historyHead, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { copyRegister, parseLocation } from '../../main/services/copy-register.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';
import { AppError } from '../../main/errors.ts';
import { verifyRegister } from '../../main/services/verify-register.ts';
import { runChecks } from '../../shared/rules/index.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { ropa } from '../helpers/cli.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegister } from '../helpers/registers.ts';
import { tempDir } from '../helpers/temp.ts';

const server = usePostgres();
const now = () => new Date('2026-12-05T07:00:00Z');

function url(register: string): string {
  const { user, password, host, port, database } = server();
  return `postgres://${user}:${password}@${host}:${port}/${database}?register=${register}`;
}

function target(register: string): PostgresTarget {
  const location = parseLocation(url(register), '/');
  if (location.kind !== 'postgres') throw new Error('not a team register');
  return location.target;
}

/** A small register with a replaced activity (a row that references its own table). */
async function fileWithHistory(): Promise<{ path: string; text: string; head: string }> {
  const small = await smallRegister();
  await small.connection.db.transaction().execute(async (trx) => {
    const successor = await saveActivity(trx, ActivityInput.parse({ ...emptyActivity(small.organisation.id, '2026-12-01'), number: 'PD-02', name: 'Jaunā algu sistēma' }), small.ctx);
    await saveActivity(trx, { ...small.activity, status: 'ended', endedOn: '2026-12-01', replacedById: successor.id }, small.ctx);
  });
  const text = serialiseRegister(await exportRegister(small.connection.db));
  const head = (await historyHead(small.connection.db)).hash;
  await small.connection.close();
  return { path: small.path, text, head };
}

async function failure(work: () => Promise<unknown>): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('ropa copy between a file and a team register', () => {
  it('file → PostgreSQL → file: the same export text, the same verified chain and head hash on every side', async () => {
    const original = await fileWithHistory();
    const there = await copyRegister(parseLocation(original.path, '/'), parseLocation(url('klients-a'), '/'), now);
    expect(there).toMatchObject({ exportsEqual: true, chainEqual: true, headHash: original.head });
    expect(there.entries).toBeGreaterThan(5);

    const team = await openPostgresRegister(target('klients-a'));
    expect(serialiseRegister(await exportRegister(team.db))).toBe(original.text);
    expect(await verifyHistory(team.db)).toMatchObject({ intact: true, headHash: original.head });
    // ropa verify and the checks say the same of the team register as of the file.
    const verdict = await verifyRegister(team.db);
    expect(verdict).toMatchObject({ intact: true, records: { intact: true } });
    expect(runChecks(await exportRegister(team.db), '2026-12-05', '2026-12-05T07:00:00.000Z')).toEqual(runChecks(JSON.parse(original.text), '2026-12-05', '2026-12-05T07:00:00.000Z'));
    const replaced = await team.db.selectFrom('activity').select('replaced_by_id').where('number', '=', 'PD-01').executeTakeFirstOrThrow();
    expect(replaced.replaced_by_id).not.toBeNull();
    await team.close();

    const back = join(tempDir(), 'atpakal.ropa');
    const returned = await copyRegister(parseLocation(url('klients-a'), '/'), parseLocation(back, '/'), now);
    expect(returned).toMatchObject({ exportsEqual: true, chainEqual: true, headHash: original.head });
    const file = await openRegisterFile(back, { readOnly: true });
    expect(serialiseRegister(await exportRegister(file.db))).toBe(original.text);
    expect((await verifyHistory(file.db)).headHash).toBe(original.head);
    await file.close();
  });

  it('refuses a team register name already taken, and a source whose chain is broken, writing nothing', async () => {
    const original = await fileWithHistory();
    await copyRegister(parseLocation(original.path, '/'), parseLocation(url('aiznemts'), '/'), now);
    expect((await failure(() => copyRegister(parseLocation(original.path, '/'), parseLocation(url('aiznemts'), '/'), now))).code).toBe('TEAM_REGISTER_EXISTS');

    const team = await openPostgresRegister(target('aiznemts'));
    await sql`update history set label = 'pārrakstīts' where seq = 2`.execute(team.db);
    await team.close();
    const back = join(tempDir(), 'salauzts.ropa');
    const refused = await failure(() => copyRegister(parseLocation(url('aiznemts'), '/'), parseLocation(back, '/'), now));
    expect(refused.code).toBe('HISTORY_BROKEN');
    expect(refused.params.seq).toBe(2);
    expect(existsSync(back)).toBe(false);
  });

  it('from the command line, with the password from PGPASSWORD; a bad address is refused in the user\'s language', async () => {
    const original = await fileWithHistory();
    const { user, host, port, database, password } = server();
    const address = `postgres://${user}@${host}:${port}/${database}?register=no-cli`;
    process.env.PGPASSWORD = password;
    try {
      const run = ropa(['copy', '--from', original.path, '--to', address], { lang: 'en' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Register copied: ${original.path} → no-cli (${host}:${port}/${database})`);
      expect(run.stdout).toContain(`ends in the same hash ${original.head}`);
    } finally {
      delete process.env.PGPASSWORD;
    }
    const bad = ropa(['copy', '--from', original.path, '--to', `postgres://${user}@${host}:${port}/${database}`]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Komandas reģistra adrese');
  });
});
