/**
 * Issue 14: "Duplicating an activity copies its review". A copy is a new
 * draft: no review, no DPIA decision carried over unless the DPO asks, and
 * a fresh number in the register's own numbering. On a `.ropa` file and on
 * a team register (PostgreSQL).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from '../../main/pdf/report.ts';
import { pdfText, squeeze } from '../helpers/pdf.ts';
import { describe, expect, it } from 'vitest';
import { fullActivity, processorInput, ruleInput } from '../helpers/registers.ts';
import { value } from '../helpers/app.ts';
import { appOnBackend, withOrganisation } from '../helpers/backend-app.ts';
import { useBackends, type Backend } from '../helpers/backends.ts';
import { steppingClock, tempDir } from '../helpers/temp.ts';

async function registerWithReviewedActivity(backend: Backend) {
  const now = steppingClock();
  const { app } = await appOnBackend(backend, { now, title: 'SIA Firma', initialise: withOrganisation('SIA Firma', now) });
  const [organisation] = await value(app, 'organisations:list', {});
  const processor = await value(app, 'processors:save', processorInput());
  const rule = await value(app, 'retentionRules:save', ruleInput());
  const original = await value(
    app,
    'activities:save',
    fullActivity(organisation!.id, processor.id, rule.id, {
      dpiaStatus: 'done',
      dpiaReference: 'DPIA-2026-02',
      dpiaCompletedOn: '2026-02-10',
      dpiaNotes: 'Novērtējums pabeigts',
    }),
  );
  await value(app, 'activities:save', { ...fullActivity(organisation!.id, processor.id, rule.id), number: 'PD-02', name: 'Cita' });
  return { app, original };
}

describe.each(useBackends())('duplicating an activity on $name', (backend) => {
  it('makes a new draft: no review, no DPIA decision, a fresh number, today as its creation date', async () => {
    const { app, original } = await registerWithReviewedActivity(backend);
    expect(original).toMatchObject({ lastReviewedOn: '2026-02-01', reviewedBy: 'DAS', nextReviewOn: '2027-02-01', status: 'active' });
    const copy = await value(app, 'activities:duplicate', { id: original.id });
    expect(copy).toMatchObject({
      number: 'PD-03',
      status: 'draft',
      lastReviewedOn: null,
      reviewedBy: '',
      nextReviewOn: null,
      dpiaStatus: 'not_assessed',
      dpiaReference: '',
      dpiaCompletedOn: null,
      dpiaNotes: '',
    });
    expect(copy.createdOn).not.toBe(original.createdOn);
    // What the processing is stays: purposes, data, the DPIA criteria (facts, not a decision).
    expect(copy.purposes.map((p) => p.description)).toEqual(original.purposes.map((p) => p.description));
    expect(copy.dataCategories).toEqual(original.dataCategories);
    expect(copy.dpiaCriteria).toEqual(original.dpiaCriteria);
    const again = await value(app, 'activities:duplicate', { id: original.id });
    expect(again.number).toBe('PD-04');
  });

  it('carries the DPIA decision over only when the DPO chooses to', async () => {
    const { app, original } = await registerWithReviewedActivity(backend);
    const copy = await value(app, 'activities:duplicate', { id: original.id, keepDpia: true });
    expect(copy).toMatchObject({ dpiaStatus: 'done', dpiaReference: 'DPIA-2026-02', dpiaCompletedOn: '2026-02-10', dpiaNotes: 'Novērtējums pabeigts', lastReviewedOn: null });
  });

  it('prints the copy in the audit report (PDF) as a draft nobody has reviewed, with no DPIA decision', async () => {
    const { app, original } = await registerWithReviewedActivity(backend);
    const copy = await value(app, 'activities:duplicate', { id: original.id });
    const file = join(tempDir(), 'report.pdf');
    writeFileSync(file, (await generateReport(app.requireSession().db, { lang: 'lv', now: new Date('2026-12-05T10:00:00.000Z') })).pdf);
    const text = squeeze(pdfText(file));
    // The copy's own section (the last activity): from its number in its general fields on.
    const start = text.indexOf(squeeze(`Nr. ${copy.number}`));
    expect(start, 'the copy has a section of its own').toBeGreaterThan(0);
    const section = text.slice(start, start + 4000);
    expect(section).toContain(squeeze('Statuss Melnraksts'));
    expect(section).toContain(squeeze('Pārskatīts — Pārskatīja — Nākamā pārskatīšana —'));
    for (const carried of ['01.02.2026', '01.02.2027', 'DAS', 'DPIA-2026-02', '10.02.2026', 'Novērtējums pabeigts']) expect(section, carried).not.toContain(carried);
    // The original's section still says who reviewed it and when.
    const originalSection = text.slice(text.indexOf(squeeze(`Nr. ${original.number}`)), start);
    expect(originalSection).toContain('01.02.2026');
  });
});
