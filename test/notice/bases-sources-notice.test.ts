/**
 * The privacy notice reads issue 15's last two model points: the demo's PD-06
 * states its basis once (the notice still says what each purpose rests on,
 * and the notice check does not call its purposes baseless), and named
 * sources are said by name (Art. 14(2)(f)) instead of only by type.
 */
import { describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { checkNotice } from '../../shared/notice/check.ts';
import { composeNotice } from '../../shared/notice/compose.ts';
import { legalBasisWords } from '../../shared/notice/phrases.ts';
import { noticeScope } from '../../shared/notice/scope.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { fixedDemoRegister } from '../helpers/demo-report.ts';

async function demo(): Promise<RegisterDocument> {
  const connection = await openRegisterFile(await fixedDemoRegister());
  try {
    return await exportRegister(connection.db);
  } finally {
    await connection.close();
  }
}

function notice(document: RegisterDocument, audience: string, lang: 'lv' | 'en') {
  const organisation = document.organisations.find((o) => o.name === DEMO_ORGANISATION_NAME)!;
  const settings = defaultNoticeSettings(organisation.id, [audience]);
  const scope = noticeScope(document, settings)!;
  const findings = checkNotice(document, scope);
  return { findings, text: JSON.stringify(composeNotice(document, scope, settings, { lang, date: '2026-12-06', version: 1 })) };
}

describe('the notice and the activity’s own basis, the named sources', () => {
  it('says what PD-06’s purposes rest on when they inherit it, and names its sources', async () => {
    const document = await demo();
    const pd06 = document.activities.find((a) => a.number === 'PD-06')!;
    expect(pd06.purposes.every((p) => p.legalBasisIds.length === 0)).toBe(true);
    const { findings, text } = notice(document, 'ds-supplier-contacts', 'lv');
    expect(findings.filter((f) => f.entity.id === pd06.id && f.ruleId === 'notice.no-legal-basis')).toEqual([]);
    expect(text).toContain(legalBasisWords.c!.lv);
    expect(text).toContain('no publiska reģistra — Uzņēmumu reģistrs');
    expect(text).toContain('no cita pārziņa — Konta banka (bankas izraksti)');
  });

  it('names the employees’ sources in English, and falls back to the type when a source has no name', async () => {
    const document = await demo();
    expect(notice(document, 'ds-employees', 'en').text).toContain('from another controller — VID (Valsts ieņēmumu dienests), Elektroniskās deklarēšanas sistēma');
    for (const activity of document.activities) activity.namedSources = activity.namedSources.map((s) => ({ ...s, name: '' }));
    const { text } = notice(document, 'ds-employees', 'en');
    expect(text).not.toContain('from another controller');
    expect(text).toContain('from other people or organisations');
  });
});
