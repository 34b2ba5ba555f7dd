/**
 * Browser mode as a browser app (issue 14), over real HTTP: an export is
 * handed to the page as a one-time download whose Content-Disposition names
 * the file (Latvian letters too); opening is a choice among the workspace's
 * files (names, dates, sizes) or an upload, never "the newest file".
 */
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../main/services/app-context.ts';
import { recentFilesAt } from '../../main/services/recent-files.ts';
import { contentDisposition } from '../../main/web/downloads.ts';
import type { WorkspaceFile } from '../../shared/contract/workspace.ts';
import { startWebServer, type WebServer } from '../../main/web/server.ts';
import { workspaceDialogs } from '../../main/web/workspace-dialogs.ts';
import { createRegister } from '../../main/services/register-files.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

let running: { web: WebServer; app: AppContext } | undefined;
afterEach(async () => {
  await running?.web.close();
  await running?.app.close();
  running = undefined;
});

async function serve(workspace: string) {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ROPA</title>');
  const dialogs = workspaceDialogs(workspace, () => app.session?.path);
  const app: AppContext = new AppContext({ transport: 'web', version: 'test', dialogs, workspace: dialogs, recentFiles: recentFilesAt(null), now: steppingClock() }, 'lv');
  const web = await startWebServer(app, { rendererDir: renderer });
  running = { web, app };
  const base = web.url.split('?')[0]!.replace(/\/$/, '');
  const invoke = async (channel: string, input: unknown) => {
    const response = await fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Ropa-Token': web.token }, body: JSON.stringify({ channel, input }) });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; fileKind?: string }; downloads?: Array<{ fileName: string; url: string }> };
  };
  return { web, app, base, invoke };
}

async function register(folder: string, name: string, organisation: string, mtime: Date): Promise<string> {
  const path = join(folder, name);
  const session = await createRegister(path, { now: steppingClock(), organisationName: organisation });
  await session.close();
  utimesSync(path, mtime, mtime);
  return path;
}

describe('browser mode files', () => {
  it('downloads an export once, named by Content-Disposition', async () => {
    const workspace = tempDir();
    const path = await register(workspace, 'Ziemeļu Koks.ropa', 'SIA Ziemeļu Koks', new Date());
    const { app, base, invoke, web } = await serve(workspace);
    await app.open(path);
    const answer = await invoke('export:json', {});
    expect(answer.ok).toBe(true);
    expect(answer.downloads).toEqual([{ fileName: 'Ziemeļu Koks.json', url: expect.stringMatching(/^\/download\/[\w-]{24}$/) }]);
    const response = await fetch(`${base}${answer.downloads![0]!.url}?token=${web.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Ziemelu Koks.json"; filename*=UTF-8''${encodeURIComponent('Ziemeļu Koks.json')}`);
    expect(await response.text()).toBe(readFileSync(join(workspace, 'Ziemeļu Koks.json'), 'utf8'));
    // Once only, and never without the token or cookie.
    expect((await fetch(`${base}${answer.downloads![0]!.url}?token=${web.token}`)).status).toBe(404);
    const second = await invoke('export:json', {});
    expect((await fetch(`${base}${second.downloads![0]!.url}`)).status).toBe(403);
    expect(contentDisposition('a"b\\c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`);
  });

  it('opens the register the user chose from the list, not the newest, and asks when none is chosen', async () => {
    const workspace = tempDir();
    await register(workspace, 'vecais.ropa', 'SIA Vecais', new Date('2026-01-10T10:00:00Z'));
    await register(workspace, 'jaunais.ropa', 'SIA Jaunais', new Date('2026-12-01T10:00:00Z'));
    const { app, invoke } = await serve(workspace);
    expect(await invoke('files:open', {})).toMatchObject({ ok: false, error: { code: 'CHOOSE_FILE', fileKind: 'ropa' } });
    expect(app.session).toBeNull();
    const listed = (await invoke('workspace:files', { kind: 'ropa' })).value as WorkspaceFile[];
    expect(listed.map((file) => file.fileName)).toEqual(['jaunais.ropa', 'vecais.ropa']);
    expect(listed[1]).toMatchObject({ modifiedAt: '2026-01-10T10:00:00.000Z' });
    expect(listed[1]!.sizeBytes).toBeGreaterThan(0);
    expect(await invoke('workspace:choose', { kind: 'ropa', id: listed[1]!.id })).toMatchObject({ ok: true });
    const opened = await invoke('files:open', {});
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'vecais.ropa' } });
    // The choice is used once.
    expect(await invoke('files:open', {})).toMatchObject({ ok: false, error: { code: 'CHOOSE_FILE' } });
    expect(await invoke('workspace:choose', { kind: 'ropa', id: 'no-such-id' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('imports an uploaded file, written into the workspace under a new name', async () => {
    const workspace = tempDir();
    writeFileSync(join(workspace, 'kopa.json'), '{}');
    const { invoke } = await serve(workspace);
    const content = Buffer.from('{"format":"ropa-template-set"}').toString('base64');
    const uploaded = await invoke('workspace:upload', { kind: 'json', fileName: 'kopa.json', contentBase64: content });
    expect(uploaded).toMatchObject({ ok: true, value: { fileName: 'kopa-2.json' } });
    expect(readFileSync(join(workspace, 'kopa.json'), 'utf8')).toBe('{}');
    expect(readFileSync(join(workspace, 'kopa-2.json'), 'utf8')).toBe('{"format":"ropa-template-set"}');
    expect(await invoke('workspace:upload', { kind: 'json', fileName: '../ārā.json', contentBase64: content })).toMatchObject({ ok: true, value: { fileName: '.._ārā.json' } });
    expect(await invoke('workspace:upload', { kind: 'json', fileName: 'x.json', contentBase64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
