import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { ropa } from '../helpers/cli.ts';
import { demoRegisterFile, peek } from '../helpers/safety.ts';
import { fileHash } from '../helpers/temp.ts';

describe('ropa verify and the checkpoints of earlier checks', () => {
  it('an export as of a date leaves the file alone; an approval records the checked head; verify refuses it once forged, in Latvian and English', async () => {
    const path = await demoRegisterFile();
    const untouched = fileHash(path);
    expect(ropa(['export', 'json', '--db', path, '--as-of', '2099-01-01']).status).toBe(0);
    expect(fileHash(path)).toBe(untouched);
    expect(peek<number | null>(path, 'select max(seq) from history_checkpoint')).toBeNull();

    expect(ropa(['approve', '--db', path, '--name', 'Ilze Ozola', '--role', 'DAS']).status).toBe(0);
    const checked = peek<number>(path, 'select max(seq) from history_checkpoint');
    expect(checked).toBeGreaterThan(0);
    expect(ropa(['verify', '--db', path]).status).toBe(0);

    const db = new Database(path);
    db.prepare('update history_checkpoint set hash = ? where seq = ?').run('e'.repeat(64), checked);
    db.close();
    const lv = ropa(['verify', '--db', path], { lang: 'lv' });
    expect(lv.status).toBe(1);
    expect(lv.stdout).toContain(`ieraksts Nr. ${checked}`);
    expect(lv.stdout).toContain('iepriekšējās pārbaudes kontrolpunktā šim ierakstam ir cits jaucējkods');
    expect(ropa(['verify', '--db', path], { lang: 'en' }).stdout).toContain('the checkpoint of an earlier check records another hash for this entry');
    const json = JSON.parse(ropa(['verify', '--db', path, '--json']).stdout) as { firstBroken: { seq: number; reason: string } };
    expect(json.firstBroken).toMatchObject({ seq: checked, reason: 'checkpoint' });
  });
});
