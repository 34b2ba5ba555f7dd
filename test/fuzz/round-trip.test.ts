/**
 * Text the register must keep exactly: 20,000-character texts, emoji with
 * ZWJ sequences, right-to-left scripts, quotes, backslashes, SQL-looking
 * strings, Latvian letters. Saved through the contract, read back, exported
 * to JSON, imported into a new register and exported again: exactly equal.
 * Control characters (NUL among them) and unpaired surrogates, which XML,
 * PDF and UTF-8 storage cannot carry, are refused with a clear message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStorableText, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../shared/domain/primitives.ts';
import { emptyActivity } from '../../shared/domain/activity.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { processorInput } from '../helpers/registers.ts';
import { recordFigure } from '../helpers/figures.ts';
import { tempDir } from '../helpers/temp.ts';
import { HOSTILE_TEXTS, longText } from './hostile.ts';

async function appWithRegister() {
  const { app, dialogs } = testApp('en');
  const dir = tempDir();
  dialogs.answer(join(dir, 'texts.ropa'));
  await value(app, 'files:new', { organisationName: 'SIA Teksti' });
  const [organisation] = await value(app, 'organisations:list', {});
  return { app, dialogs, dir, organisationId: organisation!.id };
}

describe('texts round-trip exactly', () => {
  it('through save, load, JSON export, import into a new register and export again', async () => {
    const { app, dialogs, dir, organisationId } = await appWithRegister();
    const long = longText(LONG_TEXT_MAX);
    expect(long).toHaveLength(20_000);
    const saved: Array<{ id: string; name: string; description: string; notes: string }> = [];
    for (const [index, text] of HOSTILE_TEXTS.entries()) {
      const name = text.trim().slice(0, SHORT_TEXT_MAX) || 'x';
      const description = `${text}\n${longText(LONG_TEXT_MAX - text.length - 1)}`.trim();
      expect(description.length).toBeLessThanOrEqual(LONG_TEXT_MAX);
      const activity = await value(app, 'activities:save', {
        ...emptyActivity(organisationId, '2026-11-21'),
        number: `RT-${index}`,
        name,
        description,
        notes: text.trim(),
        purposes: [{ description: name, legalBasisIds: ['lb-a'], legitimateInterest: text.trim(), legitimateInterestAssessment: '', legitimateInterestAssessedOn: null }],
      });
      const loaded = await value(app, 'activities:get', { id: activity.id });
      expect(loaded.name).toBe(name);
      expect(loaded.description).toBe(description);
      expect(loaded.notes).toBe(text.trim());
      expect(loaded.purposes[0]!.legitimateInterest).toBe(text.trim());
      saved.push({ id: activity.id, name, description, notes: text.trim() });
    }
    const processor = await value(app, 'processors:save', processorInput({ name: '👩‍👩‍👧‍👦 "SIA" \'; DROP TABLE processor;-- שלום', notes: long }));
    expect((await value(app, 'processors:get', { id: processor.id })).notes).toBe(long);
    const title = 'Reģistrs „ĀĒĪŪ“ 🇱🇻 مرحبا \\ \'';
    await value(app, 'register:setTitle', { title });

    const first = join(dir, 'first.json');
    dialogs.answer(first);
    await value(app, 'export:json', {});
    dialogs.answer(join(dir, 'copy.ropa'));
    await value(app, 'files:new', { organisationName: 'SIA Kopija' });
    dialogs.answer(first);
    await value(app, 'import:json', { replace: true });
    for (const expected of saved) {
      const loaded = await value(app, 'activities:get', { id: expected.id });
      expect({ id: loaded.id, name: loaded.name, description: loaded.description, notes: loaded.notes }).toEqual(expected);
    }
    expect((await value(app, 'register:current', {}))?.info.title).toBe(title);
    const second = join(dir, 'second.json');
    dialogs.answer(second);
    await value(app, 'export:json', {});
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    recordFigure('roundTripTexts', HOSTILE_TEXTS.length);
    await app.close();
  });

  it('for generated text of any script (property)', async () => {
    const { app, organisationId } = await appWithRegister();
    let n = 0;
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));
    await fc.assert(
      fc.asyncProperty(text, async (raw) => {
        n += 1;
        const result = await invoke(app, 'activities:save', { ...emptyActivity(organisationId, '2026-11-21'), number: `P-${n}`, name: `N ${n}`, notes: raw });
        if (!isStorableText(raw)) {
          expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect((await value(app, 'activities:get', { id: result.value.id })).notes).toBe(raw.trim());
      }),
      { numRuns: 200 },
    );
    recordFigure('roundTripTexts', n);
    await app.close();
  });

  it('refuses NUL and other control characters with a clear message, saving nothing', async () => {
    const { app, organisationId } = await appWithRegister();
    for (const bad of ['a\u0000b', 'bell\u0007', 'lone \uD800 surrogate', 'non-character \uFFFF']) {
      const result = await invoke(app, 'activities:save', { ...emptyActivity(organisationId, '2026-11-21'), number: 'C-1', name: 'Control', notes: bad });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.message).toBe('Not saved: field notes — The text contains invisible control characters (such as NUL) that a register cannot keep. Remove them.');
    }
    expect(await invoke(app, 'register:setTitle', { title: 'x\u0000' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await value(app, 'activities:list', {})).toEqual([]);
    await app.close();
  });
});
