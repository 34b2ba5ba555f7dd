/**
 * E-mail, phone and registration numbers are checked where a DPO types
 * them (issue 14: "accept anything"): a clear message in their language,
 * the register unchanged. A register saved before the checks still opens,
 * lists and exports its old values; only saving that record again asks for
 * a fix, and the message says why.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEmail, isLatvianRegNo, isPhone, regNoFits } from '../../shared/domain/contact-formats.ts';
import { emptyOrganisation, OrganisationInput } from '../../shared/domain/organisation.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { invoke, testApp, value } from '../helpers/app.ts';
import { processorInput } from '../helpers/registers.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the contact formats', () => {
  it('accept what people write and refuse what no one can use', () => {
    for (const good of ['das@firma.lv', 'anna.berzina+ropa@mail.example.co.uk']) expect(isEmail(good), good).toBe(true);
    for (const bad of ['das@firma', 'das firma@x.lv', '@firma.lv', 'das@@firma.lv', 'das@.lv']) expect(isEmail(bad), bad).toBe(false);
    for (const good of ['+371 67 123 456', '67123456', '+37129123456', '+1 202 555 0100']) expect(isPhone(good), good).toBe(true);
    for (const bad of ['12345', 'zvaniet birojā', '+371 67 123 456 789 012 34', '+371  67', '67-123-456']) expect(isPhone(bad), bad).toBe(false);
    expect(isLatvianRegNo('40003123456')).toBe(true);
    expect(isLatvianRegNo('4000312345')).toBe(false);
    expect(regNoFits('12345')).toBe(false);
    expect(regNoFits('HRB 204518')).toBe(true);
    expect(regNoFits('12345', 'DE')).toBe(true);
    expect(regNoFits('HRB 204518', 'LV')).toBe(false);
  });

  it('are checked by the organisation and processor schemas, with i18n messages at the field', () => {
    const organisation = OrganisationInput.safeParse({ ...emptyOrganisation('SIA Firma'), email: 'das@firma', dpoPhone: '123', regNo: '4000312' });
    expect(organisation.success).toBe(false);
    expect(organisation.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['regNo', 'validation.regNoLv'],
      ['email', 'validation.email'],
      ['dpoPhone', 'validation.phone'],
    ]);
    expect(ProcessorInput.safeParse(processorInput({ regNo: '12345', countryId: 'LV' })).error?.issues[0]).toMatchObject({ path: ['regNo'], message: 'validation.regNoLv' });
    expect(ProcessorInput.safeParse(processorInput({ regNo: '305123456', countryId: 'LT' })).success).toBe(true);
  });
});

describe('saving contacts in the app', () => {
  it('refuses a bad e-mail with a clear Latvian message and leaves the register unchanged', async () => {
    const { app, dialogs } = testApp('lv');
    dialogs.answer(join(tempDir(), 'firma.ropa'));
    await value(app, 'files:new', { organisationName: 'SIA Firma' });
    const [organisation] = await value(app, 'organisations:list', {});
    const history = await value(app, 'history:list', {});
    const result = await invoke(app, 'organisations:save', { ...organisation!, dpoEmail: 'das(at)firma.lv' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'dpoEmail', message: expect.stringMatching(/^E-pasta adrese nav derīga: rakstiet to formā vards@uznemums\.lv\./) }] } });
    expect(await value(app, 'organisations:list', {})).toEqual([organisation]);
    expect(await value(app, 'history:list', {})).toEqual(history);
  });

  it('opens a register saved before the checks with its old values, and asks for a fix only when that record is saved', async () => {
    const { app, dialogs } = testApp('en');
    dialogs.answer(join(tempDir(), 'old.ropa'));
    await value(app, 'files:new', { organisationName: 'SIA Vecā' });
    // As a register written by an earlier version holds it.
    await app.requireSession().db.updateTable('organisation').set({ phone: 'zvanīt birojā', reg_no: '123' }).execute();
    const [organisation] = await value(app, 'organisations:list', {});
    expect(organisation).toMatchObject({ phone: 'zvanīt birojā', regNo: '123' });
    const result = await invoke(app, 'organisations:save', { ...organisation!, address: 'Rīga' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const issues = (result as { error: { issues: Array<{ path: string; message: string }> } }).error.issues;
    expect(issues.map((issue) => issue.path)).toEqual(['regNo', 'phone']);
    expect(issues[1]!.message).toContain('Values saved earlier stay in the register, but must be corrected when the record is edited or imported.');
    const fixed = await value(app, 'organisations:save', { ...organisation!, address: 'Rīga', phone: '+371 67 123 456', regNo: '40003123456' });
    expect(fixed).toMatchObject({ phone: '+371 67 123 456', regNo: '40003123456', address: 'Rīga' });
  });
});
