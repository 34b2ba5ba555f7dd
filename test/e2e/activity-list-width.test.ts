/**
 * The activity list at 1400 px (issue 14: it cut its column headers and
 * names): every header is shown whole, the table fits the window, and the
 * full text of every cell cut short is reachable (its title).
 */
import { describe, expect, it } from 'vitest';
import { VIEWPORT } from './helpers/browser.ts';
import { useDemoEditor } from './helpers/demo-session.ts';
import { openFromNav, screenshot, settle } from './helpers/screens.ts';

const demo = useDemoEditor();

describe('the activity list at 1400 px', () => {
  for (const language of ['lv', 'en'] as const) {
    it(`shows every column header whole and makes every cut text reachable (${language})`, async () => {
      const { page } = demo();
      expect(VIEWPORT.width).toBe(1400);
      await page.evaluate((lang) => localStorage.setItem('ropa.language', lang), language);
      await page.reload();
      await openFromNav(page, language === 'lv' ? 'Apstrādes darbības' : 'Processing activities');
      await settle(page);
      const report = await page.evaluate(() => {
        const table = (document.querySelector('[data-testid="activities-table"] table') ?? document.querySelector('[data-testid="activities-table"]')) as HTMLElement;
        const cutHeaders = Array.from(table.querySelectorAll<HTMLElement>('thead th'))
          .filter((th) => th.scrollWidth > th.clientWidth + 1 || Array.from(th.querySelectorAll<HTMLElement>('*')).some((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible'))
          .map((th) => th.textContent?.trim());
        const unreachable: string[] = [];
        for (const cell of Array.from(table.querySelectorAll<HTMLElement>('tbody td'))) {
          for (const element of [cell, ...Array.from(cell.querySelectorAll<HTMLElement>('*'))]) {
            // Text for screen readers only is clipped on purpose.
            if (element.scrollWidth <= element.clientWidth + 1 || element.closest('.visually-hidden')) continue;
            const text = element.textContent?.trim() ?? '';
            const titled = (element.closest('[title]') as HTMLElement | null)?.title ?? '';
            if (!titled.includes(text.replace(/\s+/g, ' ').trim().slice(0, 20))) unreachable.push(text);
          }
        }
        const scroller = (table.closest('.table-scroll, [data-testid="activities-table"]') as HTMLElement | null) ?? table;
        return { cutHeaders, unreachable: [...new Set(unreachable)], overflow: scroller.scrollWidth - scroller.clientWidth, headers: table.querySelectorAll('thead th').length };
      });
      expect(report.headers).toBeGreaterThan(8);
      expect(report.cutHeaders, 'headers cut short').toEqual([]);
      expect(report.unreachable, 'cut cell texts with no title').toEqual([]);
      expect(report.overflow, 'the table is wider than its frame').toBeLessThanOrEqual(0);
      if (language === 'lv') await screenshot(page, 'activity-list-1400');
    });
  }
});
