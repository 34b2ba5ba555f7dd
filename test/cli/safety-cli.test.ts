import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolderOf } from '../../main/services/backups.ts';
import { ropa } from '../helpers/cli.ts';
import { recordFigure } from '../helpers/figures.ts';
import { demoRegisterFile, peek } from '../helpers/safety.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

describe('ropa verify', () => {
  it('exits 0 for an intact history, printing the entries and the head hash', async () => {
    const path = await demoRegisterFile();
    const run = ropa(['verify', '--db', path], { lang: 'en' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/The change history is intact: \d+ entries\./);
    const head = peek<string>(path, 'select hash from history order by seq desc limit 1');
    expect(run.stdout).toContain(`Hash of the newest entry: ${head}`);
    const json = JSON.parse(ropa(['verify', '--db', path, '--json']).stdout) as { intact: boolean; headHash: string };
    expect(json).toMatchObject({ intact: true, headHash: head });
  });

  it('exits 1 naming the first entry that breaks the chain: an edited, a deleted or a relinked entry', async () => {
    const edited = await demoRegisterFile();
    tamper(edited, "update history set after_json = json_set(after_json, '$.name', 'Viltots') where seq = 7");
    const before = fileHash(edited);
    const run = ropa(['verify', '--db', edited], { lang: 'en' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/broken at entry 7 \(\d\d\.\d\d\.\d{4} \d\d:\d\d, \w+ \S+ “.*”\): the entry does not match its hash/);
    expect(fileHash(edited)).toBe(before);

    const deleted = await demoRegisterFile();
    tamper(deleted, 'delete from history where seq = 12');
    const gap = JSON.parse(ropa(['verify', '--db', deleted, '--json']).stdout) as { intact: boolean; firstBroken: { seq: number; reason: string } };
    expect(gap).toMatchObject({ intact: false, firstBroken: { seq: 13, reason: 'sequence' } });
    expect(ropa(['verify', '--db', deleted]).status).toBe(1);

    const relinked = await demoRegisterFile();
    tamper(relinked, `update history set prev_hash = '${'f'.repeat(64)}' where seq = 3`);
    const lv = ropa(['verify', '--db', relinked], { lang: 'lv' });
    expect(lv.status).toBe(1);
    expect(lv.stdout).toContain('ieraksts Nr. 3');
    expect(lv.stdout).toContain('ķēde pārrauta');
  });

  it('exits 2 for a file that is not a register, and for bad usage', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.ropa'), 'not a register');
    expect(ropa(['verify', '--db', join(dir, 'x.ropa')]).status).toBe(2);
    expect(ropa(['verify']).status).toBe(2);
    expect(ropa(['verify', '--db', join(dir, 'missing.ropa')]).status).toBe(2);
  });
});

describe('ropa backup and ropa restore', () => {
  it('back up into the backups folder or --out, and restore, keeping the current file first', async () => {
    const path = await demoRegisterFile();
    const made = ropa(['backup', '--db', path], { lang: 'en' });
    expect(made.status).toBe(0);
    const [backup] = readdirSync(backupFolderOf(path));
    expect(made.stdout).toContain(backup);
    const out = tempDir();
    expect(ropa(['backup', '--db', path, '--out', out]).status).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);

    tamper(path, 'delete from activity_processor; delete from activity_purpose_legal_basis;');
    const damagedContent = fileHash(path);
    const restored = ropa(['restore', join(backupFolderOf(path), backup!), '--db', path], { lang: 'en' });
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('restored from');
    expect(peek<number>(path, 'select count(*) from activity_processor')).toBeGreaterThan(0);
    expect(ropa(['verify', '--db', path]).status).toBe(0);
    const safety = readdirSync(backupFolderOf(path)).find((name) => name.endsWith(' before-restore.ropa'))!;
    expect(fileHash(join(backupFolderOf(path), safety))).not.toBe(fileHash(path));
    expect(peek<number>(join(backupFolderOf(path), safety), 'select count(*) from activity_processor')).toBe(0);
    expect(damagedContent).not.toBe(fileHash(path));
    recordFigure('backupsRestored', 1);
  });

  it('restores over a damaged register, keeping the damaged bytes too', async () => {
    const path = await demoRegisterFile();
    expect(ropa(['backup', '--db', path]).status).toBe(0);
    const [backup] = readdirSync(backupFolderOf(path));
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    const run = ropa(['restore', join(backupFolderOf(path), backup!), '--db', path]);
    expect(run.status).toBe(0);
    expect(ropa(['list', '--db', path, '--json']).status).toBe(0);
    const kept = readdirSync(backupFolderOf(path)).find((name) => name.endsWith(' before-restore.ropa'))!;
    expect(fileHash(join(backupFolderOf(path), kept))).toBe(fileHashOfBytes(Buffer.alloc(8192, 0x41)));
    recordFigure('backupsRestored', 1);
  });

  it('refuses a bad backup (exit 2) and leaves the register untouched', async () => {
    const path = await demoRegisterFile();
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.ropa'), 'SQLite format 3\u0000'.padEnd(4096, 'x'));
    const before = fileHash(path);
    const run = ropa(['restore', join(dir, 'bad.ropa'), '--db', path], { lang: 'en' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(fileHash(path)).toBe(before);
    expect(existsSync(backupFolderOf(path))).toBe(false);
    expect(ropa(['restore', path, '--db', path]).status).toBe(2);
  });
});

function fileHashOfBytes(bytes: Buffer): string {
  const file = join(tempDir(), 'bytes');
  writeFileSync(file, bytes);
  return fileHash(file);
}
