/**
 * The notice's HTML as a website would show it, in Debian's Chromium: no
 * accessibility violation axe-core calls serious or critical, a heading
 * structure that starts at h1 and never skips a level, and no script
 * (a DPO's paragraph that holds markup is shown as text, not run).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegisterFile } from '../../main/db/connection.ts';
import { DEMO_ORGANISATION_NAME } from '../../main/demo/demo-register.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { checkNotice } from '../../shared/notice/check.ts';
import { composeNotice } from '../../shared/notice/compose.ts';
import { noticeHtmlDocument } from '../../shared/notice/html.ts';
import { noticeScope } from '../../shared/notice/scope.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { findingMessage } from '../../shared/rules/messages.ts';
import { fixedDemoRegister } from '../helpers/demo-report.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/helpers/browser.ts';
import { seriousViolations } from '../e2e/helpers/axe.ts';

let browser: Browser;
let document: RegisterDocument;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const connection = await openRegisterFile(await fixedDemoRegister());
  document = await exportRegister(connection.db);
  await connection.close();
});
afterAll(async () => {
  await browser?.close();
});

function html(lang: 'lv' | 'en'): string {
  const organisationId = (document.organisations.find((o) => o.name === DEMO_ORGANISATION_NAME) as { id: string }).id;
  const settings = {
    ...defaultNoticeSettings(organisationId, ['ds-customers', 'ds-website-visitors']),
    customParagraphs: [{ id: 'form', headingLv: 'Saziņas forma <b>', headingEn: 'Contact form', textLv: 'Rakstiet mums <script>alert(1)</script> jebkurā laikā.', textEn: 'Write to us <img src=x onerror=alert(1)> any time.' }],
  };
  const scope = noticeScope(document, settings);
  if (!scope) throw new Error('no organisation');
  const missing = checkNotice(document, scope).map((f) => findingMessage(f, lang));
  return noticeHtmlDocument(composeNotice(document, scope, settings, { lang, date: '2026-12-04', version: 1, missing }));
}

describe('the notice as HTML', () => {
  for (const lang of ['lv', 'en'] as const) {
    it(`(${lang}) passes axe-core, keeps its headings in order and holds no script`, async () => {
      const source = html(lang);
      expect(source).not.toMatch(/<script|<img|javascript:/i);
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.setContent(source);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('img').count()).toBe(0);
        const handlers = await page.locator('*').evaluateAll((nodes) => nodes.flatMap((n) => n.getAttributeNames().filter((name) => name.startsWith('on'))));
        expect(handlers).toEqual([]);
        expect(await page.locator('article').textContent()).toContain(lang === 'lv' ? 'Rakstiet mums <script>alert(1)</script>' : 'Write to us <img src=x onerror=alert(1)>');
        const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((nodes) => nodes.map((n) => Number(n.tagName.slice(1))));
        expect(levels[0]).toBe(1);
        expect(levels.filter((level) => level === 1)).toHaveLength(1);
        levels.forEach((level, index) => {
          if (index > 0) expect(level - (levels[index - 1] as number)).toBeLessThanOrEqual(1);
        });
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('main').count()).toBe(1);
      } finally {
        await context.close();
      }
    });
  }
});
