/**
 * "Open a team register" in the desktop app, under the stand-in electron
 * module (harness/fake-electron.ts) against the throwaway PostgreSQL
 * server: the password the DPO asks the app to keep goes through
 * safeStorage, only encrypted bytes reach the settings folder (no file
 * there holds the plain text), and the recent list opens the register again
 * with the kept password. Without the system's encryption nothing is kept.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPostgresRegister } from '../../main/db/postgres/connection.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { app, fake, type FakeBrowserWindow } from './harness/fake-electron.ts';

vi.mock('electron', () => import('./harness/fake-electron.ts'));

const server = usePostgres();
let root: string;
let window: FakeBrowserWindow;

async function invoke(channel: string, input: unknown) {
  const handler = fake.ipcHandlers.get('ropa:invoke');
  if (!handler) throw new Error('no IPC handler registered');
  const event = { sender: window.webContents, senderFrame: { url: 'app://ropa/index.html', parent: null } };
  return (await handler(event, channel, input)) as { ok: boolean; value?: Record<string, unknown> & { passwordKept?: boolean }; error?: { code: string; message: string } };
}

/** Every settings file's text: what a person (or malware) reading the folder would find. */
function settingsText(): string {
  const folder = join(root, 'user');
  return readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

function form(register: string, extra: Record<string, unknown> = {}) {
  const { host, port, user, database, password } = server();
  return { host, port, database, user, register, sslMode: 'disable', password, ...extra };
}

beforeAll(async () => {
  // The kept password, not the environment, must be what opens the register again.
  delete process.env.PGPASSWORD;
  const { host, port, user, password, database } = server();
  for (const register of ['klients-a', 'klients-b']) {
    const made = await createPostgresRegister({ host, port, user, password, database, register }, { now: () => new Date('2026-12-05T08:00:00Z'), title: register });
    await made.close();
  }
  root = mkdtempSync(join(tmpdir(), 'ropa-team-shell-'));
  mkdirSync(join(root, 'app', 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(root, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>ROPA</title>');
  mkdirSync(join(root, 'user'));
  mkdirSync(join(root, 'temp'));
  app.appPath = join(root, 'app');
  app.paths = { userData: join(root, 'user'), temp: join(root, 'temp') };
  await import('../../main/electron/main.ts');
  app.becomeReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  window = fake.windows[0]!;
}, 180_000);

afterAll(() => {
  app.emit('window-all-closed');
  rmSync(root, { recursive: true, force: true });
});

describe('a team register’s password in the desktop app', () => {
  it('is kept through safeStorage, never as plain text, and opens the register again from the recent list', async () => {
    const { password, port } = server();
    const opened = await invoke('team:open', form('klients-a', { remember: true }));
    expect(opened.error).toBeUndefined();
    expect(opened.value).toMatchObject({ fileName: `klients-a (127.0.0.1:${port}/postgres)`, passwordKept: true });
    expect(fake.encrypted).toEqual([password]);
    const settings = settingsText();
    expect(settings).toContain('"encrypted"');
    expect(settings).not.toContain(password);
    expect(settings).not.toContain(Buffer.from(password).toString('base64'));
    expect(readFileSync(join(root, 'user', 'team-passwords.json'), 'utf8')).toContain(`postgres://ropa@127.0.0.1:${port}/postgres?register=klients-a`);

    expect((await invoke('files:close', {})).ok).toBe(true);
    const recent = (await invoke('files:recent', {})).value as unknown as Array<{ id: string; fileName: string }>;
    const entry = recent.find((file) => file.fileName === `klients-a (127.0.0.1:${port}/postgres)`);
    expect(entry).toBeDefined();
    const again = await invoke('files:openRecent', { id: entry!.id });
    expect(again.error).toBeUndefined();
    expect(fake.decrypted).toContain(password);
  });

  it('is not kept when the DPO does not ask, nor when the system cannot encrypt', async () => {
    const before = fake.encrypted.length;
    const once = await invoke('team:open', form('klients-b'));
    expect(once.value?.passwordKept).toBe(false);
    fake.encryptionAvailable = false;
    const unprotected = await invoke('team:open', form('klients-b', { remember: true }));
    expect(unprotected.value?.passwordKept).toBe(false);
    fake.encryptionAvailable = true;
    expect(fake.encrypted.length).toBe(before);
    expect(readFileSync(join(root, 'user', 'team-passwords.json'), 'utf8')).not.toContain('klients-b');
    expect(settingsText()).not.toContain(server().password);
  });

  it('refuses a form field the contract does not allow, before anything is opened', async () => {
    const bad = await invoke('team:open', form('Klients A'));
    expect(bad.error?.code).toBe('VALIDATION');
    const url = await invoke('team:open', form('klients-a', { host: 'db.example.lv/evil?x=' }));
    expect(url.error?.code).toBe('VALIDATION');
  });
});
