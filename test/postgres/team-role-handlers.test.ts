/**
 * Roles in the app (issue 20): a reader, an editor and an owner of one team
 * register, real PostgreSQL login roles on the throwaway server, each
 * through the handlers (and the CLI where it applies). A reader's register
 * opens read-only with a notice in their language and every save answers
 * READ_ONLY (never the server's "permission denied"); exports, checks and
 * the history work. Only an owner approves a version or gives people roles;
 * an editor is told so, and nothing changes.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresRegister, postgresKysely } from '../../main/db/postgres/connection.ts';
import type { TeamRole } from '../../main/db/postgres/grants.ts';
import type { AppContext } from '../../main/services/app-context.ts';
import { contentState } from '../helpers/backend-app.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { ropa } from '../helpers/cli.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegisterOn } from '../helpers/registers.ts';
import { addPeople, addressAs, adminTarget, passwordOf } from '../helpers/team-roles.ts';
import { tempDir } from '../helpers/temp.ts';

const server = usePostgres();
const REGISTER = 'klients-lomas';
const PEOPLE: Record<string, TeamRole | null> = { anna: 'reader', juris: 'editor', ilze: 'owner', maris: 'editor', svesais: null };
const APPROVAL = { name: 'Ilze Ozola', role: 'DAS', note: '' };

const admin = () => adminTarget(server(), REGISTER);
const address = (user: string) => addressAs(server(), user, REGISTER);

/** The register's records and history head, read as the superuser: "unchanged" is this not changing. */
async function registerState(): Promise<string> {
  const db = postgresKysely(admin());
  try {
    return await contentState(db);
  } finally {
    await db.destroy();
  }
}

const apps: AppContext[] = [];

async function openAs(user: string, language: 'lv' | 'en' = 'lv') {
  const { app, dialogs } = testApp(language);
  apps.push(app);
  const status = await app.open(address(user), { password: passwordOf(user) });
  return { app, dialogs, status };
}

function errorOf(result: { ok: true; value?: unknown } | { ok: false; error: { code: string; message: string } }): { code: string; message: string } {
  return result.ok ? { code: 'OK', message: '' } : result.error;
}

beforeAll(async () => {
  const made = await smallRegisterOn((options) => createPostgresRegister(admin(), options));
  await made.connection.close();
  await addPeople(server(), REGISTER, PEOPLE);
}, 120_000);

afterAll(async () => {
  for (const app of apps.splice(0)) await app.close();
});

describe('a reader of a team register', () => {
  it('opens it read-only with a notice in Latvian, and every save answers READ_ONLY with it', async () => {
    const before = await registerState();
    const { app, status } = await openAs('anna');
    expect(status).toMatchObject({ readOnly: true, teamRole: 'reader' });
    expect(status.readOnlyReason).toContain('lasītāja tiesības');
    expect(status.readOnlyReason).toContain('mainīt var tikai tā redaktori');

    const [activity] = await value(app, 'activities:list', {});
    const stored = await value(app, 'activities:get', { id: activity!.id });
    const [organisation] = await value(app, 'organisations:list', {});
    const refusals = [
      await invoke(app, 'activities:save', { ...stored, name: 'Annas maiņa' }),
      await invoke(app, 'organisations:save', { ...organisation!, name: 'SIA Annas' }),
      await invoke(app, 'register:setTitle', { title: 'Annas virsraksts' }),
      await invoke(app, 'activities:delete', { id: activity!.id, revision: stored.revision }),
      await invoke(app, 'activities:markReviewed', { id: activity!.id, revision: stored.revision, reviewedBy: 'Anna' }),
      await invoke(app, 'versions:approve', APPROVAL),
    ].map((result) => errorOf(result));
    for (const refusal of refusals) {
      expect(`${refusal.code} ${refusal.message}`).toMatch(/^READ_ONLY/);
      expect(refusal.message).toContain('lasītāja tiesības');
      expect(refusal.message).not.toMatch(/permission denied/i);
    }
    expect(await registerState()).toBe(before);
  }, 120_000);

  it('still exports, runs the checks and reads and verifies the history', async () => {
    const before = await registerState();
    const { app, dialogs } = await openAs('anna', 'en');
    const out = join(tempDir(), 'anna.json');
    dialogs.answer(out);
    expect(await value(app, 'export:json', {})).toEqual({ fileName: 'anna.json' });
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { organisations: unknown[]; activities: Array<{ id: string }> };
    expect(exported.organisations).toHaveLength(1);
    // The reader's checks cover every activity of the register.
    const checks = await value(app, 'checks:run', {});
    expect(checks.activities.map((activity) => activity.activityId).sort()).toEqual(exported.activities.map((activity) => activity.id).sort());
    expect((await value(app, 'history:list', {})).length).toBeGreaterThan(0);
    expect((await value(app, 'history:verify', {})).intact).toBe(true);
    expect((await value(app, 'versions:list', {})).approvals).toEqual([]);
    expect(await registerState()).toBe(before);
  }, 120_000);

  it('is told in the language the app speaks now', async () => {
    const { app } = await openAs('anna');
    app.language = 'en';
    const status = await app.status();
    expect(status.readOnlyReason).toContain('You have reader rights in this team register');
  }, 60_000);
});

