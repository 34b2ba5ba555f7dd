/**
 * activities:firstRows, the list's first screenful, on a `.ropa` file and on
 * a team register (PostgreSQL): the same rows in the same (Latvian) order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../shared/domain/activity.ts';
import { emptyActivity } from '../../shared/domain/activity.ts';
import { firstInOrder } from '../../shared/domain/activity-order.ts';
import { collator } from '../../shared/format.ts';
import { steppingClock } from '../helpers/temp.ts';
import { invoke, value } from '../helpers/app.ts';
import { appOnBackend, withOrganisation } from '../helpers/backend-app.ts';
import { useBackends, type Backend } from '../helpers/backends.ts';

/** The list table's order: the column's text in the language's collation, stable (ties keep the list's order). */
function tableOrder(rows: readonly ActivitySummary[], by: 'number' | 'name', desc: boolean, language: 'lv' | 'en'): ActivitySummary[] {
  const compare = collator(language).compare;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (desc ? -1 : 1) * compare(a.row[by], b.row[by]) || a.index - b.index)
    .map(({ row }) => row);
}

async function registerWithTwoOrganisations(backend: Backend) {
  const now = steppingClock();
  const { app } = await appOnBackend(backend, { now, title: 'SIA Alfa', initialise: withOrganisation('SIA Alfa', now) });
  const beta = await value(app, 'organisations:save', {
    name: 'SIA Beta', regNo: '', address: '', email: '', phone: '', website: '', contactPerson: '', dpoName: '', dpoEmail: '', dpoPhone: '', representativeName: '', representativeContact: '', notes: '',
  });
  const [alfa] = (await value(app, 'organisations:list', {})).filter((o) => o.id !== beta.id);
  const add = (organisationId: string, number: string, name: string) =>
    value(app, 'activities:save', { ...emptyActivity(organisationId, '2026-11-21'), number, name });
  // Latvian letters (Č after C, Ē after E in Latvian; beside them in English), numbers in
  // text (PD-2 before PD-10), and a number both organisations use (a tie).
  for (const [number, name] of [
    ['PD-10', 'Čeku uzskaite'],
    ['PD-9', 'Cenu piedāvājumi'],
    ['Č-1', 'Ēdināšana'],
    ['C-2', 'Edgara projekts'],
    ['PD-2', 'šūnu paraugi'],
    ['D-1', 'Zīmola kampaņa'],
  ] as const) {
    await add(alfa!.id, number, name);
  }
  await add(beta.id, 'PD-9', 'Sūdzības');
  await add(beta.id, 'a-3', 'Algas');
  return app;
}

describe.each(useBackends())('activities:firstRows, the list’s first screenful, on $name', (backend) => {
  it('answers the first rows in the list table’s own order, and how many there are in all', async () => {
    const app = await registerWithTwoOrganisations(backend);
    const all = await value(app, 'activities:list', {});
    expect(all).toHaveLength(8);
    for (const sortBy of ['number', 'name'] as const) {
      for (const desc of [false, true]) {
        for (const language of ['lv', 'en'] as const) {
          for (const count of [1, 3, 100]) {
            const answer = await value(app, 'activities:firstRows', { count, sortBy, desc, language });
            expect(answer.total).toBe(8);
            expect(answer.rows).toEqual(tableOrder(all, sortBy, desc, language).slice(0, count));
          }
        }
      }
    }
    const numbers = async (language: 'lv' | 'en') =>
      (await value(app, 'activities:firstRows', { count: 100, sortBy: 'number', desc: false, language })).rows.map((row) => row.number);
    // Latvian: C before Č, numbers by value; the tie keeps the list's order (SIA Alfa's first).
    expect(await numbers('lv')).toEqual(['a-3', 'C-2', 'Č-1', 'D-1', 'PD-2', 'PD-9', 'PD-9', 'PD-10']);
    const names = (await value(app, 'activities:firstRows', { count: 100, sortBy: 'name', desc: false, language: 'lv' })).rows.map((row) => row.name);
    expect(names).toEqual(['Algas', 'Cenu piedāvājumi', 'Čeku uzskaite', 'Edgara projekts', 'Ēdināšana', 'Sūdzības', 'šūnu paraugi', 'Zīmola kampaņa']);
  });

  it('refuses a count out of range and a column it cannot sort by (VALIDATION)', async () => {
    const app = await registerWithTwoOrganisations(backend);
    for (const input of [
      { count: 0, sortBy: 'number', desc: false, language: 'lv' },
      { count: 501, sortBy: 'number', desc: false, language: 'lv' },
      { count: 10, sortBy: 'status', desc: false, language: 'lv' },
    ]) {
      const answer = await invoke(app, 'activities:firstRows', input as never);
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});

describe('firstInOrder', () => {
  it('gives the same rows as a stable sort of all of them, cut to the count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[aAāĀcCčČeEēĒsSšŠzZžŽ0-9 -]{0,4}$/), { maxLength: 60 }),
        fc.boolean(),
        fc.constantFrom('lv' as const, 'en' as const),
        fc.integer({ min: 1, max: 70 }),
        // Registers list their rows mostly in order already; in order and against it, too.
        fc.constantFrom('as generated', 'in order', 'reversed'),
        (generated, desc, language, count, arrangement) => {
          const compare = collator(language).compare;
          const inOrder = [...generated].sort(compare);
          const texts = arrangement === 'in order' ? inOrder : arrangement === 'reversed' ? inOrder.reverse() : generated;
          const rows = texts.map((text, index) => ({ text, index }));
          const expected = [...rows].sort((a, b) => (desc ? -1 : 1) * compare(a.text, b.text) || a.index - b.index).slice(0, count);
          expect(firstInOrder(rows, (row) => row.text, desc, language, count)).toEqual(expected);
        },
      ),
      { numRuns: 600 },
    );
  });
});
