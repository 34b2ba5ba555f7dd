/**
 * The compliance checks as the screens use them: the whole register's run
 * (`checks:run`) loaded when a screen shows, and findings written out in
 * the interface language.
 *
 * Main writes the findings' messages in the language it was last told;
 * the renderer writes them again from the finding's message key and
 * parameters (shared/rules/messages.ts), so switching the language changes
 * them at once, without a round trip and without racing `app:setLanguage`.
 */
import { useMemo } from 'react';
import type { ChecksReport } from '../../../shared/rules/report.ts';
import { translateFindings, type TranslatedFinding } from '../../../shared/rules/messages.ts';
import type { ActivityCompleteness } from '../../../shared/rules/summary.ts';
import type { ChannelOutput } from '../../../shared/contract/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { call } from './transport.ts';
import { useLoad, useLoadAfterPaint } from './use-load.ts';

let inFlight: Promise<ChecksReport> | null = null;

/**
 * Runs the checks on the open register. Screens that mount together (the
 * overview's panel and charts) share one run instead of starting two.
 */
export function runChecks(): Promise<ChecksReport> {
  inFlight ??= call('checks:run', {}).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** The checks of the whole register, run when the calling screen shows (undefined while they run). */
export function useChecksReport(onError: (error: unknown) => void): { report: ChecksReport | undefined; reload: () => Promise<void> } {
  const { value, reload } = useLoad(runChecks, onError);
  return { report: value, reload };
}

/** Findings with their texts in the interface language. */
export function useTranslatedFindings(findings: readonly TranslatedFinding[] | undefined): TranslatedFinding[] {
  const { language } = useLanguage();
  return useMemo(() => translateFindings(findings ?? [], language), [findings, language]);
}

/**
 * Each activity's completeness and finding counts (`checks:activities`, not
 * the whole report), asked only once `ready`: the activities list asks once
 * its rows are on screen, so that running the checks on a large register
 * never holds up the first rows.
 */
export function useActivityChecks(ready: boolean, onError: (error: unknown) => void): ChannelOutput<'checks:activities'> | undefined {
  return useLoadAfterPaint(ready ? loadActivityChecks : null, onError);
}

const loadActivityChecks = () => call('checks:activities', {});

/** Each activity's completeness and finding counts, by activity id. */
export function completenessById(report: { activities: readonly ActivityCompleteness[] } | undefined): Map<string, ActivityCompleteness> {
  return new Map((report?.activities ?? []).map((row) => [row.activityId, row]));
}
