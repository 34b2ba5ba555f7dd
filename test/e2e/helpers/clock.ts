/**
 * One clock for a browser test: the server's `now` and the page's `Date`
 * start at the same instant, noon of a fixed day in this process's own time
 * zone, and both tick in real time from there. The browser context runs in
 * the same zone as this process (as the window and main do on a DPO's
 * machine), so "today" is the same day on both sides whatever hour or zone
 * the suite runs in: a run of less than eleven hours never meets midnight.
 */
import type { BrowserContext } from 'playwright-core';
import { isoToday } from '../../../shared/format.ts';

/**
 * 15.01.2027 12:00 local time: after every moment the tests' own fixtures
 * write into a history (the versions fixture writes in November and December
 * 2026), so the changes the tests make come after them, as in life.
 */
export const E2E_START = new Date(2027, 0, 15, 12, 0, 0);

/** The calendar day the server and the page both call today. */
export const E2E_TODAY = isoToday(E2E_START);

/** This process's IANA time zone (from TZ, else the system's). */
export function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The server's clock: E2E_START plus the real time elapsed since the first call. */
export function e2eClock(): () => Date {
  const startedAt = performance.now();
  return () => new Date(E2E_START.getTime() + (performance.now() - startedAt));
}

/** The page's clock: Playwright's, installed at E2E_START and left running. */
export async function installPageClock(context: BrowserContext): Promise<void> {
  await context.clock.install({ time: E2E_START });
}
