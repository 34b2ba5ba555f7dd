import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetentionText } from '../../shared/retention-period.ts';

describe('retention periods typed as text', () => {
  it.each([
    ['30 dienas', 30, 'days', ''],
    ['6 mēneši', 6, 'months', ''],
    ['3 months', 3, 'months', ''],
    ['1 gads', 1, 'years', ''],
    ['5 gadi pēc līguma beigām', 5, 'years', 'pēc līguma beigām'],
    ['10 gadus no pārskata gada beigām.', 10, 'years', 'no pārskata gada beigām'],
    ['5 (pieci) gadi pēc darba tiesisko attiecību izbeigšanas', 5, 'years', 'pēc darba tiesisko attiecību izbeigšanas'],
    ['līdz 3 gadiem', 3, 'years', ''],
    ['Ne ilgāk kā 36 mēnešus no ieraksta', 36, 'months', 'no ieraksta'],
    ['up to 2 years after the last purchase', 2, 'years', 'after the last purchase'],
    ['10 years after the end of the contract', 10, 'years', 'after the end of the contract'],
    ['2 nedēļas', 14, 'days', ''],
    ['4 weeks', 28, 'days', ''],
    ['pieci gadi', 5, 'years', ''],
    ['Three months from the recording', 3, 'months', 'from the recording'],
    ['72 h', null, null, null],
    ['5gadi', 5, 'years', ''],
    ['3 mēn. pēc pieteikuma', 3, 'months', 'pēc pieteikuma'],
    ['30 days, then anonymised', 30, 'days', 'then anonymised'],
  ])('%s', (text, value, unit, startEvent) => {
    const parsed = parseRetentionText(text);
    if (value === null) expect(parsed).toBeNull();
    else expect(parsed).toEqual({ kind: 'period', value, unit, startEvent });
  });

  it.each(['nav norādīts', 'Not stated', 'nezināms'])('"%s" is the honest "not stated"', (text) => {
    expect(parseRetentionText(text)).toEqual({ kind: 'not_stated' });
  });

  it.each([
    'līdz piekrišanas atsaukšanai',
    'as long as necessary',
    'saskaņā ar normatīvajiem aktiem',
    'Līgums 5 gadi',
    '0 dienas',
    '5000 gadi',
    '5 zivis',
    '',
  ])('"%s" is not a period (a criterion, or for the DPO to structure)', (text) => {
    expect(parseRetentionText(text)).toBeNull();
  });

  it('reads back any period written the way ROPA and DPOs write it, in either language, with the event kept as typed', () => {
    const units = {
      years: ['gadi', 'gadus', 'gadiem', 'years'],
      months: ['mēneši', 'mēnešus', 'months'],
      days: ['dienas', 'dienu', 'days'],
    } as const;
    const arbitraryEvent = fc.constantFrom('', 'pēc līguma beigām', 'from the recording', 'no pēdējā pirkuma dienas');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom('years', 'months', 'days'), fc.nat(), arbitraryEvent, (value, unit, pick, event) => {
        const words = units[unit as keyof typeof units];
        const text = `${value} ${words[pick % words.length]}${event ? ` ${event}` : ''}`;
        expect(parseRetentionText(text)).toEqual({ kind: 'period', value, unit, startEvent: event });
      }),
    );
  });
});
