/**
 * Browser mode on a team register: `npm run web -- --db postgres://…` (the
 * real main/web/serve.ts, as its own process, the password from
 * PGPASSWORD) opens the register on the throwaway server; the page shows
 * it, the contract reads and saves through the same handlers, the save is in
 * the database with its history entry, and the backups screen says whose
 * job a team register's backups are.
 */
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresRegister, postgresKysely, type PostgresTarget } from '../../main/db/postgres/connection.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegisterOn } from '../helpers/registers.ts';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT } from './helpers/browser.ts';
import { openFromNav, tableRows } from './helpers/screens.ts';
import { invokeWeb, startTeamWeb, type InvokeAnswer } from './helpers/serve-team.ts';

const server = usePostgres();
let web: ChildProcess | undefined;
let url = '';
let browser: Browser | undefined;

function target(): PostgresTarget {
  const { host, port, user, password, database } = server();
  return { host, port, user, password, database, register: 'klients-a' };
}

async function invoke(channel: string, input: unknown = {}): Promise<InvokeAnswer> {
  return invokeWeb(url, channel, input);
}

beforeAll(async () => {
  const made = await smallRegisterOn((options) => createPostgresRegister(target(), options));
  await made.connection.close();
  const other = await createPostgresRegister({ ...target(), register: 'klients-b' }, { now: () => new Date('2026-12-05T08:00:00Z'), title: 'Klients B' });
  await other.close();
  const { user, host, port, database } = server();
  const started = await startTeamWeb(`postgres://${user}@${host}:${port}/${database}?register=klients-a`, server().password);
  url = started.url;
  web = started.child;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  web?.kill('SIGTERM');
});

