/**
 * One run of the checks as the app, `ropa check --json` and the exports use
 * it: the findings written out in a language, each activity's completeness
 * and badge counts, and the summary figures.
 */
import { z } from 'zod';
import type { Activity } from '../domain/activity.ts';
import type { RegisterDocument } from '../domain/register.ts';
import type { Language } from '../i18n/index.ts';
import { checkActivity, completeness, runChecks } from './index.ts';
import { TranslatedFinding, translateFindings } from './messages.ts';
import type { Finding } from './types.ts';
import { ActivityCompleteness, ChecksSummary, activityCompleteness, summarise } from './summary.ts';

export const ChecksReport = z.object({
  /** The day the checks were run for (ISO). */
  today: z.string(),
  findings: z.array(TranslatedFinding),
  activities: z.array(ActivityCompleteness),
  summary: ChecksSummary,
});
export type ChecksReport = z.infer<typeof ChecksReport>;

/** Runs the checks for `today` and writes the report in `lang`. */
export function buildChecksReport(document: RegisterDocument, today: string, lang: Language, findings: readonly Finding[] = runChecks(document, today)): ChecksReport {
  return {
    today,
    findings: translateFindings(findings, lang),
    activities: activityCompleteness(document, findings),
    summary: summarise(document, findings, today),
  };
}

export const ActivityChecks = z.object({
  activityId: z.string(),
  completeness: z.number().int().min(0).max(100),
  findings: z.array(TranslatedFinding),
});
export type ActivityChecks = z.infer<typeof ActivityChecks>;

/** One activity's findings and completeness, for the editor. */
export function buildActivityChecks(document: RegisterDocument, activity: Activity, today: string, lang: Language): ActivityChecks {
  return {
    activityId: activity.id,
    completeness: completeness(activity, document),
    findings: translateFindings(checkActivity(document, activity.id, today), lang),
  };
}