describe('only owners approve versions', () => {
  it('an editor saves, but approving is refused in their language and nothing changes', async () => {
    const { app, status } = await openAs('juris');
    expect(status).toMatchObject({ readOnly: false, teamRole: 'editor', readOnlyReason: '' });
    const [activity] = await value(app, 'activities:list', {});
    const stored = await value(app, 'activities:get', { id: activity!.id });
    expect((await value(app, 'activities:save', { ...stored, name: 'Jura maiņa' })).name).toBe('Jura maiņa');

    const before = await registerState();
    const lv = errorOf(await invoke(app, 'versions:approve', APPROVAL));
    expect(lv.code).toBe('TEAM_OWNER_ONLY');
    expect(lv.message).toContain('Versijas apstiprināt var tikai reģistra īpašnieki.');
    expect(lv.message).toContain('Jūsu loma komandas reģistrā klients-lomas');
    expect(lv.message).toContain('redaktors');
    app.language = 'en';
    const en = errorOf(await invoke(app, 'versions:approve', APPROVAL));
    expect(en.message).toContain('Only the register’s owners can approve versions.');
    expect(en.message).toContain('editor');
    expect(await registerState()).toBe(before);
    expect((await value(app, 'versions:list', {})).approvals).toEqual([]);
  }, 120_000);

  it('an owner approves', async () => {
    const { app, status } = await openAs('ilze');
    expect(status).toMatchObject({ readOnly: false, teamRole: 'owner' });
    const list = await value(app, 'versions:approve', APPROVAL);
    expect(list.approvals.map((approval) => approval.name)).toEqual(['Ilze Ozola']);
    expect((await value(app, 'history:verify', {})).intact).toBe(true);
  }, 120_000);

  it('an editor whose role is taken away while the register is open is told so, not given the server\'s error', async () => {
    const { app } = await openAs('maris');
    const [activity] = await value(app, 'activities:list', {});
    const stored = await value(app, 'activities:get', { id: activity!.id });
    const superuser = postgresKysely({ ...admin(), register: 'public' });
    await sql.raw(`revoke "ropa_${REGISTER}_editor" from maris`).execute(superuser);
    await superuser.destroy();
    const before = await registerState();
    const refused = errorOf(await invoke(app, 'activities:save', { ...stored, name: 'Māra maiņa' }));
    expect(refused.code).toBe('TEAM_NOT_ALLOWED');
    expect(refused.message).toContain('PostgreSQL serveris neatļauj jums to darīt komandas reģistrā klients-lomas');
    expect(refused.message).toContain('Nekas nav mainīts.');
    expect(await registerState()).toBe(before);
  }, 60_000);

  it('a user with no role is told so on open', async () => {
    const { app } = testApp('lv');
    const refused = await app.open(address('svesais'), { password: passwordOf('svesais') }).then(
      () => 'opened',
      (error: unknown) => String((error as { code?: string }).code),
    );
    expect(refused).toBe('TEAM_NO_ACCESS');
    expect(app.session).toBeNull();
  }, 60_000);
});

describe('the CLI keeps the owners-only work for owners', () => {
  const env = (user: string) => ({ PGPASSWORD: passwordOf(user) });

  it('an editor cannot approve or give roles; an owner gives editor and reader, not owner', async () => {
    const before = await registerState();
    const approve = ropa(['approve', '--db', address('juris'), '--name', 'Juris'], { env: env('juris') });
    expect(approve.status).toBe(2);
    expect(approve.stderr).toContain('Versijas apstiprināt var tikai reģistra īpašnieki.');
    const grant = ropa(['team', 'grant', '--db', address('juris'), '--role', 'editor', '--user', 'anna', '--apply'], { env: env('juris'), lang: 'en' });
    expect(grant.status).toBe(2);
    expect(grant.stderr).toContain('Only the register’s owners can give others roles.');
    expect(await registerState()).toBe(before);
    // anna is still a reader.
    expect((await openAs('anna')).status.teamRole).toBe('reader');

    const byOwner = ropa(['team', 'grant', '--db', address('ilze'), '--role', 'editor', '--user', 'anna', '--apply'], { env: env('ilze') });
    expect(byOwner.stderr).toBe('');
    expect(byOwner.status).toBe(0);
    expect(byOwner.stdout.trim()).toBe('GRANT "ropa_klients-lomas_editor" TO "anna";');
    expect((await openAs('anna')).status).toMatchObject({ readOnly: false, teamRole: 'editor' });

    const owner = ropa(['team', 'grant', '--db', address('ilze'), '--role', 'owner', '--user', 'juris', '--apply'], { env: env('ilze') });
    expect(owner.status).toBe(2);
    expect(owner.stderr).toContain('Īpašnieka lomu var piešķirt tikai');
    expect((await openAs('juris')).status.teamRole).toBe('editor');
  }, 180_000);
});
