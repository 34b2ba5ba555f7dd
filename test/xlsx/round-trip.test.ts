import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRegisterFile } from '../../main/db/connection.ts';
import { saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { loadRegisterState } from '../../main/xlsx/import-plan.ts';
import { readImportWorkbook, writeWorkbookImport, type WorkbookImport } from '../../main/xlsx/import-workbook.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { OrganisationInput } from '../../shared/domain/organisation.ts';
import { isStorableText } from '../../shared/domain/primitives.ts';
import type { Language } from '../../shared/i18n/index.ts';
import { resaveWithLibreOffice } from '../helpers/libreoffice.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { demoRegisterFile, documentOf, exportFile, exportWorkbookOf, importIntoOrganisationRegister, loadWorkbook, suiteDir, workbookValues } from '../helpers/workbooks.ts';
import type { ReadValue } from '../../main/xlsx/cells.ts';
import type { DB } from '../../main/db/schema.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { FILE_BACKEND, useBackends, type Backend, type OpenRegister } from '../helpers/backends.ts';

const dir = suiteDir();
let demo: string;

beforeAll(async () => {
  demo = await demoRegisterFile(dir);
});

/** Imports a workbook into a new register on `backend` (a file, as `ropa import xlsx` does, or a team register); closed after the test. */
async function importIntoNewRegister(bytes: Buffer, lang: Language = 'lv', backend: Backend = FILE_BACKEND): Promise<{ db: Kysely<DB>; loaded: WorkbookImport }> {
  const loaded = await readImportWorkbook(bytes, 'register.xlsx', lang);
  const now = steppingClock('2026-11-22T08:00:00.000Z');
  const register = await backend.create({
    now,
    initialise: async (trx) => {
      await writeWorkbookImport(trx, loaded, await loadRegisterState(trx), { now }, { lang, today: '2026-11-22' });
    },
  });
  imported.push(register);
  return { db: register.db, loaded };
}

const imported: OpenRegister[] = [];
afterEach(async () => {
  for (const register of imported.splice(0)) await register.close();
});

/**
 * The visible cells of a workbook, without the two rows of the first sheet
 * that identify the file's own change history (a copy has its own history).
 */
async function visibleCells(bytes: Buffer): Promise<Map<string, ReadValue[][]>> {
  const sheets = workbookValues(await loadWorkbook(bytes), { visibleOnly: true });
  const cover = [...sheets.keys()][0]!;
  const ownHistory = new Set([
    'Reģistra versija (izmaiņu skaits)',
    'Izmaiņu vēstures pēdējā ieraksta nospiedums',
    'Register version (number of changes)',
    'Fingerprint of the last change-history entry',
    'Pēdējās izmaiņas',
    'Last change',
    'Reģistra nospiedums (ieraksti un vēsture; ropa verify --fingerprint)',
    'Register fingerprint (records and history; ropa verify --fingerprint)',
  ]);
  sheets.set(cover, sheets.get(cover)!.filter((row) => !ownHistory.has(String(row[0]))));
  return sheets;
}

/** Into a `.ropa` file and into a team register (PostgreSQL): the same register, the same cells. */
const backends = useBackends();

describe.each(backends)("the app's own workbook imports back without loss into a register on $name", (backend) => {
  it('export -> import into a new register -> export again: the same register and the same cells', async () => {
    const first = await exportFile(demo, 'lv');
    const { db, loaded } = await importIntoNewRegister(first, 'lv', backend);
    expect(loaded.source).toBe('ropa');
    expect(await exportRegister(db)).toEqual(await documentOf(demo));
    const second = await exportWorkbookOf(db, 'lv');
    expect(await visibleCells(second)).toEqual(await visibleCells(first));
  });

  it('holds in English too', async () => {
    const first = await exportFile(demo, 'en');
    const { db } = await importIntoNewRegister(first, 'en', backend);
    expect(await exportRegister(db)).toEqual(await documentOf(demo));
    expect(await visibleCells(await exportWorkbookOf(db, 'en'))).toEqual(await visibleCells(first));
  });

  it("one organisation's workbook makes a register of that organisation alone, which exports the same cells", async () => {
    const source = await documentOf(demo);
    for (const organisation of source.organisations) {
      const first = await exportFile(demo, 'lv', organisation.id);
      const { db } = await importIntoNewRegister(first, 'lv', backend);
      const copy = await exportRegister(db);
      expect(copy.organisations.map((o) => o.name)).toEqual([organisation.name]);
      expect(copy.activities.map((a) => a.number).sort()).toEqual(source.activities.filter((a) => a.organisationId === organisation.id).map((a) => a.number).sort());
      expect(await visibleCells(await exportWorkbookOf(db, 'lv', organisation.id))).toEqual(await visibleCells(first));
    }
  });
});

describe("the app's own workbook imports back without loss", () => {
  it('still imports without loss after LibreOffice Calc opened and saved it', async () => {
    const first = await exportFile(demo, 'lv');
    const original = join(tempDir(), 'registrs.xlsx');
    writeFileSync(original, first);
    const resaved = resaveWithLibreOffice(original);
    const { db, loaded } = await importIntoNewRegister(readFileSync(resaved));
    expect(loaded.source).toBe('ropa');
    expect(await exportRegister(db)).toEqual(await documentOf(demo));
  });

  it('a workbook edited after export is read by its columns, with the edit, and says so', async () => {
    const workbook = await loadWorkbook(await exportFile(demo, 'lv'));
    const sheet = workbook.getWorksheet('Pārzinis 30(1)')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const nameColumn = headers.indexOf('Apstrādes darbības nosaukums');
    const numberColumn = headers.indexOf('Nr.');
    sheet.getRow(2).getCell(nameColumn).value = 'Personāla lietvedība (labots Excel)';
    const edited = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const loaded = await readImportWorkbook(edited, 'labots.xlsx', 'lv');
    expect(loaded.source).toBe('spreadsheet');
    if (loaded.source !== 'spreadsheet') return;
    expect(loaded.notice).toBe('editedAfterExport');
    expect(loaded.table.sheetName).toBe('Pārzinis 30(1)');

    const copy = await importIntoOrganisationRegister(loaded);
    const number = String(sheet.getRow(2).getCell(numberColumn).value);
    const original = (await documentOf(demo)).activities.find((a) => a.number === number)!;
    const imported = copy.activities.find((a) => a.number === number)!;
    expect(imported.name).toBe('Personāla lietvedība (labots Excel)');
    expect(imported.purposes.map((p) => [p.description, p.legalBasisIds])).toEqual(original.purposes.map((p) => [p.description, p.legalBasisIds]));
    expect(imported.dataSubjectCategoryIds).toEqual(original.dataSubjectCategoryIds);
    expect(imported.dataCategories.map((c) => c.dataCategoryId)).toEqual(original.dataCategories.map((c) => c.dataCategoryId));
    expect(imported.securityMeasureIds).toEqual(original.securityMeasureIds);
    expect(imported.lastReviewedOn).toBe(original.lastReviewedOn);
  });

  it('keeps any text the register can hold: line breaks, tabs, quotes, emoji, right-to-left and markup-like text', async () => {
    // Control characters and unpaired surrogates are refused at input (shared/domain/primitives.ts), so they never reach a workbook.
    const text = fc.string({ unit: 'binary', maxLength: 120 }).filter((s) => s.trim().length > 0 && isStorableText(s));
    await fc.assert(
      fc.asyncProperty(text, text, async (name, description) => {
        const path = join(tempDir(), 'texts.ropa');
        const now = steppingClock();
        const connection = await createRegisterFile(path, {
          now,
          initialise: async (trx) => {
            const organisation = await saveOrganisation(trx, OrganisationInput.parse(emptyOrganisation(name)), { now });
            await saveActivity(trx, ActivityInput.parse({ ...emptyActivity(organisation.id, '2026-01-01'), number: 'PD-1', name, description }), { now });
          },
        });
        await connection.close();
        const { db } = await importIntoNewRegister(await exportFile(path, 'lv'));
        expect(await exportRegister(db)).toEqual(await documentOf(path));
      }),
      { numRuns: 8, examples: [['SIA “Ā&B” <x> 👩‍💻', 'a\r\nb\t"c" שלום ]]> \'; DROP TABLE activity; --']] },
    );
  });
});
