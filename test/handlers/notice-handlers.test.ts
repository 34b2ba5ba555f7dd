/**
 * The notice's channels through dispatch (contract validation on both
 * sides): set-up saved and read back, the preview with its findings, saving
 * to the file main asks for (recorded), the overview's out-of-date count, and
 * bad input refused with the register unchanged. On a `.ropa` file and on a
 * team register (PostgreSQL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke, value } from '../helpers/app.ts';
import { useBackends } from '../helpers/backends.ts';
import { appWithDemo } from '../helpers/dpo-records.ts';
import { tempDir } from '../helpers/temp.ts';

describe.each(useBackends())('notice channels on $name', (backend) => {
  it('preview, save and report a notice out of date, keeping the DPO’s paragraph', async () => {
    const { app, dialogs, organisationId } = await appWithDemo('lv', backend);
    const audience = { organisationId, audienceIds: ['ds-customers'] };
    const initial = await value(app, 'notice:settings', audience);
    expect(initial.revision).toBeNull();
    const { revision } = await value(app, 'notice:saveSettings', {
      settings: { ...initial.settings, customParagraphs: [{ id: 'intro', headingLv: 'Ievads', headingEn: 'Introduction', textLv: 'Sveiki!', textEn: 'Hello!' }], sectionOrder: ['custom:intro', ...initial.settings.sectionOrder] },
    });
    expect(revision).toBe(1);

    const preview = await value(app, 'notice:preview', { ...audience, date: '2026-12-04' });
    expect(preview.text.sections[0]).toMatchObject({ key: 'custom:intro', heading: 'Ievads' });
    expect(preview.findings.map((f) => `${f.ruleId} ${f.entity.label}: ${f.field}`)).toEqual([
      'notice.no-source PD-10 Jaunumu e-pasta izsūtne: sourceNotes',
      'notice.retention-no-period Jaunumu abonentu dati un piekrišanas: periodValue',
    ]);
    expect(preview.text.sections.at(-1)?.key).toBe('missing');

    const file = join(tempDir(), 'pazinojums.html');
    dialogs.answer(file);
    const saved = await value(app, 'notice:save', { ...audience, format: 'html', date: '2026-12-04' });
    expect(saved).toMatchObject({ fileName: 'pazinojums.html', version: 1 });
    expect(dialogs.asked.at(-1)?.suggested).toBe('privatuma-pazinojums-klienti-fiziskas-personas-2026-12-04.html');
    expect(readFileSync(file, 'utf8')).toContain('<h2 id="notice-1">Ievads</h2>');

    const activities = await value(app, 'activities:list', {});
    const pd08 = await value(app, 'activities:get', { id: activities.find((a) => a.number === 'PD-08')!.id });
    await value(app, 'activities:save', { ...pd08, purposes: pd08.purposes.map((p, i) => (i === 0 ? { ...p, description: 'Jauns nolūks' } : p)) });
    const statuses = await value(app, 'notice:statuses', {});
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ changes: 1, lastIssue: { noticeDate: '2026-12-04', version: 1, lang: 'lv' } });
  });

  it('refuses an unknown audience, no audience, a cancelled dialog and a section order naming no paragraph, leaving the register unchanged', async () => {
    const { app, state, organisationId } = await appWithDemo('lv', backend);
    const before = await state();
    const unknown = await invoke(app, 'notice:preview', { organisationId, audienceIds: ['ds-nobody'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const empty = await invoke(app, 'notice:preview', { organisationId, audienceIds: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const cancelled = await invoke(app, 'notice:save', { organisationId, audienceIds: ['ds-customers'], format: 'pdf' });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const { settings } = await value(app, 'notice:settings', { organisationId, audienceIds: ['ds-customers'] });
    const badOrder = await invoke(app, 'notice:saveSettings', { settings: { ...settings, sectionOrder: ['custom:missing'] } });
    expect(badOrder).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await value(app, 'notice:statuses', {})).toEqual([]);
    await app.close();
    expect(await state()).toBe(before);
  });
});
