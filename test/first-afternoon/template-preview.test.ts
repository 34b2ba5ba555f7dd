/**
 * The library screen's preview and filter (issue 14): a template is shown
 * with every link named (legal bases, categories, recipients) and each data
 * category's retention rule with its Latvian legal source to the article;
 * the search ignores case and Latvian diacritics and the area narrows it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { previewTemplate } from '../../main/templates/template-preview.ts';
import { builtinLibrary } from '../../shared/templates/library/index.ts';
import { summarise } from '../../main/templates/template-catalog.ts';
import { chosenInOrder, filterTemplates } from '../../renderer/src/screens/library/library-filter.ts';
import { translator } from '../../shared/i18n/index.ts';
import { invoke, testApp } from '../helpers/app.ts';
import { registerWithOrganisation } from '../templates/helpers.ts';

const sessions: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

describe('templates:preview', () => {
  it('names every link of a template from the open register, with each rule’s legal source', async () => {
    const { session } = await registerWithOrganisation();
    sessions.push(session);
    const preview = await previewTemplate(session.db, 'vehicle-gps', 'lv');
    expect(preview.name).toBe('Transportlīdzekļu GPS uzraudzība');
    expect(preview.purposes.map((purpose) => purpose.description)).toEqual(['Transportlīdzekļu drošība un darba organizēšana', 'Braucienu uzskaite grāmatvedībai']);
    expect(preview.purposes[0]!.legalBases[0]).toMatch(/leģitīmās intereses/);
    expect(preview.purposes[0]!.legitimateInterest).toBe('Aizsargāt transportlīdzekļus un plānot darbu');
    expect(preview.purposes[1]!.legalBases[0]).toMatch(/juridisk/);
    // Built-in ids resolved from the register; the template set's own from its definitions.
    expect(preview.dataSubjects.some((name) => name.startsWith('tpl-'))).toBe(false);
    expect(preview.recipients.some((name) => name.startsWith('tpl-') || name.startsWith('rc-'))).toBe(false);
    const accounting = preview.dataCategories.find((row) => row.retentionRule?.id === 'tpl-rr-accounting-source');
    expect(accounting?.retentionRule).toMatchObject({ legalSource: 'Grāmatvedības likums', periodValue: 5, periodUnit: 'years', sourceCheck: 'secondary_source' });
    expect(accounting?.retentionRule?.legalArticle).toMatch(/pant/);
    expect(preview.dpiaCriteria).toContain('systematic_monitoring');
  });

  it('answers in English when asked, and NOT_FOUND for an unknown template', async () => {
    const { app } = testApp('en');
    const result = await invoke(app, 'templates:preview', { id: 'cctv' });
    expect(result).toMatchObject({ ok: true, value: { name: 'CCTV', dataCategories: [{ retentionRule: { id: 'tpl-rr-cctv', periodValue: 30, periodUnit: 'days', sourceCheck: 'common_practice', legalSource: '' } }] } });
    expect(await invoke(app, 'templates:preview', { id: 'no-such-template' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the library screen’s filter', () => {
  const summaries = builtinLibrary().templates.map((template) => summarise({ origin: 'library', template, definitions: { catalogueEntries: [], retentionRules: [] } }, 'lv'));
  const groupName = (group: string) => translator('lv')(`templates:groups.${group}`);

  it('finds templates without diacritics or case, in every word of the query', () => {
    const found = filterTemplates(summaries, { query: 'GRAMATVEDIBA', group: '' }, groupName).map((t) => t.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => summaries.find((s) => s.id === id)!.name.toLowerCase().includes('grāmatvedīb') || summaries.find((s) => s.id === id)!.description.toLowerCase().includes('grāmatvedīb'))).toBe(true);
    expect(filterTemplates(summaries, { query: 'video noverosana', group: '' }, groupName).map((t) => t.id)).toEqual(['cctv']);
    expect(filterTemplates(summaries, { query: 'nekas tāds nav', group: '' }, groupName)).toEqual([]);
  });

  it('narrows to one area, and keeps the chosen in the list’s order', () => {
    const personnel = filterTemplates(summaries, { query: '', group: 'personnel' }, groupName);
    expect(personnel.length).toBeGreaterThan(3);
    expect(personnel.every((t) => t.group === 'personnel')).toBe(true);
    expect(chosenInOrder(summaries, new Set(['cctv', 'personnel-files']))).toEqual(['personnel-files', 'cctv']);
  });
});
