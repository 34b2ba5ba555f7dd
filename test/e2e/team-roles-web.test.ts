/**
 * Roles in the window (issue 20), browser mode on the throwaway server: a
 * reader (`serve.ts --db postgres://anna@…`) sees the read-only banner with
 * the reader's notice, and the overview tells her only owners approve a
 * version instead of offering the Approve button; so does an editor; an
 * owner gets the button.
 */
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresRegister } from '../../main/db/postgres/connection.ts';
import type { TeamRole } from '../../main/db/postgres/grants.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegisterOn } from '../helpers/registers.ts';
import { addPeople, addressAs, adminTarget, passwordOf } from '../helpers/team-roles.ts';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT } from './helpers/browser.ts';
import { openFromNav } from './helpers/screens.ts';
import { invokeWeb, startTeamWeb } from './helpers/serve-team.ts';

const server = usePostgres();
const REGISTER = 'klients-lomas';
const PEOPLE: Record<string, TeamRole> = { anna: 'reader', juris: 'editor', ilze: 'owner' };
let web: ChildProcess | undefined;
let url = '';
let browser: Browser | undefined;

/** Opens the register as `user` through the files screen's channel (team:open), in the page's server. */
async function openAs(user: string): Promise<void> {
  const { host, port, database } = server();
  const input = { host, port, database, user, register: REGISTER, sslMode: 'disable', password: passwordOf(user) };
  expect((await invokeWeb(url, 'team:open', input)).error?.message ?? '').toBe('');
}

async function overview(page: Page): Promise<void> {
  await page.goto(url);
  await openFromNav(page, 'Overview');
  await page.getByTestId('approval-panel').waitFor();
}

beforeAll(async () => {
  const made = await smallRegisterOn((options) => createPostgresRegister(adminTarget(server(), REGISTER), options));
  await made.connection.close();
  await addPeople(server(), REGISTER, PEOPLE);
  const started = await startTeamWeb(addressAs(server(), 'anna', REGISTER), passwordOf('anna'));
  url = started.url;
  web = started.child;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  web?.kill('SIGTERM');
});

describe('roles in the window', () => {
  it('a reader sees the reader notice and no Approve button; an editor is told only owners approve; an owner may', async () => {
    const page = await browser!.newPage({ viewport: VIEWPORT, locale: 'en-GB' });
    await page.addInitScript(() => {
      localStorage.setItem('ropa.language', 'en');
      localStorage.setItem('ropa.author', 'Anna Bērziņa');
      sessionStorage.setItem('ropa.authorGiven', '1');
    });
    await overview(page);
    expect(await page.locator('body').textContent()).toContain('You have reader rights in this team register');
    const panel = page.getByTestId('approval-panel');
    expect(await panel.getByTestId('approve-owners-only').textContent()).toBe('Only an owner of the team register can approve a version; your role: reader.');
    expect(await panel.getByRole('button', { name: 'Approve the register' }).count()).toBe(0);

    await openAs('juris');
    await overview(page);
    expect(await page.locator('body').textContent()).not.toContain('You have reader rights');
    expect(await panel.getByTestId('approve-owners-only').textContent()).toBe('Only an owner of the team register can approve a version; your role: editor.');
    expect(await panel.getByRole('button', { name: 'Approve the register' }).count()).toBe(0);

    await openAs('ilze');
    await overview(page);
    await panel.getByRole('button', { name: 'Approve the register' }).waitFor();
    expect(await panel.getByTestId('approve-owners-only').count()).toBe(0);
  }, 180_000);
});
