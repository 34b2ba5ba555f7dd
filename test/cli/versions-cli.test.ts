import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pdfText, renderPage, squeeze } from '../helpers/pdf.ts';
import { ropa } from '../helpers/cli.ts';
import { loadWorkbook, workbookValues } from '../helpers/workbooks.ts';
import { pastRegister, writePast } from '../services/versions/versions-fixture.ts';
import { tempDir } from '../helpers/temp.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots', import.meta.url));

async function pastFile(): Promise<string> {
  const register = await pastRegister();
  await writePast(register);
  await register.connection.close();
  return register.path;
}

describe('ropa: the register as of a date, diff, approve, revert', () => {
  it('export json --as-of gives the register as it stood that day', async () => {
    const file = await pastFile();
    const before = JSON.parse(ropa(['export', 'json', '--db', file, '--as-of', '2026-12-01']).stdout);
    expect(before.activities.map((a: { name: string }) => a.name)).toEqual(['Algu aprēķins']);
    expect(before.processors).toHaveLength(1);
    const middle = JSON.parse(ropa(['export', 'json', '--db', file, '--as-of', '2026-12-05T23:59']).stdout);
    expect(middle.activities.map((a: { name: string }) => a.name)).toEqual(['Darba samaksas aprēķins']);
    const now = ropa(['export', 'json', '--db', file]).stdout;
    expect(ropa(['export', 'json', '--db', file, '--as-of', '2027-01-01']).stdout).toBe(now);
    // The workbook as of that day carries that day's fingerprint: the SHA-256 of that day's JSON export.
    const xlsx = join(tempDir(), 'as-of.xlsx');
    expect(ropa(['export', 'xlsx', '--db', file, '--out', xlsx, '--as-of', '2026-12-01']).status).toBe(0);
    const cover = workbookValues(await loadWorkbook(readFileSync(xlsx))).get('Par reģistru')!;
    const beforeText = ropa(['export', 'json', '--db', file, '--as-of', '2026-12-01']).stdout;
    expect(cover.find((row) => row[0] === 'Satura nospiedums (SHA-256)')?.[2]).toBe(createHash('sha256').update(beforeText).digest('hex'));
    expect(cover.find((row) => row[0] === 'Reģistra versija (izmaiņu skaits)')?.[1]).toBe(5);
    const bad = ropa(['export', 'json', '--db', file, '--as-of', '31.12.2026'], { lang: 'en' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('The moment “31.12.2026” is not understood');
  });

  it('diff lists what was added, changed (field by field, with the editor’s labels) and removed, by organisation', async () => {
    const file = await pastFile();
    const text = ropa(['diff', '--db', file, '--from', '2026-12-01', '--to', '2026-12-11']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Izmaiņu skaits: 3');
    expect(text.stdout).toContain('Pārskatīts: 01.02.2026 → 05.12.2026');
    expect(text.stdout).toContain('== Viss reģistrs');
    expect(text.stdout).toContain('== SIA Tests');
    expect(text.stdout).toContain('~ Apstrādes darbība: PD-01 Darba samaksas aprēķins (mainīts)');
    expect(text.stdout).toContain('Apstrādes darbības nosaukums: Algu aprēķins → Darba samaksas aprēķins');
    // The removed processor's links: named, not shown as ids.
    expect(text.stdout).toContain('Apstrādātāji un citi saņēmēji: Saņēmējs: SIA Algu Serviss; Piezīmes: Algu programma → —');
    // Processors belong to the whole register, not to one organisation.
    expect(text.stdout.indexOf('- Apstrādātājs: SIA Algu Serviss')).toBeLessThan(text.stdout.indexOf('== SIA Tests'));
    expect(text.stdout).toContain('+ Apstrādes darbība: PD-02 Videonovērošana (pievienots)');
    expect(text.stdout).toContain('- Apstrādātājs: SIA Algu Serviss (dzēsts)');
    const json = JSON.parse(ropa(['diff', '--db', file, '--from', '2026-12-01', '--json']).stdout);
    expect(json.changes.map((c: { change: string; entityType: string }) => `${c.change} ${c.entityType}`).sort()).toEqual(['added activity', 'changed activity', 'removed processor']);
    expect(json.to.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the report of an approved moment says so; a later one counts the changes since; the appendix lists them', async () => {
    const file = await pastFile();
    const dir = tempDir();
    const approved = join(dir, 'approved.pdf');
    expect(ropa(['export', 'pdf', '--db', file, '--out', approved, '--as-of', '2026-12-05T23:00', '--since', '2026-12-01']).status).toBe(0);
    const cover = squeeze(pdfText(approved));
    expect(cover).toContain(squeeze('Reģistra stāvoklis uz'));
    expect(cover).toContain(squeeze('Apstiprināts 05.12.2026: Ilze Ozola (DAS)'));
    expect(cover).toContain(squeeze('Izmaiņas kopš 21.11.2026'));
    expect(cover).toContain(squeeze('Apstrādes darbības nosaukums Algu aprēķins Darba samaksas aprēķins'));
    // The cover of the approved version, for docs/versions.md.
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(renderPage(approved, 1, join(dir, 'cover'), 70), join(SCREENSHOTS, 'versions-approved-cover.png'));
    const later = join(dir, 'now.pdf');
    expect(ropa(['export', 'pdf', '--db', file, '--out', later]).status).toBe(0);
    expect(squeeze(pdfText(later))).toContain(squeeze('Nav apstiprināts: 3 izmaiņa(-s) kopš 05.12.2026 apstiprinājuma (Ilze Ozola (DAS))'));
  }, 120_000);

  it('approve and revert record their author; the chain stays intact; versions lists approvals and reviews', async () => {
    const file = await pastFile();
    const sqlite = new Database(file, { readonly: true });
    const rename = sqlite.prepare("SELECT seq FROM history WHERE entity_type = 'activity' AND action = 'update' ORDER BY seq LIMIT 1").get() as { seq: number };
    sqlite.close();
    const revert = ropa(['--author', 'Anna Kalniņa', 'revert', '--db', file, '--entry', String(rename.seq)]);
    expect(revert.status, revert.stderr).toBe(0);
    expect(revert.stdout).toContain('“PD-01 Algu aprēķins” atjaunots (ieraksts mainīts)');
    const approve = ropa(['approve', '--db', file, '--name', 'Pēteris Liepa', '--role', 'valdes loceklis', '--date', '2026-12-04']);
    expect(approve.status, approve.stderr).toBe(0);
    expect(ropa(['verify', '--db', file]).status).toBe(0);
    const check = new Database(file, { readonly: true });
    const authors = check.prepare('SELECT author FROM history ORDER BY seq DESC LIMIT 2').all() as Array<{ author: string }>;
    check.close();
    expect(authors.map((row) => row.author)).toEqual([expect.any(String), 'Anna Kalniņa']);
    const versions = ropa(['versions', '--db', file]).stdout;
    expect(versions).toContain('04.12.2026  apstiprinājums  Pēteris Liepa (valdes loceklis)');
    expect(versions).toContain('05.12.2026  apstiprinājums  Ilze Ozola (DAS)');
    expect(versions).toContain('05.12.2026  pārskatīšana  PD-01 Darba samaksas aprēķins  (Ilze Ozola, DAS)');
  });

  it('a changed history entry makes every rebuild refuse, naming the entry', async () => {
    const file = await pastFile();
    const sqlite = new Database(file);
    // Entry 5: the activity's creation (entry 1 is the register's facts, written when it was made).
    sqlite.prepare("UPDATE history SET after_json = replace(after_json, 'Algu aprēķins', 'Cits') WHERE seq = 5").run();
    sqlite.close();
    for (const args of [['export', 'json', '--as-of', '2026-12-01'], ['diff', '--from', '2026-12-01']]) {
      const run = ropa([...args, '--db', file], { lang: 'en' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('altered at entry no. 5');
      expect(run.stderr).toContain('PD-01 Algu aprēķins');
    }
  });
});
