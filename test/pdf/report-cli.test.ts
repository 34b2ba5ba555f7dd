/** `ropa export pdf` as a real process: what it writes, and that it writes nothing when it fails. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.ts';
import { pdfInfo, pdfPageTexts, squeeze } from '../helpers/pdf.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

/** One demo register for every test here (they only read it). */
let demo: string;
beforeAll(() => {
  demo = join(mkdtempSync(join(tmpdir(), 'ropa-cli-pdf-')), 'demo.ropa');
  expect(ropa(['demo', demo]).status).toBe(0);
});
afterAll(() => rmSync(dirname(demo), { recursive: true, force: true }));

function organisations(): Array<{ id: string; name: string }> {
  const exported = JSON.parse(ropa(['export', 'json', '--db', demo]).stdout) as { organisations: Array<{ id: string; name: string }> };
  return exported.organisations;
}

describe('ropa export pdf', () => {
  it('writes the report in the language asked for, and prints nothing on success', () => {
    const dir = tempDir();
    const out = join(dir, 'registrs.pdf');
    const before = fileHash(demo);
    const result = ropa(['export', 'pdf', '--db', demo, '--out', out, '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(fileHash(demo)).toBe(before);
    const info = pdfInfo(out);
    expect(info.pages).toBeGreaterThan(20);
    const pages = pdfPageTexts(out);
    expect(pages[0]).toContain('Record of processing activities');
    expect(pages[pages.length - 1]).toContain(`Page ${info.pages} of ${info.pages}`);
    // Only the finished file is left in the folder: no temporary file beside it.
    expect(readdirSync(dir)).toEqual(['registrs.pdf']);
  });

  it('prints on its cover the SHA-256 of the register JSON export, so a printout can be matched to the file', () => {
    const dir = tempDir();
    const out = join(dir, 'registrs.pdf');
    const json = join(dir, 'registrs.json');
    expect(ropa(['export', 'pdf', '--db', demo, '--out', out]).status).toBe(0);
    expect(ropa(['export', 'json', '--db', demo, '--out', json]).status).toBe(0);
    const sha256 = createHash('sha256').update(readFileSync(json)).digest('hex');
    const cover = pdfPageTexts(out)[0] as string;
    expect(cover).toContain(sha256);
    // The register fingerprint's printed short form (records and history head) is what `ropa verify --fingerprint` takes.
    const printed = /\b[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}\b/.exec(cover)?.[0];
    expect(printed).toBeDefined();
    expect(ropa(['verify', '--db', demo, '--fingerprint', printed!]).status).toBe(0);
    expect(ropa(['verify', '--db', demo, '--fingerprint', sha256.slice(0, 16)]).status).toBe(1);
  });

  it('--org narrows the report to one organisation and the processors its activities use', () => {
    const serviss = organisations().find((o) => o.name.includes('ZKM Serviss'));
    if (!serviss) throw new Error('the demo has no ZKM Serviss');
    const out = join(tempDir(), 'serviss.pdf');
    expect(ropa(['export', 'pdf', '--db', demo, '--out', out, '--org', serviss.id]).status).toBe(0);
    const text = squeeze(pdfPageTexts(out).join('\n'));
    expect(text).toContain('ZS-01');
    expect(text).toContain('ZS-02');
    expect(text).not.toContain('PD-01');
    expect(text).toContain(squeeze('Tikai organizācija “SIA "ZKM Serviss"”'));
    expect(text).not.toContain(squeeze('Ziemeļkurzemes Mēbeles", 40003612577'));
  });

  it('bad usage and bad input exit 2 with one line naming the problem, and write nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'x.pdf');
    const cases: Array<[string[], string]> = [
      [['export', 'pdf', '--db', demo], '--out is required'],
      [['export', 'pdf', '--out', out], '--db is required'],
      [['export', 'pdf', '--db', demo, '--out', out, '--org', 'no-such-organisation'], 'no-such-organisation'],
      [['export', 'pdf', '--db', join(dir, 'missing.ropa'), '--out', out], 'missing.ropa'],
      [['export', 'pdf', '--db', demo, '--out', join(dir, 'no-such-folder', 'x.pdf')], 'no-such-folder'],
      [['export', 'pdf', '--db', demo, '--out', out, '--lang', 'de'], '--lang'],
    ];
    for (const [args, named] of cases) {
      const result = ropa(args, { lang: 'en' });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).toContain(named);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write the report over the register itself, and leaves the register as it was', () => {
    const before = fileHash(demo);
    const result = ropa(['export', 'pdf', '--db', demo, '--out', demo], { lang: 'en' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--out must not be the register file itself');
    expect(fileHash(demo)).toBe(before);
  });

  it('a file that is not a register is refused and left untouched, and no report appears', () => {
    const dir = tempDir();
    const notes = join(dir, 'notes.ropa');
    writeFileSync(notes, 'not a register');
    const before = fileHash(notes);
    const result = ropa(['export', 'pdf', '--db', notes, '--out', join(dir, 'x.pdf')], { lang: 'en' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a ROPA register');
    expect(fileHash(notes)).toBe(before);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});
