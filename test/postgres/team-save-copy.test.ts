/**
 * "Save a copy" with a team register open (files:saveCopy, issue 20): the
 * register is written to a `.ropa` file by `ropa copy`'s code, losslessly —
 * the file's JSON export is the team register's, its chain verifies and ends
 * in the same head hash, and the app opens it. An existing file chosen in
 * the dialog is replaced whole; a symbolic link is refused with nothing
 * written; a reader may make a copy too.
 */
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { createPostgresRegister, postgresKysely } from '../../main/db/postgres/connection.ts';
import { historyHead, verifyHistory } from '../../main/db/repositories/history-repository.ts';
import { exportRegister, serialiseRegister } from '../../main/services/json-exchange.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { smallRegisterOn } from '../helpers/registers.ts';
import { addPeople, addressAs, adminTarget, passwordOf } from '../helpers/team-roles.ts';
import { tempDir } from '../helpers/temp.ts';

const server = usePostgres();
const REGISTER = 'klients-kopija';

const admin = () => adminTarget(server(), REGISTER);
const address = (user: string) => addressAs(server(), user, REGISTER);

/** The team register's JSON export and history head, read as the superuser. */
async function teamRegister(): Promise<{ json: string; head: string }> {
  const db = postgresKysely(admin());
  try {
    return { json: serialiseRegister(await exportRegister(db)), head: (await historyHead(db)).hash };
  } finally {
    await db.destroy();
  }
}

/** The file's JSON export, its chain verdict and head. */
async function fileRegister(path: string): Promise<{ json: string; intact: boolean; head: string }> {
  const file = await openRegisterFile(path, { readOnly: true });
  try {
    const verdict = await verifyHistory(file.db);
    return { json: serialiseRegister(await exportRegister(file.db)), intact: verdict.intact, head: (await historyHead(file.db)).hash };
  } finally {
    await file.close();
  }
}

beforeAll(async () => {
  const made = await smallRegisterOn((options) => createPostgresRegister(admin(), options));
  await made.connection.close();
  await addPeople(server(), REGISTER, { anna: 'reader' });
}, 120_000);

describe('Save a copy of a team register', () => {
  it('writes a .ropa file with the same export, a chain that verifies and the same head hash, which the app opens', async () => {
    const { app, dialogs } = testApp('lv');
    await app.open(address('ropa'), { password: server().password });
    // Some history made through the app: a save and an approval.
    const [activity] = await value(app, 'activities:list', {});
    const stored = await value(app, 'activities:get', { id: activity!.id });
    await value(app, 'activities:save', { ...stored, name: 'Klientu uzskaite (kopijai)' });
    await value(app, 'versions:approve', { name: 'Ilze Ozola', role: 'DAS', note: 'Pirms kopijas' });

    const folder = tempDir();
    const path = join(folder, 'klients-kopija.ropa');
    dialogs.answer(path);
    expect(await value(app, 'files:saveCopy', {})).toEqual({ fileName: 'klients-kopija.ropa' });
    expect(dialogs.asked.at(-1)).toMatchObject({ kind: 'ropa', mode: 'save', suggested: 'klients-kopija-kopija.ropa' });
    // Only the copy: no temporary file or SQLite sidecar left beside it.
    expect(readdirSync(folder)).toEqual(['klients-kopija.ropa']);

    const team = await teamRegister();
    const copy = await fileRegister(path);
    expect(copy.json).toBe(team.json);
    expect(copy.intact).toBe(true);
    expect(copy.head).toBe(team.head);
    expect(JSON.parse(copy.json).activities.map((row: { name: string }) => row.name)).toContain('Klientu uzskaite (kopijai)');
    await app.close();

    const { app: other } = testApp('lv');
    const opened = await other.open(path);
    expect(opened).toMatchObject({ readOnly: false, fileName: 'klients-kopija.ropa' });
    expect((await value(other, 'versions:list', {})).approvals.map((approval) => approval.note)).toEqual(['Pirms kopijas']);
    await other.close();
  }, 180_000);

  it('replaces a file chosen in the dialog whole, and a reader may make one', async () => {
    const { app, dialogs } = testApp('en');
    const status = await app.open(address('anna'), { password: passwordOf('anna') });
    expect(status.readOnly).toBe(true);
    const path = join(tempDir(), 'veca.ropa');
    writeFileSync(path, 'not a register');
    dialogs.answer(path);
    expect(await value(app, 'files:saveCopy', {})).toEqual({ fileName: 'veca.ropa' });
    const copy = await fileRegister(path);
    expect(copy.json).toBe((await teamRegister()).json);
    expect(copy.head).toBe((await teamRegister()).head);
    await app.close();
  }, 120_000);

  it('refuses a symbolic link and a cancelled dialog, writing nothing', async () => {
    const { app, dialogs } = testApp('en');
    await app.open(address('ropa'), { password: server().password });
    const folder = tempDir();
    const elsewhere = join(folder, 'elsewhere.ropa');
    writeFileSync(elsewhere, 'keep me');
    const link = join(folder, 'link.ropa');
    symlinkSync(elsewhere, link);
    dialogs.answer(link);
    const refused = await invoke(app, 'files:saveCopy', {});
    expect(refused.ok ? '' : refused.error.code).toBe('FILE_IS_LINK');
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep me');
    expect(readdirSync(folder).sort()).toEqual(['elsewhere.ropa', 'link.ropa']);
    dialogs.answer(null);
    const cancelled = await invoke(app, 'files:saveCopy', {});
    expect(cancelled.ok ? '' : cancelled.error.code).toBe('CANCELLED');
    expect(existsSync(join(folder, 'klients-kopija-copy.ropa'))).toBe(false);
    await app.close();
  }, 120_000);
});
