/**
 * A team register whose server goes away mid-session (pg_ctl stop, then
 * start, on the throwaway server): the saving call fails with a clear
 * message in the user's language, nothing of it is written (also when the
 * server went away inside the transaction, between two of its statements),
 * and the same save goes through once the server is back, through the same
 * open session.
 */
import { describe, expect, it } from 'vitest';
import { createPostgresRegister } from '../../main/db/postgres/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { AppError, toErrorShape } from '../../main/errors.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegisterOn } from '../helpers/registers.ts';

const server = usePostgres();

async function openTeam(register: string) {
  const { host, port, user, password, database } = server();
  const made = await smallRegisterOn((options) => createPostgresRegister({ host, port, user, password, database, register }, options));
  await made.connection.close();
  const { app } = testApp('lv');
  await app.open(`postgres://${user}@${host}:${port}/${database}?register=${register}`, { password });
  return { app, organisationId: made.organisation.id };
}

describe('a team register whose server goes away', () => {
  it('refuses the save with a clear message while the server is down, and takes the same save after it is back', async () => {
    const { app } = await openTeam('bezsaistes');
    const [summary] = await value(app, 'activities:list', {});
    const stored = await value(app, 'activities:get', { id: summary!.id });
    const entries = (await value(app, 'history:verify', {})).entries;
    server().pause();
    try {
      const lv = await invoke(app, 'activities:save', { ...stored, name: 'Saglabāts pēc atjaunošanas' });
      expect(lv.ok).toBe(false);
      if (lv.ok) return;
      expect(['TEAM_CONNECTION_LOST', 'TEAM_UNREACHABLE']).toContain(lv.error.code);
      expect(lv.error.message).toMatch(/PostgreSQL serveri?s? 127\.0\.0\.1:\d+/);
      expect(lv.error.message).toMatch(/nekas nav mainīts/);
      app.language = 'en';
      const en = await invoke(app, 'activities:save', { ...stored, name: 'Saglabāts pēc atjaunošanas' });
      expect(en.ok ? '' : en.error.message).toMatch(/nothing (in the register )?was changed/);
      app.language = 'lv';
    } finally {
      server().resume();
    }
    const saved = await value(app, 'activities:save', { ...stored, name: 'Saglabāts pēc atjaunošanas' });
    expect(saved.revision).toBe(stored.revision + 1);
    expect((await value(app, 'activities:get', { id: stored.id })).name).toBe('Saglabāts pēc atjaunošanas');
    const verdict = await value(app, 'history:verify', {});
    expect(verdict.intact).toBe(true);
    expect(verdict.entries).toBe(entries + 1);
    await app.close();
  }, 180_000);

  it('writes nothing of a transaction the server went away in the middle of', async () => {
    const { app, organisationId } = await openTeam('puse');
    const session = app.requireSession();
    const before = await value(app, 'activities:list', {});
    const entries = (await value(app, 'history:verify', {})).entries;
    const draft = (number: string) => ActivityInput.parse({ ...emptyActivity(organisationId, '2026-12-05'), number, name: `Darbība ${number}` });
    let failure: unknown;
    try {
      await session.write(async (trx) => {
        await saveActivity(trx, draft('PD-10'), session.ctx);
        server().pause();
        await saveActivity(trx, draft('PD-11'), session.ctx);
      });
    } catch (error) {
      failure = error;
    } finally {
      server().resume();
    }
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toMatch(/^TEAM_(CONNECTION_LOST|UNREACHABLE)$/);
    expect(toErrorShape(failure, 'en').message).toContain('PostgreSQL server');
    expect(await value(app, 'activities:list', {})).toEqual(before);
    expect((await value(app, 'history:verify', {})).entries).toBe(entries);
    // And the same work goes through now.
    await session.write(async (trx) => {
      await saveActivity(trx, draft('PD-10'), session.ctx);
      await saveActivity(trx, draft('PD-11'), session.ctx);
    });
    expect((await value(app, 'activities:list', {})).length).toBe(before.length + 2);
    await app.close();
  }, 180_000);
});
