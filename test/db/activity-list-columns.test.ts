/**
 * The activity list filters on columns stored on each activity's row (Art.
 * 6(1) points, special data, countries outside the EEA). When the catalogue
 * entry they follow changes, the activities linking to it follow in the same
 * save; an entry's other fields leave them alone.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogueName } from '../../shared/domain/catalogues.ts';
import { value } from '../helpers/app.ts';
import { appWithDemo } from '../helpers/dpo-records.ts';

type Entry = Record<string, unknown> & { id: string; revision: number };

describe('list columns follow the catalogue', () => {
  it('a legal basis’s point and a country’s EEA membership reach the list rows of the activities linking to them', async () => {
    const { app } = await appWithDemo('lv');
    const catalogues = (await value(app, 'catalogues:list', {})).catalogues as unknown as Record<CatalogueName, Entry[]>;
    const save = (catalogue: CatalogueName, entry: Entry) => value(app, 'catalogues:save', { catalogue, entry } as never);
    const rows = () => value(app, 'activities:list', {});

    const transferring = (await rows()).find((row) => row.transferCountryIds.length > 0)!;
    const country = catalogues.countries.find((c) => c.id === transferring.transferCountryIds[0])!;
    const { usedBy: _u, builtin: _b, createdAt: _c, updatedAt: _d, ...countryInput } = country;
    await save('countries', { ...countryInput, eea: true } as Entry);
    expect((await rows()).find((row) => row.id === transferring.id)!.transferCountryIds).not.toContain(country.id);

    const activity = await value(app, 'activities:get', { id: transferring.id });
    const basisId = activity.purposes[0]!.legalBasisIds[0]!;
    const basis = catalogues.legalBases.find((b) => b.id === basisId)!;
    const { usedBy: _v, builtin: _e, createdAt: _f, updatedAt: _g, ...basisInput } = basis;
    const otherPoint = basis.gdprPoint === 'd' ? 'e' : 'd';
    const before = (await rows()).filter((row) => row.legalBasisPoints.includes(otherPoint)).length;
    await save('legalBases', { ...basisInput, gdprPoint: otherPoint } as Entry);
    const after = await rows();
    expect(after.find((row) => row.id === transferring.id)!.legalBasisPoints).toContain(otherPoint);
    expect(after.filter((row) => row.legalBasisPoints.includes(otherPoint)).length).toBeGreaterThan(before);
  });
});
