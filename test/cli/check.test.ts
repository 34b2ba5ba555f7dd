import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';
import { ropa } from '../helpers/cli.ts';

/** A demo register made now (the CLI's clock) and its JSON export, shared by the tests (which only read them). */
const shared = { dir: '', file: '', json: '' };
beforeAll(() => {
  shared.dir = mkdtempSync(join(tmpdir(), 'ropa-check-'));
  shared.file = join(shared.dir, 'demo.ropa');
  expect(ropa(['demo', shared.file]).status).toBe(0);
  shared.json = join(shared.dir, 'demo.json');
  expect(ropa(['export', 'json', '--db', shared.file, '--out', shared.json]).status).toBe(0);
});
afterAll(() => rmSync(shared.dir, { recursive: true, force: true }));

function demo() {
  return { dir: tempDir(), file: shared.file, document: JSON.parse(readFileSync(shared.json, 'utf8')) as RegisterDocument };
}

/** Imports an edited document into a new register file. */
function registerFrom(dir: string, name: string, document: RegisterDocument): string {
  const json = join(dir, `${name}.json`);
  writeFileSync(json, JSON.stringify(document));
  const file = join(dir, `${name}.ropa`);
  expect(ropa(['import', 'json', json, '--db', file]).status).toBe(0);
  return file;
}

describe('ropa check (a real process)', () => {
  it('reports the demo’s findings grouped by record and exits 1, since some are errors', () => {
    const { file } = demo();
    const before = fileHash(file);
    const result = ropa(['check', '--db', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Atbilstības pārbaude \d{2}\.\d{2}\.\d{4}$/);
    const at = (text: string) => lines.findIndex((line) => line.startsWith(text));
    expect(at('Apstrādes darbības')).toBeLessThan(at('  PD-08 Interneta veikala pasūtījumi un piegāde'));
    expect(at('  PD-13')).toBeLessThan(at('  PD-14'));
    expect(at('  PD-14')).toBeLessThan(at('Apstrādātāji un saņēmēji'));
    expect(at('Apstrādātāji un saņēmēji')).toBeLessThan(at('  SIA "Drošības Serviss Kurzeme"'));
    expect(result.stdout).toContain(
      '    [kļūda] 6. panta 1. punkta f) apakšpunkts: Apstrādes darbībā PD-08 “Interneta veikala pasūtījumi un piegāde” nolūkam “Klientu apmierinātības aptauja pēc pirkuma” kā tiesiskais pamats norādītas leģitīmās intereses, bet nav reģistrēts interešu līdzsvara izvērtējums. Veiciet un reģistrējiet izvērtējumu. (lauks: purposes.2.legitimateInterestAssessment)',
    );
    expect(result.stdout).toContain('[brīdinājums] 24. panta 1. punkts: Apstrādes darbības PD-13');
    expect(lines.filter((line) => line.startsWith('    ['))).toHaveLength(4);
    expect(result.stdout.trimEnd().endsWith('Kļūdas: 3, brīdinājumi: 1, informatīvi: 0.')).toBe(true);
    expect(fileHash(file)).toBe(before);
  });

  it('--json prints the findings with their messages in the chosen language', () => {
    const { file } = demo();
    const result = ropa(['check', '--db', file, '--json', '--lang', 'en']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { today: string; counts: Record<string, number>; findings: Array<Record<string, unknown>> };
    expect(report.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.counts).toEqual({ error: 3, warning: 1, info: 0 });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['legitimate-interest.no-assessment', 'review.overdue', 'retention.missing', 'processor.contract-expired']);
    expect(report.findings[3]).toMatchObject({
      severity: 'error',
      severityLabel: 'error',
      article: 'Art. 28(3)',
      entity: { type: 'processor', label: 'SIA "Drošības Serviss Kurzeme"' },
      field: 'contractExpiry',
      message: expect.stringMatching(/^The contract with processor SIA "Drošības Serviss Kurzeme" expired on \d{2}\.\d{2}\.\d{4}\. Renew it/),
    });
  });

  it('exits 0 when only warnings remain, and says so when nothing remains', () => {
    const { dir, document } = demo();
    const processor = document.processors.find((p) => p.name === 'SIA "Drošības Serviss Kurzeme"')!;
    processor.contractExpiry = null;
    const pd08 = document.activities.find((a) => a.number === 'PD-08')!;
    pd08.purposes[2]!.legitimateInterestAssessment = 'Leģitīmo interešu izvērtējums LII-07 "Klientu aptaujas"';
    const pd14 = document.activities.find((a) => a.number === 'PD-14')!;
    pd14.dataCategories[2]!.retentionRuleId = pd14.dataCategories[1]!.retentionRuleId;

    const warnings = ropa(['check', '--db', registerFrom(dir, 'warnings', document)]);
    expect(warnings.status).toBe(0);
    expect(warnings.stdout).toContain('[brīdinājums]');
    expect(warnings.stdout).toContain('PD-13');
    expect(warnings.stdout).toContain('Kļūdas: 0, brīdinājumi: 1, informatīvi: 0.');

    const pd13 = document.activities.find((a) => a.number === 'PD-13')!;
    pd13.nextReviewOn = pd08.nextReviewOn;
    const clean = ropa(['check', '--db', registerFrom(dir, 'clean', document)], { lang: 'en' });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('No findings.');
  });

  it('bad usage or a file that is not a register exits 2 with one line on stderr', () => {
    const dir = tempDir();
    const missing = ropa(['check'], { lang: 'en' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--db is required');
    expect(missing.stderr).toContain('ropa check --db FILE [--json]');
    const option = ropa(['check', '--db', 'x.ropa', '--fix'], { lang: 'en' });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("Unknown option '--fix'");
    const absent = ropa(['check', '--db', join(dir, 'nav.ropa')], { lang: 'en' });
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain('File not found');
    const notes = join(dir, 'notes.ropa');
    writeFileSync(notes, 'not a register');
    const wrong = ropa(['check', '--db', notes]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(notes, 'utf8')).toBe('not a register');
    expect(ropa(['--help']).stdout).toContain('ropa check --db FILE [--json]');
  });
});
