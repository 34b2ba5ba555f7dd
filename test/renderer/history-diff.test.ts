import { describe, expect, it } from 'vitest';
import { describeValue, fieldChanges, type ValueWords } from '../../renderer/src/screens/history/history-diff.ts';

const words: ValueWords = {
  yes: 'Jā',
  no: 'Nē',
  none: '—',
  nameOf: (id) => ({ 'lb-b': 'Līguma izpilde', US: 'Amerikas Savienotās Valstis' })[id],
  labelOf: (field) => ({ description: 'Nolūks', legalBasisIds: 'Tiesiskais pamats', countryId: 'Valsts' })[field] ?? field,
};

describe('history diff', () => {
  it('lists the fields an update changed, not the bookkeeping', () => {
    const before = { id: 'a', revision: 1, updatedAt: 'x', name: 'Algas', ownerUnit: 'Grāmatvedība', profiling: false, notes: '' };
    const after = { id: 'a', revision: 2, updatedAt: 'y', name: 'Algas', ownerUnit: 'Finanšu daļa', profiling: true, notes: '' };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'ownerUnit', before: 'Grāmatvedība', after: 'Finanšu daļa' },
      { field: 'profiling', before: false, after: true },
    ]);
  });

  it('shows what a created or deleted record held, leaving out empty fields', () => {
    expect(fieldChanges(null, { id: 'a', name: 'Algas', notes: '', processors: [] })).toEqual([{ field: 'name', before: null, after: 'Algas' }]);
    expect(fieldChanges({ name: 'Algas', status: 'ended' }, null).map((c) => c.field)).toEqual(['name', 'status']);
  });

  it('describes values in words: names for linked ids, dd.mm.gggg dates, Jā/Nē, nested rows', () => {
    expect(describeValue('2026-11-21', words, 'nextReviewOn')).toBe('21.11.2026');
    expect(describeValue(true, words)).toBe('Jā');
    expect(describeValue(null, words)).toBe('—');
    expect(describeValue(['lb-b'], words, 'legalBasisIds')).toBe('Līguma izpilde');
    // A text that happens to equal an id stays text.
    expect(describeValue('US', words, 'dataLocation')).toBe('US');
    expect(describeValue([{ id: 'p1', description: 'Algu aprēķins', legalBasisIds: ['lb-b'], legitimateInterest: '' }], words, 'purposes')).toBe(
      'Nolūks: Algu aprēķins; Tiesiskais pamats: Līguma izpilde',
    );
    expect(describeValue([{ countryId: 'US' }, { countryId: 'JP' }], words, 'transfers')).toBe('Valsts: Amerikas Savienotās Valstis\nValsts: JP');
  });
});
