import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

interface ListedActivity { id: string; number: string; name: string; status: string }
interface ListedTemplate { id: string; origin: string; name: string; legalBasisPoints: string[] }

const listActivities = (file: string): ListedActivity[] => JSON.parse(ropa(['list', '--db', file, '--json']).stdout) as ListedActivity[];

describe('ropa templates (a real process)', () => {
  it('list prints the library in either language, as a table or JSON', () => {
    const lv = ropa(['templates', 'list', '--json']);
    expect(lv.status).toBe(0);
    const templates = JSON.parse(lv.stdout) as ListedTemplate[];
    expect(templates.length).toBeGreaterThanOrEqual(30);
    expect(templates.find((t) => t.id === 'whistleblowing')).toMatchObject({ origin: 'library', name: 'Iekšējā trauksmes celšanas sistēma', legalBasisPoints: ['c'] });
    const en = ropa(['templates', 'list', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^whistleblowing\s+c\s+Internal whistleblowing system$/m);
    expect(en.stdout).toContain('\nPersonnel\n');
  });

  it('add makes draft activities in the organisation; adding again reuses the rules; bad input leaves the file unchanged', () => {
    const file = join(tempDir(), 'koks.ropa');
    expect(ropa(['init', file, '--org', 'SIA Koks']).status).toBe(0);
    const added = ropa(['templates', 'add', 'e-shop', 'accounting-invoicing', '--db', file, '--org', 'SIA Koks']);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Izveidoti 2 apstrādes darbību melnraksti (PD-01, PD-02)');
    const rulesFirst = JSON.parse(ropa(['export', 'json', '--db', file]).stdout).retentionRules.length as number;
    expect(rulesFirst).toBeGreaterThan(0);

    const again = ropa(['templates', 'add', 'e-shop', '--db', file, '--org', 'SIA Koks'], { lang: 'en' });
    expect(again.stdout).toContain('Created 1 draft processing activity (PD-03); new retention rules: 0, new catalogue entries: 0.');
    expect(JSON.parse(ropa(['export', 'json', '--db', file]).stdout).retentionRules).toHaveLength(rulesFirst);
    expect(listActivities(file).map((a) => [a.number, a.status])).toEqual([['PD-01', 'draft'], ['PD-02', 'draft'], ['PD-03', 'draft']]);

    const before = fileHash(file);
    const unknown = ropa(['templates', 'add', 'cctv', 'no-such', '--db', file, '--org', 'SIA Koks'], { lang: 'en' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no such template: no-such');
    const noOrg = ropa(['templates', 'add', 'cctv', '--db', file, '--org', 'SIA Nav'], { lang: 'en' });
    expect(noOrg.status).toBe(2);
    expect(noOrg.stderr).toContain('--org');
    expect(ropa(['templates', 'add', 'cctv', '--db', file]).status).toBe(2);
    expect(fileHash(file)).toBe(before);
  });

  it("a DPO's own template travels: save an activity, export the set, import it into another register, add it there", () => {
    const dir = tempDir();
    const source = join(dir, 'klients-a.ropa');
    const target = join(dir, 'klients-b.ropa');
    const set = join(dir, 'paraugi.json');
    expect(ropa(['init', source, '--org', 'SIA A']).status).toBe(0);
    expect(ropa(['templates', 'add', 'cctv', '--db', source, '--org', 'SIA A']).status).toBe(0);
    const saved = ropa(['templates', 'save', 'PD-01', '--db', source, '--group', 'security']);
    expect(saved.status).toBe(0);
    expect(saved.stdout).toMatch(/own-[0-9a-f-]{8,}/);
    const ownId = /(own-[0-9a-f-]+)/.exec(saved.stdout)![1]!;
    expect(ropa(['templates', 'export', '--db', source, '--out', set]).status).toBe(0);
    const file = JSON.parse(readFileSync(set, 'utf8'));
    expect(file.format).toBe('ropa-template-set');
    expect(file.retentionRules.map((r: { id: string }) => r.id)).toEqual(['tpl-rr-cctv']);

    expect(ropa(['init', target, '--org', 'SIA B']).status).toBe(0);
    const imported = ropa(['templates', 'import', set, '--db', target]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('Importēts 1 paraugs.');
    const listed = JSON.parse(ropa(['templates', 'list', '--db', target, '--json']).stdout) as ListedTemplate[];
    expect(listed.find((t) => t.id === ownId)).toMatchObject({ origin: 'own', name: 'Videonovērošana' });
    expect(ropa(['templates', 'add', ownId, '--db', target, '--org', 'SIA B']).status).toBe(0);
    const exported = JSON.parse(ropa(['export', 'json', '--db', target]).stdout);
    expect(exported.activities[0].name).toBe('Videonovērošana');
    expect(exported.activities[0].dataCategories[0].retentionRuleId).toBe('tpl-rr-cctv');
    expect(exported.retentionRules.map((r: { id: string; periodValue: number }) => [r.id, r.periodValue])).toEqual([['tpl-rr-cctv', 30]]);
  });

  it('import refuses a file that is not a template set, and a set whose ids could shadow the library, changing nothing', () => {
    const dir = tempDir();
    const target = join(dir, 'b.ropa');
    expect(ropa(['init', target, '--org', 'SIA B']).status).toBe(0);
    const before = fileHash(target);
    const notSet = join(dir, 'register.json');
    writeFileSync(notSet, ropa(['export', 'json', '--db', target]).stdout);
    const wrong = ropa(['templates', 'import', notSet, '--db', target], { lang: 'en' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('not a ROPA template set');
    const shadow = join(dir, 'shadow.json');
    const library = JSON.parse(ropa(['templates', 'list', '--json']).stdout) as ListedTemplate[];
    writeFileSync(shadow, JSON.stringify({ format: 'ropa-template-set', version: 1, title: '', templates: [{ id: library[0]!.id, group: 'other', kind: 'controller', name: { lv: 'X', en: 'X' }, description: { lv: '', en: '' }, purposes: [], dataSubjectCategoryIds: [], dataCategories: [], recipientCategoryIds: [], sourceTypes: [], dpiaCriteria: [] }], catalogueEntries: [], retentionRules: [] }));
    const shadowed = ropa(['templates', 'import', shadow, '--db', target], { lang: 'en' });
    expect(shadowed.status).toBe(2);
    expect(shadowed.stderr).toContain('must start with "own-"');
    expect(fileHash(target)).toBe(before);
  });
});
