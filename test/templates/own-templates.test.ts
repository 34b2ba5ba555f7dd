import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullActivity, processorInput, ruleInput } from '../helpers/registers.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { fileHash, tempDir } from '../helpers/temp.ts';

async function newRegister(name: string) {
  const { app, dialogs } = testApp();
  const path = join(tempDir(), `${name}.ropa`);
  dialogs.answer(path);
  await value(app, 'files:new', { organisationName: name });
  const [organisation] = await value(app, 'organisations:list', {});
  return { app, dialogs, path, organisationId: organisation!.id };
}

describe("the DPO's own templates through the contract", () => {
  it('saves an activity as a template (without its review, DPIA decision, processors and transfers) and carries it to another register with its own rule and catalogue entry', async () => {
    const a = await newRegister('SIA A');
    const category = (await value(a.app, 'catalogues:save', { catalogue: 'dataCategories', entry: { nameLv: 'Klientu kartes', nameEn: 'Customer cards', description: '', kind: 'ordinary' } })) as { id: string };
    const processor = await value(a.app, 'processors:save', processorInput());
    const rule = await value(a.app, 'retentionRules:save', ruleInput({ dataCategoryId: category.id, name: 'Klientu karšu dati', legalSource: '', legalArticle: '' }));
    const activity = await value(a.app, 'activities:save', {
      ...fullActivity(a.organisationId, processor.id, rule.id),
      dataCategories: [{ dataCategoryId: category.id, retentionRuleId: rule.id, notes: '' }],
      dpiaStatus: 'done', dpiaReference: 'DPIA-1', dpiaCompletedOn: '2026-02-02',
    });
    const summary = await value(a.app, 'templates:saveActivity', { activityId: activity.id, group: 'customers' });
    expect(summary).toMatchObject({ origin: 'own', group: 'customers', name: 'Algu aprēķins', retentionRuleCount: 1 });
    const template = await value(a.app, 'templates:get', { id: summary.id });
    expect(template).not.toHaveProperty('lastReviewedOn');
    expect(template).not.toHaveProperty('dpiaStatus');
    expect(template).not.toHaveProperty('processors');
    expect(template.dpiaCriteria).toEqual(activity.dpiaCriteria);

    const file = join(tempDir(), 'paraugi.json');
    a.dialogs.answer(file);
    expect(await value(a.app, 'templates:export', {})).toEqual({ fileName: 'paraugi.json', count: 1 });
    const set = JSON.parse(readFileSync(file, 'utf8'));
    expect(set.catalogueEntries.map((e: { id: string }) => e.id)).toEqual([category.id]);
    expect(set.retentionRules.map((r: { id: string }) => r.id)).toEqual([rule.id]);

    const b = await newRegister('SIA B');
    b.dialogs.answer(file);
    expect(await value(b.app, 'templates:import', {})).toEqual({ count: 1 });
    const applied = await value(b.app, 'templates:apply', { organisationId: b.organisationId, templateIds: [summary.id] });
    expect(applied.createdRetentionRules).toEqual([rule.id]);
    expect(applied.createdCatalogueEntries).toContain(category.id);
    const created = applied.activities[0]!;
    expect(created).toMatchObject({ number: 'PD-01', status: 'draft', dpiaStatus: 'not_assessed', lastReviewedOn: null, processors: [], transfers: [] });
    expect(created.dataCategories).toEqual([{ dataCategoryId: category.id, retentionRuleId: rule.id, notes: '' }]);
    const rules = await value(b.app, 'retentionRules:list', {});
    expect(rules.map((r) => r.name)).toEqual(['Klientu karšu dati']);
  });

  it('a damaged or foreign file is refused with a clear message and the register is unchanged', async () => {
    const b = await newRegister('SIA B');
    const before = fileHash(b.path);
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, '{"format": "ropa-template-set", "version": 1, "title": "", "templates": [{"id": "own-x"}], "catalogueEntries": [], "retentionRules": []}');
    b.dialogs.answer(broken);
    const result = await invoke(b.app, 'templates:import', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
    expect(!result.ok && result.error.message).toMatch(/^Importējamais fails nav derīgs: templates\.0\./);
    const notJson = join(tempDir(), 'x.json');
    writeFileSync(notJson, 'nav JSON');
    b.dialogs.answer(notJson);
    expect(await invoke(b.app, 'templates:import', {})).toMatchObject({ ok: false, error: { code: 'IMPORT_NOT_JSON' } });
    expect((await value(b.app, 'templates:list', {})).filter((t) => t.origin === 'own')).toEqual([]);
    expect(fileHash(b.path)).toBe(before);
  });
});
