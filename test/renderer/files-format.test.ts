import { describe, expect, it } from 'vitest';
import { base64ToBytes, importBlockers, registerCounts, remap, sizeParts } from '../../renderer/src/screens/files/files-format.ts';

describe('the files screens’ helpers', () => {
  it('shows sizes in KB below a megabyte and in MB with one decimal above, with a Latvian decimal comma', () => {
    expect(sizeParts(0, 'lv')).toEqual({ unit: 'kb', value: '1' });
    expect(sizeParts(589_824, 'lv')).toEqual({ unit: 'kb', value: '576' });
    expect(sizeParts(1_258_291, 'lv')).toEqual({ unit: 'mb', value: '1,2' });
    expect(sizeParts(1_258_291, 'en')).toEqual({ unit: 'mb', value: '1.2' });
    expect(sizeParts(18 * 1024 * 1024, 'lv')).toEqual({ unit: 'mb', value: '18,0' });
  });

  it('turns the report’s base64 back into its bytes', () => {
    const bytes = Buffer.from('%PDF-1.7\n\u00e2\u0000\u00ff', 'latin1');
    expect(Buffer.from(base64ToBytes(bytes.toString('base64')))).toEqual(bytes);
  });

  it('keeps one field to one column: choosing a field another column holds leaves that column out', () => {
    const columns = [
      { letter: 'A', field: 'number' as const },
      { letter: 'B', field: 'name' as const },
      { letter: 'C', field: 'purposes' as const },
    ];
    expect(remap({}, columns, 'C', 'name')).toEqual({ mapping: { C: 'name', B: null }, movedFrom: 'B' });
    expect(remap({ A: null }, columns, 'B', null)).toEqual({ mapping: { A: null, B: null }, movedFrom: null });
    expect(remap({}, columns, 'A', 'notes')).toEqual({ mapping: { A: 'notes' }, movedFrom: null });
  });

  it('says what stands in the way of an import, and nothing when it can go ahead', () => {
    const ready = { source: 'spreadsheet' as const, organisations: [{ id: 'o1', name: 'SIA A' }], organisationId: 'o1', missing: [], problems: [], counts: { rows: 2, takeable: 2, rejected: 0 } };
    expect(importBlockers(ready, false)).toEqual([]);
    expect(importBlockers(ready, true)).toEqual(['readOnly']);
    expect(importBlockers({ ...ready, organisationId: null, organisations: [...ready.organisations, { id: 'o2', name: 'SIA B' }] }, false)).toEqual(['organisation']);
    expect(importBlockers({ ...ready, organisationId: null, organisations: [] }, false)).toEqual(['noOrganisation']);
    expect(
      importBlockers({ ...ready, missing: ['Nosaukums'], problems: [{ row: 3, column: 'D', header: 'Tiesiskais pamats', message: 'x' }], counts: { rows: 2, takeable: 1, rejected: 1 } }, false),
    ).toEqual(['missing', 'problems']);
    expect(importBlockers({ ...ready, counts: { rows: 0, takeable: 0, rejected: 0 } }, false)).toEqual(['empty']);
    expect(importBlockers({ ...ready, source: 'ropa' as const, organisationId: null }, false)).toEqual([]);
  });

  it('knows whether the register holds anything an import would replace', () => {
    const empty = { organisations: [], processors: [], retentionRules: [], catalogues: { dataCategories: [{ builtin: true }] } };
    expect(registerCounts(empty).hasContent).toBe(false);
    expect(registerCounts({ ...empty, catalogues: { dataCategories: [{ builtin: false }] } }).hasContent).toBe(true);
    const counts = registerCounts({ ...empty, organisations: [{ usedBy: 12 }, { usedBy: 6 }], processors: [{}], retentionRules: [{}, {}] });
    expect(counts).toEqual({ organisations: 2, activities: 18, processors: 1, rules: 2, hasContent: true });
  });
});
