/**
 * What a notice says, read back from HTML, DOCX and PDF: for each audience
 * of the demo register and of the three sample policies' registers, every
 * purpose, legal basis (in plain words), recipient category, transfer
 * country and retention period of the activities that concern the audience
 * appears; no purpose of the organisation's other activities does.
 */
import { describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import type { Activity } from '../../shared/domain/activity.ts';
import { effectiveBases } from '../../shared/domain/legal-basis-inheritance.ts';
import { localName } from '../../shared/domain/catalogues.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { checkNotice } from '../../shared/notice/check.ts';
import { composeNotice } from '../../shared/notice/compose.ts';
import { legalBasisWords, periodWords } from '../../shared/notice/phrases.ts';
import { noticeScope } from '../../shared/notice/scope.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { findingMessage } from '../../shared/rules/messages.ts';
import { fixedDemoRegister } from '../helpers/demo-report.ts';
import { useCatalogues } from '../rules/helpers.ts';
import { collapse, readBack } from './notice-text.ts';
import { POLICIES, policyRegister } from './sample-policy-registers.ts';

useCatalogues();

/** The activities a notice for `audience` must cover, worked out here independently of the app's scope. */
function concerned(document: RegisterDocument, organisationId: string, audience: string[]): Activity[] {
  return document.activities.filter((a) => a.organisationId === organisationId && a.kind === 'controller' && a.status !== 'ended' && a.dataSubjectCategoryIds.some((id) => audience.includes(id)));
}

/** Every phrase the notice must contain for these activities. */
function expectedPhrases(document: RegisterDocument, activities: Activity[], lang: Language): string[] {
  const phrases = new Set<string>();
  const { legalBases, recipientCategories, countries } = document.catalogues;
  for (const activity of activities) {
    for (const purpose of activity.purposes) {
      phrases.add(purpose.description);
      for (const id of effectiveBases(activity, purpose).ids) phrases.add(legalBasisWords[legalBases.find((b) => b.id === id)?.gdprPoint ?? '']?.[lang] ?? `missing basis ${id}`);
    }
    for (const recipient of activity.recipients) phrases.add(localName(recipientCategories.find((c) => c.id === recipient.recipientCategoryId) ?? { nameLv: '?', nameEn: '?' }, lang));
    for (const t of activity.transfers) {
      const country = countries.find((c) => c.id === t.countryId);
      if (country && !country.eea) phrases.add(localName(country, lang));
    }
    for (const category of activity.dataCategories) {
      const rule = document.retentionRules.find((r) => r.id === category.retentionRuleId);
      if (rule?.periodValue && rule.periodUnit) phrases.add(periodWords(rule.periodValue, rule.periodUnit, lang));
      else if (rule) phrases.add(rule.criterion.replace(/\.$/, ''));
    }
  }
  return [...phrases].map(collapse);
}

async function expectNotice(document: RegisterDocument, organisationId: string, audience: string[], lang: Language): Promise<void> {
  const settings = defaultNoticeSettings(organisationId, audience);
  const scope = noticeScope(document, settings);
  if (!scope) throw new Error('no such organisation');
  const inScope = concerned(document, organisationId, audience);
  expect(inScope.length, `activities for ${audience.join(', ')}`).toBeGreaterThan(0);
  const missing = checkNotice(document, scope).map((f) => findingMessage(f, lang));
  const notice = composeNotice(document, scope, settings, { lang, date: '2026-12-04', version: 1, missing });
  const texts = await readBack(notice);
  const wanted = expectedPhrases(document, inScope, lang);
  const ownDescriptions = new Set(inScope.flatMap((a) => a.purposes.map((p) => p.description)));
  const others = document.activities
    .filter((a) => !inScope.includes(a))
    .flatMap((a) => a.purposes.map((p) => p.description))
    .filter((d) => !ownDescriptions.has(d) && ![...ownDescriptions].some((own) => own.includes(d)));
  for (const [format, text] of Object.entries(texts)) {
    for (const phrase of wanted) expect(text, `${format} (${lang}, ${audience.join(', ')}) lacks “${phrase}”`).toContain(phrase);
    for (const other of others) expect(text, `${format} (${lang}, ${audience.join(', ')}) shows another audience's “${other}”`).not.toContain(collapse(other));
  }
}

describe('the demo register’s notices', () => {
  it('cover each audience’s activities and nothing else, in HTML, DOCX and PDF', async () => {
    const connection = await openRegisterFile(await fixedDemoRegister());
    const document = await exportRegister(connection.db);
    await connection.close();
    const organisation = document.organisations.find((o) => o.name === DEMO_ORGANISATION_NAME);
    if (!organisation) throw new Error('demo organisation missing');
    for (const audience of [['ds-customers'], ['ds-website-visitors'], ['ds-employees'], ['ds-applicants'], ['ds-supplier-contacts']]) {
      await expectNotice(document, organisation.id, audience, 'lv');
    }
    await expectNotice(document, organisation.id, ['ds-customers', 'ds-website-visitors'], 'en');
  }, 120_000);
});

describe('the sample policies’ registers’ notices', () => {
  for (const spec of POLICIES) {
    it(`${spec.file}: each audience’s notice covers its activities and nothing else`, async () => {
      const document = policyRegister(spec);
      const organisationId = document.organisations[0]?.id as string;
      const audiences = [...new Set(spec.activities.flatMap((a) => a.audience))];
      for (const audience of audiences) await expectNotice(document, organisationId, [audience], 'lv');
      await expectNotice(document, organisationId, [audiences[0] as string], 'en');
    }, 120_000);
  }
});
