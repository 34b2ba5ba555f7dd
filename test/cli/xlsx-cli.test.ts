import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_FILE } from '../helpers/crafted-files.ts';
import { ropa } from '../helpers/cli.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

describe('ropa export xlsx / import xlsx (a real process)', () => {
  it('are listed in the help', () => {
    const help = ropa(['--help'], { lang: 'en' });
    expect(help.stdout).toContain('ropa export xlsx --db FILE --out OUT.xlsx [--lang lv|en] [--org ID]');
    expect(help.stdout).toContain('ropa import xlsx IN.xlsx --db FILE [--org ID] [--replace] [--dry-run]');
  });

  it('demo -> export xlsx -> import xlsx into a new file -> the same register', () => {
    const dir = tempDir();
    const demo = join(dir, 'demo.ropa');
    expect(ropa(['demo', demo]).status).toBe(0);
    const workbook = join(dir, 'demo.xlsx');
    const exported = ropa(['export', 'xlsx', '--db', demo, '--out', workbook, '--lang', 'en']);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const copy = join(dir, 'copy.ropa');
    const imported = ropa(['import', 'xlsx', workbook, '--db', copy]);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toBe('Importēts: 18 apstrādes darbības, 12 apstrādātāji, 19 glabāšanas noteikumi.\n');
    expect(ropa(['export', 'json', '--db', copy]).stdout).toBe(ropa(['export', 'json', '--db', demo]).stdout);
  });

  it('bad usage and bad input exit 2 with one line, and write nothing', () => {
    const dir = tempDir();
    const register = join(dir, 'firma.ropa');
    expect(ropa(['init', register, '--org', 'SIA Firma']).status).toBe(0);
    const before = fileHash(register);

    const noOut = ropa(['export', 'xlsx', '--db', register], { lang: 'en' });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out is required');

    const unknownOrg = ropa(['export', 'xlsx', '--db', register, '--out', join(dir, 'x.xlsx'), '--org', 'nobody'], { lang: 'en' });
    expect(unknownOrg.status).toBe(2);
    expect(unknownOrg.stderr).toBe('ropa: Record not found (it may have been deleted): nobody.\n');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);

    const pdf = join(dir, 'registrs.xlsx');
    writeFileSync(pdf, PDF_FILE);
    const intoExisting = ropa(['import', 'xlsx', pdf, '--db', register]);
    expect(intoExisting.status).toBe(2);
    expect(intoExisting.stderr).toBe(
      'ropa: Fails registrs.xlsx nav Excel darbgrāmata (.xlsx): pēc satura tas ir PDF. Atveriet to Excel vai LibreOffice Calc un saglabājiet kā .xlsx. Reģistrs nav mainīts.\n',
    );
    expect(fileHash(register)).toBe(before);

    const intoNew = ropa(['import', 'xlsx', pdf, '--db', join(dir, 'new.ropa')], { lang: 'en' });
    expect(intoNew.status).toBe(2);
    expect(intoNew.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['firma.backups', 'firma.ropa', 'registrs.xlsx']); // the backups folder is init's first backup
  });
});
