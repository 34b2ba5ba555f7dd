/**
 * Issuing notices from a real register file: each one is recorded with its
 * date, audience, language, version and the register's fingerprint; the
 * DPO's own paragraphs and section order survive regeneration; the overview
 * counts the changes since a published notice, and only the changes that
 * would change that notice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { getActivity, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { listHistory } from '../../main/db/repositories/history-repository.ts';
import type { DB } from '../../main/db/schema.ts';
import { registerFingerprint } from '../../main/notice/fingerprint.ts';
import { listIssues, saveNoticeSettings } from '../../main/notice/notice-repository.ts';
import { issueNotice, noticeStatuses, type NoticeRequest } from '../../main/notice/notice-service.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import { openRegister } from '../../main/services/register-files.ts';
import type { RegisterSession } from '../../main/services/register-session.ts';
import { DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { defaultNoticeSettings, NOTICE_SECTIONS } from '../../shared/notice/settings.ts';
import { fixedDemoRegister } from '../helpers/demo-report.ts';
import { steppingClock } from '../helpers/temp.ts';
import { htmlText } from './notice-text.ts';

let session: RegisterSession;
let organisationId: string;

beforeEach(async () => {
  session = await openRegister(await fixedDemoRegister(), { now: steppingClock('2026-12-04T09:00:00.000Z') });
  const document = await exportRegister(session.db);
  organisationId = (document.organisations.find((o) => o.name === DEMO_ORGANISATION_NAME) as { id: string }).id;
});
afterEach(async () => {
  await session.close();
});

async function issue(audienceIds: string[], lang: 'lv' | 'en' = 'lv', date = '2026-12-04') {
  const document = await exportRegister(session.db);
  const request: NoticeRequest & { format: 'html' } = { organisationId, audienceIds, lang, date, format: 'html' };
  return issueNotice(session.db, (work) => session.write(work), session.ctx, document, request);
}

async function editActivity(db: Kysely<DB>, number: string, change: (a: Awaited<ReturnType<typeof getActivity>>) => Awaited<ReturnType<typeof getActivity>>) {
  const document = await exportRegister(db);
  const id = (document.activities.find((a) => a.number === number && a.organisationId === organisationId) as { id: string }).id;
  await session.write(async (trx) => saveActivity(trx, change(await getActivity(trx, id)), session.ctx));
}

describe('issued notices', () => {
  it('are recorded with date, audience, language, version and the register’s fingerprint, each with a history entry', async () => {
    const fingerprint = await registerFingerprint(session.db, await exportRegister(session.db));
    const issued = await issue(['ds-customers'], 'en', '2026-03-01');
    expect(issued.issue).toMatchObject({ version: 1, noticeDate: '2026-03-01', lang: 'en', format: 'html', historyHead: fingerprint.historyHead, documentHash: fingerprint.documentHash, fingerprint: fingerprint.fingerprint });
    expect(htmlText(issued.bytes.toString('utf8'))).toContain('Version 1, 01.03.2026.');
    const [entry] = await listHistory(session.db, { entityType: 'notice' });
    expect(entry?.label).toBe('v1 en html');
    // The same register in the other language is the same version of the notice.
    const latvian = await issue(['ds-customers'], 'lv');
    expect(latvian.issue.version).toBe(1);
    expect(await listIssues(session.db, issued.issue.noticeId)).toHaveLength(2);
  });

  it('keep the DPO’s own paragraphs and section order when regenerated after the register changed', async () => {
    const settings = defaultNoticeSettings(organisationId, ['ds-customers']);
    await session.write((trx) =>
      saveNoticeSettings(
        trx,
        {
          ...settings,
          customParagraphs: [
            { id: 'intro', headingLv: 'Ievads', headingEn: 'Introduction', textLv: 'Mēs rūpējamies par jūsu privātumu.\n\nŠeit izskaidrots, kā.', textEn: 'We care about your privacy.' },
            { id: 'cookies', headingLv: 'Sīkdatnes', headingEn: 'Cookies', textLv: 'Par sīkdatnēm lasiet mūsu sīkdatņu paziņojumā.', textEn: '' },
          ],
          sectionOrder: ['custom:intro', 'controller', 'complaint', 'rights', 'custom:cookies', ...NOTICE_SECTIONS.filter((s) => !['controller', 'complaint', 'rights'].includes(s))],
        },
        undefined,
        session.ctx,
      ),
    );
    const first = htmlText((await issue(['ds-customers'])).bytes.toString('utf8'));
    await editActivity(session.db, 'PD-08', (a) => ({ ...a, purposes: a.purposes.map((p, i) => (i === 0 ? { ...p, description: 'Pasūtījumu izpilde un piegāde (pārskatīts)' } : p)) }));
    const second = await issue(['ds-customers']);
    const text = htmlText(second.bytes.toString('utf8'));
    expect(second.issue.version).toBe(2);
    expect(text).toContain('Pasūtījumu izpilde un piegāde (pārskatīts)');
    for (const version of [first, text]) {
      expect(version).toContain('Ievads Mēs rūpējamies par jūsu privātumu. Šeit izskaidrots, kā.');
      expect(version).toContain('Sīkdatnes Par sīkdatnēm lasiet mūsu sīkdatņu paziņojumā.');
      const at = (words: string) => version.indexOf(words);
      expect(at('Ievads')).toBeLessThan(at('Kas mēs esam'));
      expect(at('Ja vēlaties iesniegt sūdzību')).toBeLessThan(at('Jūsu tiesības'));
      expect(at('Jūsu tiesības')).toBeLessThan(at('Sīkdatnes Par'));
      expect(at('Sīkdatnes Par')).toBeLessThan(at('Kāpēc mēs apstrādājam'));
    }
    // A paragraph the DPO wrote only in Latvian is left out of the English notice.
    expect(htmlText((await issue(['ds-customers'], 'en')).bytes.toString('utf8'))).not.toContain('Cookies');
  });

  it('are reported out of date with the number of changes that would change them, and not for changes that would not', async () => {
    await issue(['ds-customers']);
    await issue(['ds-employees']);
    const before = await noticeStatuses(session.db, await exportRegister(session.db));
    expect(before.map((s) => s.changes)).toEqual([0, 0]);

    // Two changes to a customers' activity: a purpose reworded, a recipient category added.
    await editActivity(session.db, 'PD-08', (a) => ({
      ...a,
      purposes: a.purposes.map((p, i) => (i === 0 ? { ...p, description: `${p.description} (2)` } : p)),
      recipients: [...a.recipients.filter((r) => r.recipientCategoryId !== 'rc-insurers'), { recipientCategoryId: 'rc-insurers', notes: '' }],
    }));
    // A change the notice does not show: the activity's internal owner.
    await editActivity(session.db, 'PD-01', (a) => ({ ...a, ownerPerson: 'Cits cilvēks' }));
    const after = await noticeStatuses(session.db, await exportRegister(session.db));
    const customers = after.find((s) => s.audienceIds.join() === 'ds-customers');
    const employees = after.find((s) => s.audienceIds.join() === 'ds-employees');
    expect(customers?.changes).toBe(2);
    expect(customers?.lastIssue?.noticeDate).toBe('2026-12-04');
    expect(employees?.changes).toBe(0);
    await issue(['ds-customers']);
    expect((await noticeStatuses(session.db, await exportRegister(session.db))).map((s) => s.changes)).toEqual([0, 0]);
  });
});
