import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyActivity } from '../../shared/domain/activity.ts';
import { matchesTerms, normaliseForSearch, queryTerms } from '../../shared/search-text.ts';
import { tempDir } from '../helpers/temp.ts';
import { testApp, value } from '../helpers/app.ts';
import { fullActivity, processorInput, ruleInput } from '../helpers/registers.ts';

async function registerWithActivity() {
  const { app, dialogs } = testApp('lv');
  dialogs.answer(join(tempDir(), 'meklesana.ropa'));
  await value(app, 'files:new', { organisationName: 'SIA Meklētājs' });
  const [organisation] = await value(app, 'organisations:list', {});
  const processor = await value(app, 'processors:save', processorInput({ name: 'SIA Mākoņserviss' }));
  const rule = await value(app, 'retentionRules:save', ruleInput());
  const activity = await value(
    app,
    'activities:save',
    fullActivity(organisation!.id, processor.id, rule.id, { description: 'Tīmekļa vietnes sīkdatnes un analītika' }),
  );
  const search = async (query: string) => (await value(app, 'activities:search', { query })).ids;
  return { app, organisation: organisation!, processor, rule, activity, search };
}

describe('search text', () => {
  it('ignores case, Latvian diacritics and extra spaces', () => {
    expect(normaliseForSearch('  Sīkdatņu   POLITIKA ')).toBe('sikdatnu politika');
    expect(normaliseForSearch('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('acegiklnsuz acegiklnsuz');
    expect(queryTerms('  ')).toEqual([]);
    expect(matchesTerms('klientu registracija', queryTerms('Reģistrācija klientu'))).toBe(true);
    expect(matchesTerms('klientu registracija', queryTerms('klientu piegade'))).toBe(false);
  });
});

describe('activities:search', () => {
  it('finds activities by any of their text, without diacritics, and by linked names', async () => {
    const { activity, search } = await registerWithActivity();
    expect(await search('sikdatnes')).toEqual([activity.id]);
    expect(await search('ANALĪTIKA tīmekļa')).toEqual([activity.id]);
    // The linked processor's name, a catalogue entry's English name, the organisation's name.
    expect(await search('makonserviss')).toEqual([activity.id]);
    expect(await search('pay and tax')).toEqual([activity.id]);
    expect(await search('meklētājs')).toEqual([activity.id]);
    // A purpose's legitimate interest and a transfer's safeguard document.
    expect(await search('motivēšana')).toEqual([activity.id]);
    expect(await search('2021/914')).toEqual([activity.id]);
    expect(await search('neesošs vārds')).toEqual([]);
    expect(await search('')).toEqual([activity.id]);
  });

  it('stays current when activities and what they link to change', async () => {
    const { app, organisation, processor, activity, search } = await registerWithActivity();
    expect(await search('sikdatnes')).toEqual([activity.id]);

    const second = await value(app, 'activities:save', {
      ...emptyActivity(organisation.id, '2026-11-21'),
      number: 'PD-02',
      name: 'Jaunumu vēstules',
      notes: 'Sīkdatnes netiek izmantotas',
    });
    expect((await search('sikdatnes')).sort()).toEqual([activity.id, second.id].sort());

    const reloaded = await value(app, 'activities:get', { id: activity.id });
    await value(app, 'activities:save', { ...reloaded, description: 'Algu aprēķins' });
    expect(await search('sikdatnes')).toEqual([second.id]);

    await value(app, 'processors:save', { ...processorInput({ name: 'SIA Debesu Glabātava' }), id: processor.id, revision: processor.revision });
    expect(await search('makonserviss')).toEqual([]);
    expect(await search('debesu glabatava')).toEqual([activity.id]);

    const copy = await value(app, 'activities:duplicate', { id: second.id });
    expect((await search('jaunumu vestules')).sort()).toEqual([second.id, copy.id].sort());

    await value(app, 'activities:delete', { id: second.id, revision: (await value(app, 'activities:get', { id: second.id })).revision });
    expect(await search('jaunumu vestules')).toEqual([copy.id]);

    // Deleting a processor in use (renamed above, so at its next revision) and unlinking it: the activity no longer mentions it.
    await value(app, 'processors:delete', { id: processor.id, revision: processor.revision + 1, onLinked: 'unlink' });
    expect(await search('debesu glabatava')).toEqual([]);
  });

  it('refuses a query that is too long and needs an open register', async () => {
    const { app, search } = await registerWithActivity();
    expect(await search('x'.repeat(500))).toEqual([]);
    const { invoke } = await import('../helpers/app.ts');
    expect(await invoke(app, 'activities:search', { query: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await value(app, 'files:close', {});
    expect(await invoke(app, 'activities:search', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });
  });
});
