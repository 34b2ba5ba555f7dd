/**
 * Excel export and import through the contract channels, on a `.ropa` file
 * and on a team register (PostgreSQL): the workbooks are files the user
 * chooses either way; the register they are read from and written to is
 * either backend.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptedWorkbook } from '../helpers/crafted-files.ts';
import { invoke, value } from '../helpers/app.ts';
import { appOnBackend, withOrganisation } from '../helpers/backend-app.ts';
import { useBackends, type Backend } from '../helpers/backends.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';
import { demoRegisterFile, exportFile, loadWorkbook, spreadsheet } from '../helpers/workbooks.ts';
import { fullActivity, processorInput, ruleInput } from '../helpers/registers.ts';

async function appWithRegister(backend: Backend, language: 'lv' | 'en' = 'en') {
  const now = steppingClock();
  const { app, dialogs, state } = await appOnBackend(backend, { now, title: 'SIA Firma', initialise: withOrganisation('SIA Firma', now), language });
  const [organisation] = await value(app, 'organisations:list', {});
  return { app, dialogs, dir: tempDir(), state, organisationId: organisation!.id };
}

const HEADERS = ['Nr.', 'Processing activity', 'Purpose of processing', 'Lawful basis', 'Categories of individuals', 'Comments'];

async function foreignWorkbook(dir: string, rows: string[][]): Promise<string> {
  const file = join(dir, 'musu-registrs.xlsx');
  writeFileSync(file, await spreadsheet([{ name: 'Register', rows: [HEADERS, ...rows] }]));
  return file;
}

describe.each(useBackends())('Excel from the app (contract channels) on $name', (backend) => {
  it('export:xlsx writes the workbook where the save dialog says, in the language asked', async () => {
    const { app, dialogs, dir, organisationId } = await appWithRegister(backend, 'lv');
    const processor = await value(app, 'processors:save', processorInput());
    const rule = await value(app, 'retentionRules:save', ruleInput());
    await value(app, 'activities:save', fullActivity(organisationId, processor.id, rule.id));
    const out = join(dir, 'eksports.xlsx');
    dialogs.answer(out);
    expect(await value(app, 'export:xlsx', { lang: 'en' })).toEqual({ fileName: 'eksports.xlsx' });
    expect(dialogs.asked.at(-1)).toEqual({ kind: 'xlsx', mode: 'save', suggested: backend.name === 'sqlite' ? 'register.xlsx' : expect.stringMatching(/^register-\d+\.xlsx$/) });
    const workbook = await loadWorkbook((await import('node:fs')).readFileSync(out));
    expect(workbook.worksheets[1]!.name).toBe('Controller 30(1)');
    expect(workbook.worksheets[1]!.getRow(2).getCell(7).value).toBe('Algu aprēķins');

    dialogs.answer(null);
    expect(await invoke(app, 'export:xlsx', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const asked = dialogs.asked.length;
    expect(await invoke(app, 'export:xlsx', { organisationId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dialogs.asked.length).toBe(asked);
  });

  it('import:xlsxPreview shows how columns map and which rows cannot be taken, without ever sending a path', async () => {
    const { app, dialogs, dir, state } = await appWithRegister(backend, 'en');
    const before = await state();
    const file = await foreignWorkbook(dir, [
      ['PD-01', 'Payroll', 'Paying salaries', 'contract', 'Employees', 'ok'],
      ['PD-02', 'Recruitment', 'Hiring', 'perhaps', 'Job applicants', ''],
    ]);
    dialogs.answer(file);
    const preview = await value(app, 'import:xlsxPreview', {});
    expect(dialogs.asked.at(-1)).toEqual({ kind: 'xlsx', mode: 'open' });
    expect(JSON.stringify(preview)).not.toContain(dir);
    expect(preview).toMatchObject({
      fileName: 'musu-registrs.xlsx',
      source: 'spreadsheet',
      notice: null,
      replaceNeeded: false,
      sheet: { name: 'Register', headerRow: 1, rowCount: 2 },
      missing: [],
      organisationId: expect.any(String),
      counts: { rows: 2, takeable: 1, rejected: 1 },
      problems: [{ row: 3, column: 'D', header: 'Lawful basis', message: expect.stringContaining('unknown legal basis “perhaps”') }],
    });
    expect(preview.columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', 'number'],
      ['B', 'name'],
      ['C', 'purposes'],
      ['D', 'legalBases'],
      ['E', 'dataSubjects'],
      ['F', 'notes'],
    ]);
    expect(preview.columns[1]!.samples).toEqual(['Payroll', 'Recruitment']);
    expect(preview.fields.find((f) => f.key === 'name')).toEqual({ key: 'name', label: 'Processing activity name', required: true });
    expect(await state()).toBe(before);
  });

  it('the user changes the mapping in the preview, then commits all or nothing', async () => {
    const { app, dialogs, dir, state } = await appWithRegister(backend, 'en');
    const file = await foreignWorkbook(dir, [
      ['PD-01', 'Payroll', 'Paying salaries', 'contract', 'Employees', 'ok'],
      ['PD-02', 'Recruitment', 'Hiring', 'perhaps', 'Job applicants', ''],
    ]);
    dialogs.answer(file);
    const { previewId } = await value(app, 'import:xlsxPreview', {});
    const before = await state();
    expect(await invoke(app, 'import:xlsxCommit', { previewId })).toMatchObject({
      ok: false,
      error: { code: 'XLSX_ROWS_REJECTED', message: expect.stringContaining('Nothing was imported: 1 row(s) cannot be taken. row 3, column D “Lawful basis”') },
    });
    expect(await state()).toBe(before);

    const remapped = await value(app, 'import:xlsxPreview', { previewId, mapping: { D: null, F: 'description' } });
    expect(remapped.previewId).toBe(previewId);
    expect(remapped.problems).toEqual([]);
    expect(remapped.columns.find((c) => c.letter === 'D')).toMatchObject({ field: null, candidates: ['legalBases'] });
    expect(await invoke(app, 'import:xlsxPreview', { previewId, mapping: { B: 'name', C: 'name' } })).toMatchObject({
      ok: false,
      error: { code: 'XLSX_MAPPING', message: 'The column mapping is not valid: the field “Processing activity name” is chosen for several columns (B, C).' },
    });
    expect(await invoke(app, 'import:xlsxPreview', { previewId, mapping: { Z: 'name' } })).toMatchObject({ ok: false, error: { code: 'XLSX_MAPPING' } });

    expect(await value(app, 'import:xlsxCommit', { previewId, mapping: { D: null, F: 'description' } })).toEqual({
      organisations: 0,
      activities: 2,
      processors: 0,
      retentionRules: 0,
      created: 0,
    });
    const listed = await value(app, 'activities:list', {});
    expect(listed.map((a) => a.number).sort()).toEqual(['PD-01', 'PD-02']);
    const payroll = await value(app, 'activities:get', { id: listed.find((a) => a.number === 'PD-01')!.id });
    expect(payroll.description).toBe('ok');
    expect(payroll.purposes[0]!.legalBasisIds).toEqual([]);
    expect(await value(app, 'history:verify', {})).toMatchObject({ intact: true });
    expect(await invoke(app, 'import:xlsxCommit', { previewId })).toMatchObject({ ok: false, error: { code: 'XLSX_PREVIEW_EXPIRED' } });
  });

  it("the app's own export previews as such and imports whole, replacing the register's content only when asked", async () => {
    const demo = await demoRegisterFile();
    const { app, dialogs, dir, state } = await appWithRegister(backend, 'lv');
    const file = join(dir, 'demo.xlsx');
    writeFileSync(file, await exportFile(demo, 'lv'));
    dialogs.answer(file);
    const preview = await value(app, 'import:xlsxPreview', {});
    expect(preview).toMatchObject({
      source: 'ropa',
      replaceNeeded: true,
      register: { title: 'SIA "Ziemeļkurzemes Mēbeles"', organisations: 2, activities: 18 },
      problems: [],
    });
    const before = await state();
    expect(await invoke(app, 'import:xlsxCommit', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'REGISTER_NOT_EMPTY' } });
    expect(await state()).toBe(before);
    expect(await value(app, 'import:xlsxCommit', { previewId: preview.previewId, replace: true })).toMatchObject({ activities: 18, organisations: 2 });
    expect((await value(app, 'activities:list', {})).length).toBe(18);
  });

  it('asks which organisation when the register has several, and names a bad file in the user’s language', async () => {
    const { app, dialogs, dir, state } = await appWithRegister(backend, 'lv');
    const second = await value(app, 'organisations:save', { name: 'SIA Otrā', regNo: '', address: '', email: '', phone: '', website: '', contactPerson: '', dpoName: '', dpoEmail: '', dpoPhone: '', representativeName: '', representativeContact: '', notes: '' });
    const file = await foreignWorkbook(dir, [['PD-01', 'Algas', 'Algu izmaksa', 'līguma izpilde', 'Darbinieki', '']]);
    dialogs.answer(file);
    const preview = await value(app, 'import:xlsxPreview', {});
    expect(preview.organisationId).toBeNull();
    expect(preview.organisations.map((o) => o.name).sort()).toEqual(['SIA Firma', 'SIA Otrā']);
    expect(await invoke(app, 'import:xlsxCommit', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'XLSX_CHOOSE_ORGANISATION' } });
    expect(await value(app, 'import:xlsxCommit', { previewId: preview.previewId, organisationId: second.id })).toMatchObject({ activities: 1 });
    expect((await value(app, 'activities:list', {}))[0]!.organisationId).toBe(second.id);

    const before = await state();
    const encrypted = join(dir, 'parole.xlsx');
    writeFileSync(encrypted, encryptedWorkbook());
    dialogs.answer(encrypted);
    expect(await invoke(app, 'import:xlsxPreview', {})).toMatchObject({
      ok: false,
      error: { code: 'XLSX_ENCRYPTED', message: expect.stringContaining('Darbgrāmata parole.xlsx ir aizsargāta ar paroli (šifrēta).') },
    });
    expect(await state()).toBe(before);
    expect(existsSync(encrypted)).toBe(true);
  });
});
