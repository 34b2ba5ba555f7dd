import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { ROPA_BIN, ropa } from '../helpers/cli.ts';
import { listBackups } from '../../main/services/backups.ts';

describe('ropa (a real process)', () => {
  it('prints help and its version', () => {
    const help = ropa(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('ropa init FILE');
    expect(help.stdout).toContain('Izejas kodi');
    expect(help.stdout).toContain('3 — neparedzēta kļūme');
    expect(ropa(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a reader that stops early (`ropa list … | head -1`) ends it quietly, not with a crash', async () => {
    const dir = tempDir();
    const file = join(dir, 'demo.ropa');
    expect(ropa(['demo', file]).status).toBe(0);
    // `export json` without --out writes the whole register to stdout: far more than a pipe holds.
    const child = spawn(process.execPath, [ROPA_BIN, 'export', 'json', '--db', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('init creates an empty register with its organisation, and refuses an existing file', () => {
    const dir = tempDir();
    const file = join(dir, 'sia-koks.ropa');
    const created = ropa(['init', file, '--org', 'SIA Koks']);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Izveidots reģistrs');
    expect(listBackups(file)).toHaveLength(1);
    const before = fileHash(file);
    const again = ropa(['init', file], { lang: 'en' });
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('The file already exists: sia-koks.ropa');
    expect(fileHash(file)).toBe(before);
    const listed = ropa(['list', '--db', file, '--json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('bad usage exits 2 with one line naming the problem', () => {
    const unknown = ropa(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('nezināma komanda: frobnicate');
    const missing = ropa(['list'], { lang: 'en' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--db is required');
    const badOption = ropa(['list', '--db', 'x.ropa', '--colour'], { lang: 'en' });
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--colour'");
    expect(ropa(['list', '--db', 'x.ropa', '--lang', 'de']).status).toBe(2);
  });

  it('opening a file that is not a register exits 2 and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.ropa');
    writeFileSync(file, 'not a register');
    const result = ropa(['list', '--db', file], { lang: 'en' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a ROPA register');
    expect(readFileSync(file, 'utf8')).toBe('not a register');
  });

  it('export json -> import json into a new file -> export json: identical', () => {
    const dir = tempDir();
    const source = join(dir, 'a.ropa');
    expect(ropa(['init', source, '--org', 'SIA Āboli']).status).toBe(0);
    const first = join(dir, 'a.json');
    expect(ropa(['export', 'json', '--db', source, '--out', first]).status).toBe(0);
    const copy = join(dir, 'b.ropa');
    const imported = ropa(['import', 'json', first, '--db', copy]);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toContain('Importēts');
    const second = ropa(['export', 'json', '--db', copy]);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(readFileSync(first, 'utf8'));
  });

  it('demo builds the demo register, and its JSON export round-trips losslessly through a new register', () => {
    const dir = tempDir();
    const demo = join(dir, 'demo.ropa');
    expect(ropa(['demo', demo]).status).toBe(0);
    const rows = JSON.parse(ropa(['list', '--db', demo, '--json']).stdout) as Array<{ number: string; kind: string; name: string }>;
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.some((row) => row.kind === 'processor')).toBe(true);
    expect(rows.some((row) => /Videonovērošana/.test(row.name))).toBe(true);
    const first = ropa(['export', 'json', '--db', demo]).stdout;
    writeFileSync(join(dir, 'demo.json'), first);
    expect(ropa(['import', 'json', join(dir, 'demo.json'), '--db', join(dir, 'copy.ropa')]).status).toBe(0);
    expect(ropa(['export', 'json', '--db', join(dir, 'copy.ropa')]).stdout).toBe(first);
    expect(ropa(['demo', demo]).status).toBe(2);
  });

  it('a bad import file exits 2, names the problem, and writes nothing', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "ropa-register", "formatVersion": 1, "register": {}}');
    const target = join(dir, 'never.ropa');
    const result = ropa(['import', 'json', bad, '--db', target], { lang: 'en' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ropa: Not saved: \d+ field\(s\) need correcting\.; register\.registerId: This field is required\./);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });
});