describe('browser mode --db postgres://…', () => {
  it('opens the team register: the page lists its activities, and a save lands in the database with its history entry', async () => {
    const status = await invoke('register:current');
    expect(status.ok).toBe(true);
    const { port } = server();
    expect(status.value).toMatchObject({ fileName: `klients-a (127.0.0.1:${port}/postgres)`, readOnly: false });
    expect(JSON.stringify(status.value)).not.toContain(server().password);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await (await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' })).newPage();
    await page.addInitScript(() => {
      localStorage.setItem('ropa.language', 'en');
      localStorage.setItem('ropa.author', 'Anna Bērziņa');
      sessionStorage.setItem('ropa.authorGiven', '1');
    });
    await page.goto(url);
    const list = (await invoke('activities:list')).value as Array<{ id: string; name: string }>;
    expect(list).toHaveLength(1);
    await page.getByText(list[0]!.name).first().waitFor();

    const activity = (await invoke('activities:get', { id: list[0]!.id })).value as Activity;
    // The contract keeps the input's fields and drops the stored record's own (created, updated).
    const saved = await invoke('activities:save', { ...activity, name: 'Algu aprēķins (komanda)' });
    expect(saved.error?.message ?? '').toBe('');
    const db = postgresKysely(target());
    try {
      const row = await db.selectFrom('activity').select(['name']).where('id', '=', activity.id).executeTakeFirstOrThrow();
      expect(row.name).toBe('Algu aprēķins (komanda)');
      const entry = await db.selectFrom('history').select(['label', 'action']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      expect(entry).toEqual({ label: expect.stringContaining('Algu aprēķins (komanda)'), action: 'update' });
    } finally {
      await db.destroy();
    }
    await page.reload();
    await page.getByText('Algu aprēķins (komanda)').first().waitFor();
  });

  it('says backups of a team register are PostgreSQL’s job and offers the JSON export', async () => {
    const listed = await invoke('backups:list');
    expect(listed.ok).toBe(false);
    expect(listed.error?.code).toBe('TEAM_NO_BACKUPS');
    expect(listed.error?.message).toContain('pg_dump -n klients-a');
    expect(listed.error?.message).toContain('ropa export json');
  });

  it('opens another team register from the files screen’s form: a wrong password is said under the form, which keeps what was typed', async () => {
    const page = (await browser!.contexts()[0]!.pages())[0]!;
    const { host, port, user, database, password } = server();
    await page.getByRole('link', { name: 'Register files' }).or(page.getByRole('button', { name: 'Register files' })).first().click();
    const form = page.getByTestId('team-register');
    await form.locator('summary').click();
    await form.getByLabel('Server').fill(host);
    await form.getByLabel('Port').fill(String(port));
    await form.getByLabel('Database').fill(database);
    await form.getByLabel('User name').fill(user);
    await form.getByLabel('Register (schema name)').fill('klients-b');
    await form.getByLabel('Encrypted connection (TLS)').selectOption('disable');
    expect(await form.getByText('In browser mode the password is used for this session only and is never stored.').isVisible()).toBe(true);
    expect(await form.getByText('Remember the password').count()).toBe(0);
    await form.getByLabel('Password').fill('nepareiza');
    await form.getByRole('button', { name: 'Open the team register' }).click();
    const error = form.getByTestId('team-register-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('did not accept the user “ropa” with the password given');
    expect(await form.getByLabel('Register (schema name)').inputValue()).toBe('klients-b');
    expect(((await invoke('register:current')).value as { fileName: string }).fileName).toContain('klients-a');

    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Open the team register' }).click();
    await page.getByText('Klients B').first().waitFor();
    expect(((await invoke('register:current')).value as { fileName: string }).fileName).toBe(`klients-b (127.0.0.1:${port}/postgres)`);
    await page.getByRole('link', { name: 'Register files' }).or(page.getByRole('button', { name: 'Register files' })).first().click();
    // No backups panel (and no error about it): a team register's backups are its server's.
    expect(await page.getByTestId('team-backups-note').textContent()).toContain('pg_dump -n klients-b');
    expect(await page.getByTestId('backups-panel').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    const recent = page.locator('.recent-files li', { hasText: `klients-b (127.0.0.1:${port}/postgres)` });
    expect(await recent.textContent()).toContain('Team register');
    expect(await page.content()).not.toContain(password);
  });

  it('says when the server cannot be reached, keeps the unsaved form, tries again, and the save goes through once the server is back', async () => {
    const page = (await browser!.contexts()[0]!.pages())[0]!;
    const { port } = server();
    const recent = (await invoke('files:recent')).value as Array<{ id: string; fileName: string }>;
    const entry = recent.find((file) => file.fileName === `klients-a (127.0.0.1:${port}/postgres)`);
    expect((await invoke('files:openRecent', { id: entry!.id })).ok).toBe(true);
    await page.reload();
    await openFromNav(page, 'Processing activities');
    await tableRows(page, 'activities-table').first().click();
    const name = page.getByRole('textbox', { name: 'Processing activity name' }).first();
    await name.waitFor();
    await name.fill('Saglabāts pēc savienojuma atjaunošanas');
    server().pause();
    try {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const banner = page.getByTestId('connection-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('The team register’s server cannot be reached.');
      expect(await page.getByRole('alert').first().textContent()).toMatch(/PostgreSQL server 127\.0\.0\.1:\d+/);
      expect(await name.inputValue()).toBe('Saglabāts pēc savienojuma atjaunošanas');
    } finally {
      server().resume();
    }
    // The banner's own retry (2 s after the failure) finds the server back.
    await page.getByText('The connection to the server is back').waitFor({ timeout: 30_000 });
    expect(await name.inputValue()).toBe('Saglabāts pēc savienojuma atjaunošanas');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const db = postgresKysely(target());
    try {
      await expect.poll(async () => (await db.selectFrom('activity').select('name').execute()).map((row) => row.name), { timeout: 15_000 }).toContain('Saglabāts pēc savienojuma atjaunošanas');
    } finally {
      await db.destroy();
    }
  });
});
