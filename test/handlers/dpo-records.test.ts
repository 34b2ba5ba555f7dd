import { describe, expect, it } from 'vitest';
import { breachInput, appWithDemo, requestInput } from '../helpers/dpo-records.ts';
import { join } from 'node:path';
import { invoke, value } from '../helpers/app.ts';
import { pdfText, squeeze } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/temp.ts';
import { useBackends } from '../helpers/backends.ts';

/** On a `.ropa` file and on a team register (PostgreSQL). */
const backends = useBackends();

describe.each(backends)('DPO records on $name', (backend) => {

  describe('breaches', () => {
    it('saves a breach with its links, answers it in the list with its 72-hour clock, and records it in the history', async () => {
      const { app, organisationId, idOf } = await appWithDemo('lv', backend);
      const saved = await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')] }));
      expect(saved.revision).toBe(1);
      expect(saved.activityIds).toEqual([idOf('PD-02')]);
      const [row] = await value(app, 'breaches:list', {});
      // Aware 20.11 08:30 UTC, now 21.11 10:00 UTC: 25.5 h gone, 46 whole hours left.
      expect(row?.clock).toEqual({ state: 'running', hoursLeft: 46, due: '2026-11-23T08:30:00.000Z' });
      const history = await value(app, 'history:list', { entityType: 'breach', entityId: saved.id });
      expect(history.map((e) => [e.action, e.label])).toEqual([['create', 'IN-2026-01 Nozaudēts klēpjdators']]);

      const updated = await value(app, 'breaches:save', { ...saved, dviDecision: 'notify', dviNotifiedAt: '2026-11-21T09:00:00.000Z', dviReference: 'DVI-77' });
      expect(updated.revision).toBe(2);
      expect((await value(app, 'breaches:list', {}))[0]?.clock).toEqual({ state: 'settled' });
      expect(await invoke(app, 'breaches:save', { ...saved, title: 'Vecā versija' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    });

    it('refuses dates out of order, negative counts and a link to an activity that does not exist, in the user’s language, saving nothing', async () => {
      const { app, organisationId } = await appWithDemo('lv', backend);
      const before = await value(app, 'history:list', {});
      const early = await invoke(app, 'breaches:save', breachInput(organisationId, { awareAt: '2026-11-18T08:00:00.000Z' }));
      expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Par pārkāpumu nevar uzzināt agrāk, nekā tas noticis') } });
      const negative = await invoke(app, 'breaches:save', breachInput(organisationId, { approxSubjects: -1 }));
      expect(negative).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'approxSubjects', message: 'Norādiet skaitli, kas nav mazāks par nulli.' }] } });
      const dangling = await invoke(app, 'breaches:save', breachInput(organisationId, { activityIds: ['deleted-activity'] }));
      expect(dangling).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REFERENCE', message: expect.stringContaining('activityIds.0') } });
      await value(app, 'app:setLanguage', { language: 'en' });
      const english = await invoke(app, 'breaches:save', breachInput(organisationId, { awareAt: '2026-11-18T08:00:00.000Z' }));
      expect(english).toMatchObject({ ok: false, error: { message: expect.stringContaining('Nobody can become aware of a breach before it happened') } });
      expect(await value(app, 'breaches:list', {})).toEqual([]);
      expect(await value(app, 'history:list', {})).toEqual(before);
    });

    it('is covered by the history’s hash chain: a rewritten breach entry shows in history:verify', async () => {
      const { app, organisationId } = await appWithDemo('lv', backend);
      const saved = await value(app, 'breaches:save', breachInput(organisationId));
      expect((await value(app, 'history:verify', {})).intact).toBe(true);
      const db = app.requireSession().db;
      const entry = await db.selectFrom('history').select(['seq', 'after_json']).where('entity_id', '=', saved.id).executeTakeFirstOrThrow();
      await db.updateTable('history').set({ after_json: entry.after_json!.replace('"dviDecision":"undecided"', '"dviDecision":"notify"') }).where('seq', '=', entry.seq).execute();
      expect(await value(app, 'history:verify', {})).toMatchObject({ intact: false, firstBroken: { seq: entry.seq, entityType: 'breach', reason: 'hash' } });
    });

    it('proposes data subject and data categories, processors and systems from the chosen activities', async () => {
      const { app, idOf } = await appWithDemo('lv', backend);
      const prefill = await value(app, 'breaches:prefill', { activityIds: [idOf('PD-01'), idOf('PD-02')] });
      expect(prefill.dataSubjectCategoryIds).toEqual(['ds-employees', 'ds-former-employees', 'ds-employee-family']);
      expect(prefill.dataCategoryIds.length).toBeGreaterThan(2);
      expect(prefill.systems.split('\n')).toContain('"Algu Eksperts" personāla modulis');
      expect(prefill.systems.split('\n')).toContain('VID EDS');
    });

    it('will not delete an activity, a processor or a category a breach names, and says which breach', async () => {
      const { app, organisationId, idOf } = await appWithDemo('lv', backend);
      const { id: processorId, revision: processorRevision } = (await value(app, 'processors:list', {}))[0]!;
      const organisationRevision = (await value(app, 'organisations:list', {})).find((o) => o.id === organisationId)!.revision;
      await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')], processorIds: [processorId] }));
      const pd02 = await value(app, 'activities:get', { id: idOf('PD-02') });
      const activity = await invoke(app, 'activities:delete', { id: pd02.id, revision: pd02.revision });
      expect(activity).toMatchObject({ ok: false, error: { code: 'IN_USE_BY_RECORDS', message: expect.stringContaining('IN-2026-01 Nozaudēts klēpjdators') } });
      expect(await invoke(app, 'processors:delete', { id: processorId, revision: processorRevision, onLinked: 'unlink' })).toMatchObject({ ok: false, error: { code: 'IN_USE_BY_RECORDS' } });
      expect(await invoke(app, 'organisations:delete', { id: organisationId, revision: organisationRevision })).toMatchObject({ ok: false, error: { code: 'IN_USE_BY_RECORDS' } });
      expect((await value(app, 'activities:get', { id: idOf('PD-02') })).number).toBe('PD-02');
    });

    it('writes the Art. 33(3) notification draft in Latvian and English', async () => {
      const { app, organisationId, idOf } = await appWithDemo('lv', backend);
      const saved = await value(app, 'breaches:save', breachInput(organisationId, { activityIds: [idOf('PD-02')] }));
      const lv = (await value(app, 'breaches:notificationText', { id: saved.id, language: 'lv' })).text;
      expect(lv).toContain('Pārkāpuma raksturs (33. panta 3. punkta a) apakšpunkts)');
      expect(lv).toContain('Veselības dati (īpašu kategoriju dati)');
      expect(lv).toContain('Aptuvenais datu subjektu skaits: ~120');
      expect(lv).toContain('PD-02');
      const en = (await value(app, 'breaches:notificationText', { id: saved.id, language: 'en' })).text;
      expect(en).toContain('Nature of the breach (Art. 33(3)(a))');
      expect(en).toContain('Measures taken: Paroles nomainītas.');
    });

    it('saves the notification draft as a PDF where the user chooses, and answers CANCELLED when the dialog is cancelled', async () => {
      const { app, dialogs, organisationId } = await appWithDemo('lv', backend);
      const saved = await value(app, 'breaches:save', breachInput(organisationId));
      const out = join(tempDir(), 'pazinojums.pdf');
      dialogs.answer(out);
      expect(await value(app, 'breaches:saveNotificationPdf', { id: saved.id, language: 'lv' })).toEqual({ fileName: 'pazinojums.pdf' });
      expect(dialogs.asked.at(-1)).toMatchObject({ kind: 'pdf', mode: 'save', suggested: expect.stringContaining('IN-2026-01') });
      expect(squeeze(pdfText(out))).toContain(squeeze('Pārkāpuma raksturs (33. panta 3. punkta a) apakšpunkts)'));
      dialogs.answer(null);
      expect(await invoke(app, 'breaches:saveNotificationPdf', { id: saved.id, language: 'lv' })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    });
  });

  describe('data subject requests', () => {
    it('saves a request, answers its deadline and standing, proposes the activities to search, and deletes it with history', async () => {
      const { app, organisationId } = await appWithDemo('en', backend);
      const saved = await value(app, 'requests:save', requestInput(organisationId, { receivedOn: '2026-10-31' }));
      const [row] = await value(app, 'requests:list', {});
      // Received 31.10: due 30.11 (November has no 31st); today 21.11 is not yet within the week.
      expect(row).toMatchObject({ deadline: '2026-11-30', due: 'on-time' });
      const proposed = await value(app, 'requests:proposeActivities', { organisationId, dataSubjectCategoryIds: ['ds-customers'] });
      // The organisation's current records about customers; PD-16 (the loyalty programme) has ended.
      expect(proposed.map((a) => a.number)).toEqual(['PD-06', 'PD-07', 'PD-08', 'PD-10', 'PD-11', 'PD-12']);
      await value(app, 'requests:delete', { id: saved.id, revision: saved.revision });
      expect(await value(app, 'requests:list', {})).toEqual([]);
      const history = await value(app, 'history:list', { entityType: 'subjectRequest' });
      expect(history.map((e) => e.action)).toEqual(['delete', 'create']);
    });

    it('refuses a response before the receipt and an extension beyond two months, saving nothing', async () => {
      const { app, organisationId } = await appWithDemo('lv', backend);
      const early = await invoke(app, 'requests:save', requestInput(organisationId, { respondedOn: '2026-11-01' }));
      expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Atbildes datums nevar būt agrāks') } });
      const long = await invoke(app, 'requests:save', requestInput(organisationId, { extensionMonths: 3 }));
      expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('ne vairāk kā par diviem mēnešiem') } });
      expect(await value(app, 'requests:list', {})).toEqual([]);
    });

    it('counts open breaches, their clocks, overdue and due-this-week requests for the overview', async () => {
      const { app, organisationId } = await appWithDemo('lv', backend);
      await value(app, 'breaches:save', breachInput(organisationId));
      await value(app, 'breaches:save', breachInput(organisationId, { number: 'IN-2026-00', occurredAt: null, awareAt: '2026-11-10T08:00:00.000Z' }));
      // The clock is 21.11.2026 10:00 UTC, whose local day is 20, 21 or 22.11 by zone: the deadlines below are overdue, due this week and not yet due on each of them.
      await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-1', receivedOn: '2026-10-19' }));
      await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-2', receivedOn: '2026-10-25' }));
      await value(app, 'requests:save', requestInput(organisationId, { number: 'DS-3', receivedOn: '2026-11-20' }));
      const overview = await value(app, 'dpoRecords:overview', {});
      expect(overview.breaches.open).toBe(2);
      expect(overview.breaches.running.map((b) => [b.label, b.hoursLeft])).toEqual([['IN-2026-01 Nozaudēts klēpjdators', 46]]);
      expect(overview.breaches.overdue.map((b) => b.label)).toEqual(['IN-2026-00 Nozaudēts klēpjdators']);
      expect(overview.requests.overdue.map((r) => [r.label, r.deadline])).toEqual([['DS-1 Klients K-1043', '2026-11-19']]);
      expect(overview.requests.dueSoon.map((r) => [r.label, r.deadline])).toEqual([['DS-2 Klients K-1043', '2026-11-25']]);
      expect(overview.requests.open).toBe(3);
    });
  });
});
